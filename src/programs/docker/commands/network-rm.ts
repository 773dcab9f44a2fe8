/** `docker network rm` (also `docker network remove`): Remove one or more networks.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { networkRmAction } from '../actions/network'

export const networkRm = defineCommand({
  path: ['network', 'rm'],
  aliases: [['network', 'remove']],
  use: 'NETWORK [NETWORK...]',
  short: 'Remove one or more networks',
  args: { min: 1 },
  flags: {
    force: { short: 'f', type: 'bool', usage: 'Do not error if the network does not exist' },
  },
  run: (ctx) => networkRmAction(ctx, ctx.args, ctx.flags.force),
})

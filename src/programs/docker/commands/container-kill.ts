/** `docker container kill` (also `docker kill`): Kill one or more running containers.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { killAction } from '../actions/lifecycle'

export const containerKill = defineCommand({
  path: ['container', 'kill'],
  aliases: [['kill']],
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Kill one or more running containers',
  args: { min: 1, complete: ['container'] },
  flags: {
    signal: { short: 's', type: 'string', usage: 'Signal to send to the container' },
  },
  run: (ctx) => killAction(ctx, ctx.args, ctx.flags.signal),
})

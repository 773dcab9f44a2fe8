/** `docker container unpause` (also `docker unpause`): Unpause all processes within one or more containers.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { unpauseAction } from '../actions/lifecycle'

export const containerUnpause = defineCommand({
  path: ['container', 'unpause'],
  aliases: [['unpause']],
  use: 'CONTAINER [CONTAINER...]',
  short: 'Unpause all processes within one or more containers',
  args: { min: 1, complete: ['container'] },
  flags: {},
  run: (ctx) => unpauseAction(ctx, ctx.args),
})

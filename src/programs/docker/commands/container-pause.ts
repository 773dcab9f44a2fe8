/** `docker container pause` (also `docker pause`): Pause all processes within one or more containers.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { pauseAction } from '../actions/lifecycle'

export const containerPause = defineCommand({
  path: ['container', 'pause'],
  aliases: [['pause']],
  use: 'CONTAINER [CONTAINER...]',
  short: 'Pause all processes within one or more containers',
  args: { min: 1, complete: ['container'] },
  flags: {},
  run: (ctx) => pauseAction(ctx, ctx.args),
})

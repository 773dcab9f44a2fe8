/** `docker container wait` (also `docker wait`): Block until one or more containers stop, then print their exit codes.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { waitAction } from '../actions/lifecycle'

export const containerWait = defineCommand({
  path: ['container', 'wait'],
  aliases: [['wait']],
  use: 'CONTAINER [CONTAINER...]',
  short: 'Block until one or more containers stop, then print their exit codes',
  args: { min: 1, complete: ['container'] },
  flags: {},
  run: (ctx) => waitAction(ctx, ctx.args),
})

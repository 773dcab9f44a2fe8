/** `docker container diff` (also `docker diff`): Inspect changes to files or directories on a container's filesystem.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { diffAction } from '../actions/container-info'

export const containerDiff = defineCommand({
  path: ['container', 'diff'],
  aliases: [['diff']],
  use: 'CONTAINER',
  short: 'Inspect changes to files or directories on a container\'s filesystem',
  args: { exactly: 1, complete: ['container'] },
  flags: {},
  run: (ctx) => diffAction(ctx, ctx.args[0]),
})

/** `docker container export` (also `docker export`): Export a container's filesystem as a tar archive.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { exportAction } from '../actions/container-files'

export const containerExport = defineCommand({
  path: ['container', 'export'],
  aliases: [['export']],
  use: '[OPTIONS] CONTAINER',
  short: 'Export a container\'s filesystem as a tar archive',
  args: { exactly: 1, complete: ['container'] },
  flags: {
    output: { short: 'o', type: 'string', usage: 'Write to a file, instead of STDOUT' },
  },
  run: (ctx) => exportAction(ctx, ctx.args[0], ctx.flags.output),
})

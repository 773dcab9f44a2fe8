/** `docker image load` (also `docker load`): Load an image from a tar archive or STDIN.
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { loadAction } from '../actions/load'

export const imageLoad = defineCommand({
  path: ['image', 'load'],
  aliases: [['load']],
  use: '[OPTIONS]',
  short: 'Load an image from a tar archive or STDIN',
  args: { none: true },
  flags: {
    input: { short: 'i', type: 'string', usage: 'Read from tar archive file, instead of STDIN' },
    platform: {
      type: 'string',
      usage: 'Load only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")',
    },
    quiet: { short: 'q', type: 'bool', usage: 'Suppress the load output' },
  },
  run: (ctx) => loadAction(ctx, { input: ctx.flags.input, quiet: ctx.flags.quiet }),
})

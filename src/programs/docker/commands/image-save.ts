/** `docker image save` (also `docker save`): Save one or more images to a tar archive (streamed to STDOUT by default).
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { saveAction } from '../actions/save'

export const imageSave = defineCommand({
  path: ['image', 'save'],
  aliases: [['save']],
  use: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
  args: { min: 1, complete: ['image'] },
  flags: {
    output: { short: 'o', type: 'string', usage: 'Write to a file, instead of STDOUT' },
    platform: {
      type: 'string',
      usage: 'Save only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")',
    },
  },
  run: (ctx) => saveAction(ctx, ctx.args, { output: ctx.flags.output }),
})

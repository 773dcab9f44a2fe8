/** `docker image history` (also `docker history`): Show the history of an image.
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { historyAction } from '../actions/history'
import { FORMAT_HELP } from './format-flag-usage'

export const imageHistory = defineCommand({
  path: ['image', 'history'],
  aliases: [['history']],
  use: '[OPTIONS] IMAGE',
  short: 'Show the history of an image',
  args: { exactly: 1, complete: ['image'] },
  flags: {
    format: { type: 'string', usage: FORMAT_HELP },
    human: { short: 'H', type: 'bool', usage: 'Print sizes and dates in human readable format', default: 'true' },
    'no-trunc': { type: 'bool', usage: 'Don\'t truncate output' },
    platform: {
      type: 'string',
      usage: 'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")',
    },
    quiet: { short: 'q', type: 'bool', usage: 'Only show image IDs' },
  },
  run: (ctx) => historyAction(ctx, ctx.args[0], { human: ctx.flags.human, noTrunc: ctx.flags['no-trunc'], quiet: ctx.flags.quiet, format: ctx.flags.format }),
})

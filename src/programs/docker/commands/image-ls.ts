/** `docker image ls` (also `docker image list`, `docker images`): List images.
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { imagesAction } from '../actions/images'
import { FORMAT_HELP } from './format-flag-usage'

export const imageLs = defineCommand({
  path: ['image', 'ls'],
  aliases: [['image', 'list'], ['images']],
  use: '[OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  args: { max: 1, complete: ['image'] },
  top: 7,
  flags: {
    all: { short: 'a', type: 'bool', usage: 'Show all images (default hides intermediate images)' },
    digests: { type: 'bool', usage: 'Show digests' },
    filter: { short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' },
    format: { type: 'string', usage: FORMAT_HELP },
    'no-trunc': { type: 'bool', usage: 'Don\'t truncate output' },
    quiet: { short: 'q', type: 'bool', usage: 'Only show image IDs' },
    tree: { type: 'bool', usage: 'List multi-platform images as a tree (EXPERIMENTAL)' },
  },
  run: (ctx) => imagesAction(ctx, ctx.args[0], { all: ctx.flags.all, quiet: ctx.flags.quiet, digests: ctx.flags.digests, noTrunc: ctx.flags['no-trunc'], filter: [...ctx.flags.filter], format: ctx.flags.format }),
})

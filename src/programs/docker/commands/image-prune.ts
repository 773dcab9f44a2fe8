/** `docker image prune`: Remove unused images.
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { imagePruneAction } from '../actions/image-prune'

export const imagePrune = defineCommand({
  path: ['image', 'prune'],
  use: '[OPTIONS]',
  short: 'Remove unused images',
  args: { none: true },
  flags: {
    all: { short: 'a', type: 'bool', usage: 'Remove all unused images, not just dangling ones' },
    filter: { type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    force: { short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  },
  run: (ctx) => imagePruneAction(ctx, { all: ctx.flags.all, force: ctx.flags.force, filter: ctx.flags.filter }),
})

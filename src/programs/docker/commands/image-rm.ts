/** `docker image rm` (also `docker image remove`, `docker rmi`): Remove one or more images.
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { rmiAction } from '../actions/rmi'

export const imageRm = defineCommand({
  path: ['image', 'rm'],
  aliases: [['image', 'remove'], ['rmi']],
  use: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  args: { min: 1, complete: ['image'] },
  flags: {
    force: { short: 'f', type: 'bool', usage: 'Force removal of the image' },
    'no-prune': { type: 'bool', usage: 'Do not delete untagged parents' },
    platform: {
      type: 'strings',
      usage: 'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")',
    },
  },
  run: (ctx) => rmiAction(ctx, ctx.args, { force: ctx.flags.force, noPrune: ctx.flags['no-prune'] }),
})

/** `docker volume rm` (also `docker volume remove`): Remove one or more volumes.
 *  Declared from the real 28.2.2 help; the body is in ../actions/volume.ts.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { volumeRmAction } from '../actions/volume'

export const volumeRm = defineCommand({
  path: ['volume', 'rm'],
  aliases: [['volume', 'remove']],
  use: '[OPTIONS] VOLUME [VOLUME...]',
  short: 'Remove one or more volumes',
  long: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
  args: { min: 1 },
  flags: {
    force: { short: 'f', type: 'bool', usage: 'Force the removal of one or more volumes' },
  },
  run: (ctx) => volumeRmAction(ctx, ctx.args, ctx.flags.force),
})

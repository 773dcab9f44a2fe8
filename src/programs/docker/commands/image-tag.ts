/** `docker image tag` (also `docker tag`): Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE.
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { tagAction } from '../actions/tag'

export const imageTag = defineCommand({
  path: ['image', 'tag'],
  aliases: [['tag']],
  use: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  args: { exactly: 2, complete: ['image', 'none'] },
  interspersed: false,
  flags: {},
  run: (ctx) => tagAction(ctx, ctx.args[0], ctx.args[1]),
})

/** `docker image inspect`: Display detailed information on one or more images.
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { imageInspectAction } from '../actions/image-inspect'
import { INSPECT_FORMAT_HELP } from './format-flag-usage'

export const imageInspect = defineCommand({
  path: ['image', 'inspect'],
  use: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Display detailed information on one or more images',
  args: { min: 1, complete: ['image'] },
  flags: {
    format: { short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    platform: { type: 'string', usage: `Inspect a specific platform of the multi-platform image.
If the image or the server is not multi-platform capable, the command will error out if the platform does not match.
'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)` },
  },
  run: (ctx) => imageInspectAction(ctx, ctx.args, ctx.flags.format),
})

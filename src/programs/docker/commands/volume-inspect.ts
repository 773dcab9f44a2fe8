/** `docker volume inspect`: Display detailed information on one or more volumes.
 *  Declared from the real 28.2.2 help; the body is in ../actions/volume.ts.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { volumeInspectAction } from '../actions/volume'
import { INSPECT_FORMAT_HELP } from './format-flag-usage'

export const volumeInspect = defineCommand({
  path: ['volume', 'inspect'],
  use: '[OPTIONS] VOLUME [VOLUME...]',
  short: 'Display detailed information on one or more volumes',
  args: { min: 1 },
  flags: {
    format: { short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
  },
  run: (ctx) => volumeInspectAction(ctx, ctx.args),
})

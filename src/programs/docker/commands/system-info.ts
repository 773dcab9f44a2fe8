/** `docker system info` (also `docker info`): Display system-wide information.
 *  Declared from the real 28.2.2 help; the body is in ../actions/info.ts.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { infoAction } from '../actions/info'
import { INSPECT_FORMAT_HELP } from './format-flag-usage'

export const systemInfo = defineCommand({
  path: ['system', 'info'],
  aliases: [['info']],
  use: '[OPTIONS]',
  short: 'Display system-wide information',
  args: { none: true },
  top: 12,
  flags: {
    format: { short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
  },
  run: (ctx) => infoAction(ctx),
})

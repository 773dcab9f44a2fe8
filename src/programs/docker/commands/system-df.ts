/** `docker system df`: Show docker disk usage.
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { systemDfAction } from '../actions/system-df'
import { FORMAT_HELP } from './format-flag-usage'

export const systemDf = defineCommand({
  path: ['system', 'df'],
  use: '[OPTIONS]',
  short: 'Show docker disk usage',
  args: { none: true },
  flags: {
    format: { type: 'string', usage: FORMAT_HELP },
    verbose: { short: 'v', type: 'bool', usage: 'Show detailed information on space usage' },
  },
  run: (ctx) => systemDfAction(ctx, { verbose: ctx.flags.verbose }),
})

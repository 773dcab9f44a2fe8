/** `docker network ls` (also `docker network list`): List networks.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { networkLsAction } from '../actions/network'
import { FORMAT_HELP } from './format-flag-usage'

export const networkLs = defineCommand({
  path: ['network', 'ls'],
  aliases: [['network', 'list']],
  use: '[OPTIONS]',
  short: 'List networks',
  args: { none: true },
  flags: {
    filter: { short: 'f', type: 'filter', usage: 'Provide filter values (e.g. "driver=bridge")' },
    format: { type: 'string', usage: FORMAT_HELP },
    'no-trunc': { type: 'bool', usage: 'Do not truncate the output' },
    quiet: { short: 'q', type: 'bool', usage: 'Only display network IDs' },
  },
  run: (ctx) => networkLsAction(ctx, { quiet: ctx.flags.quiet, noTrunc: ctx.flags['no-trunc'], filter: ctx.flags.filter, format: ctx.flags.format }),
})

/** `docker volume ls` (also `docker volume list`): List volumes.
 *  Declared from the real 28.2.2 help; the body is in ../actions/volume.ts.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { volumeLsAction } from '../actions/volume'
import { FORMAT_HELP } from './format-flag-usage'

export const volumeLs = defineCommand({
  path: ['volume', 'ls'],
  aliases: [['volume', 'list']],
  use: '[OPTIONS]',
  short: 'List volumes',
  args: { none: true },
  flags: {
    cluster: {
      type: 'bool',
      usage: 'Display only cluster volumes, and use cluster volume list formatting',
      swarm: 'manager',
    },
    filter: { short: 'f', type: 'filter', usage: 'Provide filter values (e.g. "dangling=true")' },
    format: { type: 'string', usage: FORMAT_HELP },
    quiet: { short: 'q', type: 'bool', usage: 'Only display volume names' },
  },
  run: (ctx) => volumeLsAction(ctx, ctx.flags.quiet),
})

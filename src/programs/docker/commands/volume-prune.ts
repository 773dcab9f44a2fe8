/** `docker volume prune`: Remove unused local volumes.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { volumePruneAction } from '../actions/volume'

export const volumePrune = defineCommand({
  path: ['volume', 'prune'],
  use: '[OPTIONS]',
  short: 'Remove unused local volumes',
  args: { none: true },
  flags: {
    all: { short: 'a', type: 'bool', usage: 'Remove all unused volumes, not just anonymous ones' },
    filter: { type: 'filter', usage: 'Provide filter values (e.g. "label=<label>")' },
    force: { short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  },
  run: (ctx) => volumePruneAction(ctx, { all: ctx.flags.all, force: ctx.flags.force, filter: ctx.flags.filter }),
})

/** `docker system prune`: Remove unused data.
 *  Declared from the real 28.2.2 help; the body is in ../actions/system-prune.ts.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { systemPruneAction } from '../actions/system-prune'

export const systemPrune = defineCommand({
  path: ['system', 'prune'],
  use: '[OPTIONS]',
  short: 'Remove unused data',
  args: { none: true },
  flags: {
    all: { short: 'a', type: 'bool', usage: 'Remove all unused images not just dangling ones' },
    filter: { type: 'filter', usage: 'Provide filter values (e.g. "label=<key>=<value>")' },
    force: { short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    volumes: { type: 'bool', usage: 'Prune anonymous volumes' },
  },
  run: (ctx) => systemPruneAction(ctx, { all: ctx.flags.all, force: ctx.flags.force, volumes: ctx.flags.volumes, filter: ctx.flags.filter }),
})

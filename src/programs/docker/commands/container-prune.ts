/** `docker container prune`: Remove all stopped containers.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { containerPruneAction } from '../actions/container-files'

export const containerPrune = defineCommand({
  path: ['container', 'prune'],
  use: '[OPTIONS]',
  short: 'Remove all stopped containers',
  args: { none: true },
  flags: {
    filter: { type: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    force: { short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  },
  run: (ctx) => containerPruneAction(ctx, ctx.flags),
})

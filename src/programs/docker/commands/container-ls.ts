/** `docker container ls` (also `docker container list`, `docker container ps`, `docker ps`): List containers.
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { psAction } from '../actions/ps'
import { FORMAT_HELP } from './format-flag-usage'

export const containerLs = defineCommand({
  path: ['container', 'ls'],
  aliases: [['container', 'list'], ['container', 'ps'], ['ps']],
  use: '[OPTIONS]',
  short: 'List containers',
  args: { none: true },
  top: 3,
  flags: {
    all: { short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
    filter: { short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' },
    format: { type: 'string', usage: FORMAT_HELP },
    last: { short: 'n', type: 'int', usage: 'Show n last created containers (includes all states)', default: '-1' },
    latest: { short: 'l', type: 'bool', usage: 'Show the latest created container (includes all states)' },
    'no-trunc': { type: 'bool', usage: 'Don\'t truncate output' },
    quiet: { short: 'q', type: 'bool', usage: 'Only display container IDs' },
    size: { short: 's', type: 'bool', usage: 'Display total file sizes' },
  },
  run: (ctx) => psAction(ctx, {
    all: ctx.flags.all, quiet: ctx.flags.quiet, noTrunc: ctx.flags['no-trunc'], latest: ctx.flags.latest, last: ctx.flags.last,
    filter: ctx.flags.filter, format: ctx.flags.format, size: ctx.flags.size,
  }),
})

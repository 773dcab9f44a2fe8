/** `docker container logs` (also `docker logs`): Fetch the logs of a container.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { logsAction } from '../actions/logs'

export const containerLogs = defineCommand({
  path: ['container', 'logs'],
  aliases: [['logs']],
  use: '[OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  args: { exactly: 1, complete: ['container'] },
  flags: {
    details: { type: 'bool', usage: 'Show extra details provided to logs' },
    follow: { short: 'f', type: 'bool', usage: 'Follow log output' },
    since: {
      type: 'string',
      usage: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
    },
    tail: { short: 'n', type: 'string', usage: 'Number of lines to show from the end of the logs', default: 'all' },
    timestamps: { short: 't', type: 'bool', usage: 'Show timestamps' },
    until: {
      type: 'string',
      usage: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
    },
  },
  run: (ctx) => logsAction(ctx, ctx.args[0], ctx.flags),
})

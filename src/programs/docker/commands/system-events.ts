/** `docker system events` (also `docker events`): Get real time events from the server.
 *  Declared from the real 28.2.2 help; the body is in ../actions/events.ts.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { eventsAction } from '../actions/events'
import { INSPECT_FORMAT_HELP } from './format-flag-usage'

export const systemEvents = defineCommand({
  path: ['system', 'events'],
  aliases: [['events']],
  use: '[OPTIONS]',
  short: 'Get real time events from the server',
  args: { none: true },
  flags: {
    filter: { short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' },
    format: { type: 'string', usage: INSPECT_FORMAT_HELP },
    since: { type: 'string', usage: 'Show all events created since timestamp' },
    until: { type: 'string', usage: 'Stream events until this timestamp' },
  },
  run: (ctx) => eventsAction(ctx),
})

/** `docker container stats` (also `docker stats`): Display a live stream of container(s) resource usage statistics.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { statsAction } from '../actions/container-info'
import { FORMAT_HELP } from './format-flag-usage'

export const containerStats = defineCommand({
  path: ['container', 'stats'],
  aliases: [['stats']],
  use: '[OPTIONS] [CONTAINER...]',
  short: 'Display a live stream of container(s) resource usage statistics',
  args: { min: 0, complete: ['container'] },
  flags: {
    all: { short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
    format: { type: 'string', usage: FORMAT_HELP },
    'no-stream': { type: 'bool', usage: 'Disable streaming stats and only pull the first result' },
    'no-trunc': { type: 'bool', usage: 'Do not truncate output' },
  },
  run: (ctx) => statsAction(ctx, ctx.args, ctx.flags),
})

/** `docker container restart` (also `docker restart`): Restart one or more containers.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { restartAction } from '../actions/lifecycle'

export const containerRestart = defineCommand({
  path: ['container', 'restart'],
  aliases: [['restart']],
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Restart one or more containers',
  args: { min: 1, complete: ['container'] },
  flags: {
    signal: { short: 's', type: 'string', usage: 'Signal to send to the container' },
    time: {
      type: 'int',
      usage: 'Seconds to wait before killing the container (deprecated: use --timeout)',
      deprecated: 'use --timeout instead',
    },
    timeout: { short: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
  },
  run: (ctx) => restartAction(ctx, ctx.args, { ...ctx.flags, changed: ctx.changed }),
})

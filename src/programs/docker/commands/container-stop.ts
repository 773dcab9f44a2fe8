/** `docker container stop` (also `docker stop`): Stop one or more running containers.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { stopAction } from '../actions/lifecycle'

export const containerStop = defineCommand({
  path: ['container', 'stop'],
  aliases: [['stop']],
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Stop one or more running containers',
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
  run: (ctx) => stopAction(ctx, ctx.args, { ...ctx.flags, changed: ctx.changed }),
})

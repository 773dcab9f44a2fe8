/** `docker container start` (also `docker start`): Start one or more stopped containers.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { startAction } from '../actions/lifecycle'
import { startAttachAction } from '../actions/attach'

export const containerStart = defineCommand({
  path: ['container', 'start'],
  aliases: [['start']],
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Start one or more stopped containers',
  args: { min: 1, complete: ['container'] },
  flags: {
    attach: { short: 'a', type: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' },
    checkpoint: { type: 'string', usage: 'Restore from this checkpoint', experimental: true, osType: 'linux' },
    'checkpoint-dir': {
      type: 'string',
      usage: 'Use a custom checkpoint storage directory',
      experimental: true,
      osType: 'linux',
    },
    'detach-keys': { type: 'string', usage: 'Override the key sequence for detaching a container' },
    interactive: { short: 'i', type: 'bool', usage: 'Attach container\'s STDIN' },
  },
  run: (ctx) => (ctx.flags.attach || ctx.flags.interactive ? startAttachAction(ctx, ctx.args, ctx.flags) : startAction(ctx, ctx.args)),
})

/** `docker container attach` (also `docker attach`): Attach local standard input, output, and error streams to a running container.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { attachAction } from '../actions/attach'

export const containerAttach = defineCommand({
  path: ['container', 'attach'],
  aliases: [['attach']],
  use: '[OPTIONS] CONTAINER',
  short: 'Attach local standard input, output, and error streams to a running container',
  args: { exactly: 1, complete: ['container'] },
  flags: {
    'detach-keys': { type: 'string', usage: 'Override the key sequence for detaching a container' },
    'no-stdin': { type: 'bool', usage: 'Do not attach STDIN' },
    'sig-proxy': { type: 'bool', usage: 'Proxy all received signals to the process', default: 'true' },
  },
  run: (ctx) => attachAction(ctx, ctx.args[0], ctx.flags),
})

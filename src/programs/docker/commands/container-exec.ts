/** `docker container exec` (also `docker exec`): Execute a command in a running container.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { validateEnv } from '../cli/docker-validators'
import { execAction } from '../actions/exec'

export const containerExec = defineCommand({
  path: ['container', 'exec'],
  aliases: [['exec']],
  use: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  args: { min: 2, complete: ['container', 'none'] },
  interspersed: false,
  top: 2,
  flags: {
    detach: { short: 'd', type: 'bool', usage: 'Detached mode: run command in the background' },
    'detach-keys': { type: 'string', usage: 'Override the key sequence for detaching a container' },
    env: { short: 'e', type: 'list', usage: 'Set environment variables', parse: validateEnv },
    'env-file': { type: 'list', usage: 'Read in a file of environment variables' },
    interactive: { short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
    privileged: { type: 'bool', usage: 'Give extended privileges to the command' },
    tty: { short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
    user: { short: 'u', type: 'string', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    workdir: { short: 'w', type: 'string', usage: 'Working directory inside the container' },
  },
  run: (ctx) => execAction(ctx, ctx.args[0], [...ctx.args.slice(1)], ctx.flags, ctx.changed),
})

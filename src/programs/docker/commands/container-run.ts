/** `docker container run` (also `docker run`): Create and run a new container from an image.
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { runAction } from '../actions/run'
import { containerOptionFlags } from './container-option-flags'

export const containerRun = defineCommand({
  path: ['container', 'run'],
  aliases: [['run']],
  use: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create and run a new container from an image',
  args: { min: 1, complete: ['image', 'none'] },
  interspersed: false,
  top: 1,
  flags: {
    ...containerOptionFlags,
    detach: { short: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
    'detach-keys': { type: 'string', usage: 'Override the key sequence for detaching a container' },
    help: { type: 'bool', usage: 'Print usage' },
    pull: { type: 'string', usage: 'Pull image before running ("always", "missing", "never")', default: 'missing' },
    'sig-proxy': { type: 'bool', usage: 'Proxy received signals to the process', default: 'true' },
  },
  run: (ctx) => runAction(ctx, ctx.args[0], [...ctx.args.slice(1)], ctx.flags, ctx.changed),
})

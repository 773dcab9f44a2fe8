/** `docker container rm` (also `docker container remove`, `docker rm`): Remove one or more containers.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { rmAction } from '../actions/lifecycle'

export const containerRm = defineCommand({
  path: ['container', 'rm'],
  aliases: [['container', 'remove'], ['rm']],
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  args: { min: 1, complete: ['container'] },
  flags: {
    force: { short: 'f', type: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
    link: { short: 'l', type: 'bool', usage: 'Remove the specified link' },
    volumes: { short: 'v', type: 'bool', usage: 'Remove anonymous volumes associated with the container' },
  },
  run: (ctx) => rmAction(ctx, ctx.args, ctx.flags),
})

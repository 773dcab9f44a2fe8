/** `docker container commit` (also `docker commit`): Create a new image from a container's changes.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { commitAction } from '../actions/container-files'

export const containerCommit = defineCommand({
  path: ['container', 'commit'],
  aliases: [['commit']],
  use: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  short: 'Create a new image from a container\'s changes',
  args: { min: 1, max: 2, complete: ['container', 'none'] },
  interspersed: false,
  flags: {
    author: { short: 'a', type: 'string', usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' },
    change: { short: 'c', type: 'list', usage: 'Apply Dockerfile instruction to the created image' },
    message: { short: 'm', type: 'string', usage: 'Commit message' },
    pause: { short: 'p', type: 'bool', usage: 'Pause container during commit', default: 'true' },
  },
  run: (ctx) => commitAction(ctx, ctx.args[0], ctx.args[1], ctx.flags),
})

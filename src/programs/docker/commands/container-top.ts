/** `docker container top` (also `docker top`): Display the running processes of a container.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { topAction } from '../actions/container-info'

export const containerTop = defineCommand({
  path: ['container', 'top'],
  aliases: [['top']],
  use: 'CONTAINER [ps OPTIONS]',
  short: 'Display the running processes of a container',
  args: { min: 1, complete: ['container', 'none'] },
  interspersed: false,
  flags: {},
  run: (ctx) => topAction(ctx, ctx.args[0], ctx.args.slice(1)),
})

/** `docker inspect`: Return low-level information on Docker objects.
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { inspectAction } from '../actions/inspect'
import { INSPECT_FORMAT_HELP } from './format-flag-usage'

export const inspect = defineCommand({
  path: ['inspect'],
  use: '[OPTIONS] NAME|ID [NAME|ID...]',
  short: 'Return low-level information on Docker objects',
  args: { min: 1, complete: ['container'] },
  flags: {
    format: { short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    size: { short: 's', type: 'bool', usage: 'Display total file sizes if the type is container' },
    type: { type: 'string', usage: 'Only inspect objects of the given type' },
  },
  run: (ctx) => inspectAction(ctx, ctx.args, { format: ctx.flags.format, type: ctx.flags.type, typeChanged: ctx.changed.has('type'), size: ctx.flags.size }),
})

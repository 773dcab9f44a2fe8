/** `docker container inspect`: Display detailed information on one or more containers.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { containerInspectAction } from '../actions/inspect-container'
import { INSPECT_FORMAT_HELP } from './format-flag-usage'

export const containerInspect = defineCommand({
  path: ['container', 'inspect'],
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Display detailed information on one or more containers',
  args: { min: 1, complete: ['container'] },
  flags: {
    format: { short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    size: { short: 's', type: 'bool', usage: 'Display total file sizes' },
  },
  run: (ctx) => containerInspectAction(ctx, ctx.args, ctx.flags.format),
})

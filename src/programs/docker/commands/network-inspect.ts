/** `docker network inspect`: Display detailed information on one or more networks.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { networkInspectAction } from '../actions/network'
import { INSPECT_FORMAT_HELP } from './format-flag-usage'

export const networkInspect = defineCommand({
  path: ['network', 'inspect'],
  use: '[OPTIONS] NETWORK [NETWORK...]',
  short: 'Display detailed information on one or more networks',
  args: { min: 1 },
  flags: {
    format: { short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    verbose: { short: 'v', type: 'bool', usage: 'Verbose output for diagnostics' },
  },
  run: (ctx) => networkInspectAction(ctx, ctx.args, ctx.flags.format),
})

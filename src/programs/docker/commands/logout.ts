/** `docker logout`: Log out from a registry.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { unavailable } from '../cli/unavailable'

export const logout = defineCommand({
  path: ['logout'],
  use: '[SERVER]',
  short: 'Log out from a registry',
  long: `Log out from a registry.
If no server is specified, the default is defined by the daemon.`,
  args: { max: 1 },
  top: 9,
  flags: {},
  run: unavailable,
})

/** `docker version`: Show the Docker version information.
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { versionAction } from '../actions/version'
import { INSPECT_FORMAT_HELP } from './format-flag-usage'

export const version = defineCommand({
  path: ['version'],
  use: '[OPTIONS]',
  short: 'Show the Docker version information',
  args: { none: true },
  top: 11,
  flags: {
    format: { short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
  },
  run: (ctx) => versionAction(ctx),
})

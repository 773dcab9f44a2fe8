/** `docker container create` (also `docker create`): Create a new container.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { unavailable } from '../cli/unavailable'
import { containerOptionFlags } from './container-option-flags'

export const containerCreate = defineCommand({
  path: ['container', 'create'],
  aliases: [['create']],
  use: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new container',
  args: { min: 1, complete: ['image', 'none'] },
  interspersed: false,
  flags: {
    ...containerOptionFlags,
    help: { type: 'bool', usage: 'Print usage' },
    pull: { type: 'string', usage: 'Pull image before creating ("always", "|missing", "never")', default: 'missing' },
  },
  run: unavailable,
})

/** `docker container create` (also `docker create`): Create a new container.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { createAction } from '../actions/run'
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
  run: (ctx) => createAction(ctx, ctx.args[0], [...ctx.args.slice(1)], { ...ctx.flags, detach: true, 'detach-keys': '', 'sig-proxy': true }, ctx.changed),
})

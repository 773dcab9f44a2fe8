/** `docker container rename` (also `docker rename`): Rename a container.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { renameAction } from '../actions/lifecycle'

export const containerRename = defineCommand({
  path: ['container', 'rename'],
  aliases: [['rename']],
  use: 'CONTAINER NEW_NAME',
  short: 'Rename a container',
  args: { exactly: 2, complete: ['container', 'none'] },
  flags: {},
  run: (ctx) => renameAction(ctx, ctx.args[0], ctx.args[1]),
})

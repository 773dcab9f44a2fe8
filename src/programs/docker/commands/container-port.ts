/** `docker container port` (also `docker port`): List port mappings or a specific mapping for the container.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { portAction } from '../actions/container-info'

export const containerPort = defineCommand({
  path: ['container', 'port'],
  aliases: [['port']],
  use: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
  short: 'List port mappings or a specific mapping for the container',
  args: { min: 1, max: 2, complete: ['container', 'none'] },
  flags: {},
  run: (ctx) => portAction(ctx, ctx.args[0], ctx.args[1]),
})

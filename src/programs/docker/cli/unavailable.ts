/** The handler of every command whose behaviour the sandbox does not model yet. It says so plainly rather than
 *  imitate a daemon: `docker: 'docker container ls' is not available in this sandbox yet` on stderr, exit 1.
 *  Invariant: writes nothing to stdout. */
import type { RunContext } from './define-command'

export const unavailableMessage = (commandPath: string) =>
  `docker: '${commandPath}' is not available in this sandbox yet\n`

export async function unavailable(ctx: RunContext<any>): Promise<number> {
  ctx.stderr.write(unavailableMessage(ctx.commandPath))
  return 1
}

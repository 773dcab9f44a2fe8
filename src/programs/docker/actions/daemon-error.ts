/** How the CLI words what went wrong on the daemon side: `Error response from daemon: <message>`, except a closed
 *  socket, which the CLI reports itself. `docker run`/`create` prefix `docker: ` and add the help hint. */
import { isEngineError } from '../../../engine/engine-error'
import type { Writer } from '../../../os/stream'

export function daemonErrorText(e: unknown): string {
  if (!isEngineError(e)) return e instanceof Error ? e.message : String(e)
  // A closed socket and a reference the client parsed itself are the CLI's own words, not the daemon's.
  const clientSide = e.code === 'unavailable' || (e.code === 'invalid_argument' && e.message.startsWith('invalid reference format'))
  return clientSide ? e.message : `Error response from daemon: ${e.message}`
}

/** Prints the error and returns the exit status Docker uses for it. */
export function reportDaemonError(stderr: Writer, e: unknown): number {
  stderr.write(`${daemonErrorText(e)}\n`)
  return 1
}

/** `docker run`/`create` failures: exit 125, or 126/127 when the command cannot be invoked/found. */
export function reportRunError(stderr: Writer, e: unknown, command: 'run' | 'create' = 'run'): number {
  const text = daemonErrorText(e)
  stderr.write(`docker: ${text}\n\nRun 'docker ${command} --help' for more information\n`)
  if (/executable file not found|no such file or directory/.test(text)) return 127
  if (/permission denied|is a directory/.test(text)) return 126
  return 125
}

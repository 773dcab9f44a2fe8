/** How the CLI words a failed image API call: the daemon's message after `Error response from daemon: `, except a
 *  closed socket, which the client reports itself. Unlike daemon-error.ts this also prefixes the daemon's own
 *  reference-grammar errors (`docker rmi Foo` is parsed by the daemon, not by the client). */
import { isEngineError } from '../../../engine/engine-error'

export function imageErrorText(e: unknown): string {
  if (isEngineError(e)) return e.code === 'unavailable' ? e.message : `Error response from daemon: ${e.message}`
  return e instanceof Error ? e.message : String(e)
}

export const isNotFound = (e: unknown): boolean => isEngineError(e) && e.code === 'not_found'

/** A stream-level error (load): the daemon's message as the CLI's jsonmessage prints it, with no prefix. */
export function streamErrorText(e: unknown): string {
  if (isEngineError(e)) return e.message
  return e instanceof Error ? e.message : String(e)
}

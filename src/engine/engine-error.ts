/** Errors carry a stable code; the message is the daemon's own wording (moby 28.2.2). The CLI adds
 *  `Error response from daemon: ` and picks the exit code. Normal output is never thrown. */
export type EngineErrorCode =
  | 'not_found'
  | 'conflict'
  | 'invalid_argument'
  | 'unavailable'
  | 'forbidden'
  | 'not_running'
  | 'exec_not_found'
  | 'permission_denied'
  | 'system'

export class EngineError extends Error {
  constructor(readonly code: EngineErrorCode, message: string) {
    super(message)
    this.name = 'EngineError'
  }
}

export const isEngineError = (e: unknown): e is EngineError => e instanceof EngineError

/** What every API call meets while dockerd is stopped: the CLI finds its socket closed. */
export const DAEMON_UNREACHABLE = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'
export const daemonUnreachable = (): EngineError => new EngineError('unavailable', DAEMON_UNREACHABLE)

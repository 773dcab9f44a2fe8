/** What an action (the body of a docker command) works with: the daemon API, the output ports and the terminal. */
import type { Process } from '../../../os/process'
import type { Writer } from '../../../os/stream'
import type { DockerApi } from '../docker-api'

export interface ActionContext {
  process: Process
  api: DockerApi
  stdout: Writer
  stderr: Writer
  /** Terminal width (80 when not on a terminal). */
  cols: number
  /** Whether stdout is a terminal. */
  isTty: boolean
}

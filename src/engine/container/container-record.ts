/** A container as the daemon keeps it: config as created, state as it runs, its RW layer and its log.
 *  State machine: created → running ⇄ paused; running → exited; exited → running (start/restart); any → removed.
 *  A container lives and dies with its main process: the state follows the process, never the other way round. */
import type { ContainerId, ImageId } from '../ids'
import type { DirNode } from '../layer/file-tree'

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead'

export interface LogEntry {
  /** ms since epoch */
  t: number
  stream: 'stdout' | 'stderr'
  data: string
}

export interface PortBinding { hostIp: string; hostPort: string }

export interface ContainerRecord {
  id: ContainerId
  name: string
  created: number
  image: ImageId
  /** The image as the user named it (`docker ps` IMAGE column). */
  imageRef: string
  path: string
  args: string[]
  config: {
    hostname: string
    user: string
    env: string[]
    cmd: string[] | null
    entrypoint: string[] | null
    workingDir: string
    tty: boolean
    openStdin: boolean
    exposedPorts: string[]
    labels: Record<string, string>
    stopSignal?: string
  }
  hostConfig: {
    autoRemove: boolean
    portBindings: Record<string, PortBinding[]>
    restartPolicy: { name: 'no' | 'always' | 'unless-stopped' | 'on-failure'; maximumRetryCount: number }
    binds: string[]
  }
  state: {
    status: ContainerStatus
    pid: number
    exitCode: number
    startedAt: number
    finishedAt: number
    error: string
  }
  restartCount: number
  rw: DirNode
  logs: LogEntry[]
}

export const isRunning = (c: ContainerRecord): boolean => c.state.status === 'running' || c.state.status === 'paused'

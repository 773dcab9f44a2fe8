/** What the container module keeps beside the records while the daemon runs, one set per daemon context: who is
 *  attached to which container, who follows its log, which stops are in progress, exec sessions, the bridge's
 *  address allocator and the volume store. None of it is persisted except through the records and volume rows. */
import type { DaemonContext } from '../daemon/daemon-context'
import type { ContainerId } from '../ids'
import type { LogEntry } from './container-record'
import type { OutputSink, RuntimeProcess } from './runtime'
import type { DirNode } from '../layer/file-tree'

export interface AttachedClient {
  stdout: OutputSink
  stderr: OutputSink
}

export interface ExecSession {
  id: string
  containerId: ContainerId
  process?: RuntimeProcess
  exitCode?: number
  running: boolean
}

export interface Volume {
  name: string
  created: number
  anonymous: boolean
  tree: DirNode
}

/** The container's stdin when it was created with -i: whoever is attached feeds it; nobody attached = reads wait. */
export interface StdinHub {
  read(): Promise<string | Uint8Array | null>
  push(data: string | Uint8Array): void
  close(): void
}

export interface ContainerModuleState {
  clients: Map<ContainerId, Set<AttachedClient>>
  followers: Map<ContainerId, Set<(e: LogEntry | null) => void>>
  stdin: Map<ContainerId, StdinHub>
  /** Containers being stopped, killed or removed by request: their exit does not trigger the restart policy. */
  stopping: Set<ContainerId>
  /** Pending restarts (restart policy back-off), cancelled by stop/rm. */
  restarts: Map<ContainerId, () => void>
  execs: Map<string, ExecSession>
  /** Exit codes of containers removed lately (a client may ask to wait for one that is already gone). */
  removedExit: Map<ContainerId, number>
  /** Per running container: settles once its main process's exit has been fully handled. */
  reaped: Map<ContainerId, Promise<void>>
  volumes: Map<string, Volume>
  volumesLoaded?: Promise<void>
  /** The last host port handed out from the ephemeral range. */
  lastPort: number
  daemonStopping: boolean
  /** Sequence for log timestamps' sub-millisecond part. */
  logSeq: number
}

const states = new WeakMap<DaemonContext, ContainerModuleState>()

export function moduleState(ctx: DaemonContext): ContainerModuleState {
  let s = states.get(ctx)
  if (!s) {
    s = {
      clients: new Map(), followers: new Map(), stdin: new Map(), stopping: new Set(), restarts: new Map(), execs: new Map(), reaped: new Map(), removedExit: new Map(),
      volumes: new Map(), lastPort: 32767, daemonStopping: false, logSeq: 0,
    }
    states.set(ctx, s)
  }
  return s
}

export function createStdinHub(): StdinHub {
  const queue: (string | Uint8Array)[] = []
  let closed = false
  let waiting: ((c: string | Uint8Array | null) => void) | null = null
  return {
    read() {
      if (queue.length) return Promise.resolve(queue.shift()!)
      if (closed) return Promise.resolve(null)
      return new Promise((resolve) => { waiting = resolve })
    },
    push(data) {
      if (closed) return
      if (waiting) { const w = waiting; waiting = null; w(data) } else queue.push(data)
    },
    close() {
      closed = true
      if (waiting) { const w = waiting; waiting = null; w(null) }
    },
  }
}

/** A container as the daemon keeps it: config as created, state as it runs, its RW layer and its log.
 *  State machine: created → running ⇄ paused; running → exited (→ restarting → running, by restart policy);
 *  exited → running (start/restart); any → removed.
 *  A container lives and dies with its main process: the state follows the process, never the other way round.
 *  The record is plain data (it is the `containers` row); what only exists while the daemon runs (processes,
 *  waiters, log followers) lives in the daemon context and container-state.ts. */
import type { ContainerId, ImageId } from '../ids'
import type { DirNode } from '../layer/file-tree'

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead'

export interface LogEntry {
  /** ms since epoch */
  t: number
  /** Nanoseconds within the millisecond. */
  n?: number
  stream: 'stdout' | 'stderr'
  data: string
}

export interface PortBinding { hostIp: string; hostPort: string }

/** `80/tcp` → bindings. */
export type PortMap = Record<string, PortBinding[]>

export interface MountPoint {
  type: 'volume' | 'bind'
  /** Volume name (volumes only). */
  name?: string
  /** Host path: the bind source, or the volume's _data directory. */
  source: string
  destination: string
  rw: boolean
  /** `z`, `ro`… as given after the second colon, or '' */
  mode: string
  /** Anonymous volumes are removed with `docker rm -v` and with --rm. */
  anonymous?: boolean
}

export type RestartPolicyName = 'no' | 'always' | 'unless-stopped' | 'on-failure'

export interface ContainerRecord {
  id: ContainerId
  name: string
  created: number
  image: ImageId
  /** The image as the user named it (`docker ps` IMAGE column, Config.Image). */
  imageRef: string
  path: string
  args: string[]
  config: {
    hostname: string
    domainname?: string
    user: string
    /** Image env merged with the user's -e (same keys replaced in place). */
    env: string[]
    cmd: string[] | null
    entrypoint: string[] | null
    workingDir: string
    tty: boolean
    openStdin: boolean
    attachStdin?: boolean
    attachStdout?: boolean
    attachStderr?: boolean
    stdinOnce?: boolean
    exposedPorts: string[]
    labels: Record<string, string>
    stopSignal?: string
    stopTimeout?: number
    /** Config.Volumes: image VOLUMEs and `-v /path` anonymous volumes. */
    volumes?: string[]
  }
  hostConfig: {
    autoRemove: boolean
    portBindings: PortMap
    restartPolicy: { name: RestartPolicyName; maximumRetryCount: number }
    binds: string[]
    publishAllPorts?: boolean
    consoleSize?: [number, number]
  }
  state: {
    status: ContainerStatus
    pid: number
    exitCode: number
    startedAt: number
    finishedAt: number
    error: string
    oomKilled?: boolean
  }
  restartCount: number
  /** Set by `docker stop`/`kill` (and cleared by start): `unless-stopped` does not bring such a container back. */
  manuallyStopped?: boolean
  /** It was running when the daemon shut down (on-failure brings such a container back at the next start). */
  stoppedWithDaemon?: boolean
  /** Whether it has ever run (the daemon's restart manager and `docker start -a` look at it). */
  startedBefore?: boolean
  mounts?: MountPoint[]
  /** Bridge endpoint while running (NetworkSettings). */
  network?: { ip: string; mac: string; ports: PortMap; sandboxId: string; endpointId: string }
  /** overlay2 directory id of the RW layer (GraphDriver.Data). */
  layerId?: string
  execIds?: string[]
  rw: DirNode
  logs: LogEntry[]
}

export const isRunning = (c: ContainerRecord): boolean => c.state.status === 'running' || c.state.status === 'paused'

/** moby's ReplaceOrAppendEnvValues: later KEY=… replace earlier ones in place, new keys are appended. A bare `KEY`
 *  (unset on the client) removes KEY. */
export function mergeEnv(base: readonly string[], overrides: readonly string[]): string[] {
  const out = [...base]
  const key = (e: string) => (e.includes('=') ? e.slice(0, e.indexOf('=')) : e)
  for (const o of overrides) {
    const i = out.findIndex((e) => key(e) === key(o))
    if (!o.includes('=')) { if (i >= 0) out.splice(i, 1); continue }
    if (i >= 0) out[i] = o
    else out.push(o)
  }
  return out
}

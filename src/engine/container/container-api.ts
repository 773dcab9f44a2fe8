/** The container half of the Engine API (what dockerd serves under /containers and /exec): create, start, stop,
 *  kill, restart, pause, remove, rename, attach, logs, exec, top, stats, diff, archive, export, commit, prune.
 *  Methods that take `input` accept what the user typed (name, full ID or unique ID prefix) and word their errors
 *  with it, as the daemon does. Every method runs only while the daemon runs (engine.ts guards them). */
import { EngineError } from '../engine-error'
import type { DaemonContext } from '../daemon/daemon-context'
import type { ContainerId, ImageId } from '../ids'
import { treeSize } from '../layer/file-tree'
import type { Change } from '../graphdriver/changes'
import type { TreeNode } from '../layer/file-tree'
import { isRunning, type ContainerRecord, type LogEntry, type RestartPolicyName } from './container-record'
import type { ContainerStdio, ProcessInfo, RuntimeProcess } from './runtime'
import { createContainer, nameConflict, nameInUse, validateName, type CreateOptions } from './container-create'
import {
  addClient, findContainer, flushContainer, getContainer, killContainer, notRunning, pauseContainer, pumpStdin, removeContainer,
  removeRecord, restartContainer, stdinHub, restartContainers, startContainer, stopContainer, unpauseContainer,
  waitContainer, type StartAttach,
} from './container-lifecycle'
import { execContainer, execTarget, type ExecHandle, type ExecOptions } from './container-exec'
import type { PathStat } from './container-archive'
import type { CommitOptions } from './container-commit'
import { moduleState, type AttachedClient, type Volume } from './container-state'
import { derived } from '../versioned-map'
import { lazyModule } from '../lazy-module'
import { ensureVolume, listVolumes, removeVolume } from './volumes'

export type { CreateOptions } from './container-create'
export type { ExecHandle, ExecOptions } from './container-exec'

export interface StopOptions { signal?: string; timeout?: number }

export interface AttachHandle {
  /** Stops receiving output and feeding input; the container keeps running. */
  detach(): void
}

export interface ContainerStats {
  cpuPercent: number
  memUsage: number
  memLimit: number
  netRx: number
  netTx: number
  blockRead: number
  blockWrite: number
  pids: number
}

export interface ContainerApi {
  createContainer(options: CreateOptions): Promise<ContainerRecord>
  /** Starts a container by ID, optionally with a client attached first (docker run, start -a). */
  startContainer(id: ContainerId, attach?: StartAttach | Partial<ContainerStdio>): Promise<AttachHandle>
  /** docker start: by what the user typed; starting a running container is not an error. */
  startNamed(input: string): Promise<ContainerRecord>
  waitContainer(id: ContainerId, condition?: 'not-running' | 'next-exit' | 'removed'): Promise<number>
  /** Containers newest first. */
  containers(): ContainerRecord[]
  /** By exact name, full ID, or unique ID prefix. */
  resolveContainer(nameOrId: string): ContainerRecord | undefined
  /** Like resolveContainer, but throws `No such container: <input>`. */
  container(input: string): ContainerRecord
  /** Sends a signal to a running container's main process (the CLI's signal proxy). */
  signalContainer(id: ContainerId, signal: Parameters<RuntimeProcess['kill']>[0]): void
  stopContainer(input: string, options?: StopOptions): Promise<void>
  restartContainer(input: string, options?: StopOptions): Promise<void>
  killContainer(input: string, signal?: string): Promise<void>
  pauseContainer(input: string): Promise<void>
  unpauseContainer(input: string): Promise<void>
  removeContainer(input: string, options?: { force?: boolean; volumes?: boolean }): Promise<void>
  renameContainer(input: string, newName: string): Promise<void>
  pruneContainers(): Promise<{ deleted: ContainerId[]; reclaimed: number }>
  /** docker attach: output from now on, input into the container's stdin (with -i), the TTY (with -t). */
  attachContainer(id: ContainerId, client: AttachedClient, options?: { stdin?: StartAttach['stdin']; terminal?: unknown }): AttachHandle
  /** Calls `listener` with each new log line, and with null once the container stops. */
  followLogs(id: ContainerId, listener: (e: LogEntry | null) => void): () => void
  logs(input: string): LogEntry[]
  /** Checks that an exec can be created (running, not paused); returns the container. */
  execTarget(input: string): ContainerRecord
  execContainer(input: string, options: ExecOptions, stdio: ContainerStdio): ExecHandle
  /** docker top. */
  containerProcesses(input: string): ProcessInfo[]
  containerStats(id: ContainerId): ContainerStats
  /** diff, cp, export and commit load their code (tar, hashing) on first use. */
  containerChanges(input: string): Promise<Change[]>
  commitContainer(input: string, options: CommitOptions): Promise<ImageId>
  archiveStat(input: string, path: string): Promise<PathStat | undefined>
  archiveGet(input: string, path: string, follow?: boolean): Promise<{ stat: PathStat; node: TreeNode }>
  archivePut(input: string, dir: string, name: string, node: TreeNode): Promise<void>
  exportContainer(input: string): Promise<Uint8Array>
  volumes(): Promise<Volume[]>
  /** docker volume create: the named volume (made if new) or a fresh anonymous one. */
  createVolume(name?: string): Promise<Volume>
  /** docker volume rm: refuses while a container (running or not) mounts it. */
  removeVolume(name: string, force?: boolean): Promise<void>
  /** docker volume prune: volumes no container (running or not) mounts; only anonymous ones unless `all`. */
  pruneVolumes(all?: boolean): Promise<{ deleted: string[]; reclaimed: number }>
  /** docker update: the restart policy (resource limits are accepted and not modelled). */
  updateContainer(input: string, update: { restart?: { name: RestartPolicyName; maximumRetryCount: number } }): Promise<void>
  /** Brings back the containers whose restart policy says so; the daemon calls it when it starts. */
  restartContainers(): Promise<void>
}

/** The host's memory (docker info's Total Memory), which is the limit of a container without -m. */
const HOST_MEMORY = 3_974_111_232

/** Memory a process of each kind holds, to make `docker stats` plausible (bytes). */
const RSS: Record<string, number> = { nginx: 3_350_528, 'redis-server': 4_128_768, mysqld: 385_875_968, postgres: 21_233_664, httpd: 6_815_744, sleep: 303_104, sh: 442_368, bash: 3_776_512 }

const archiveModule = lazyModule(() => import('./container-archive'))
const commitModule = lazyModule(() => import('./container-commit'))

export function createContainerApi(ctx: DaemonContext): ContainerApi {
  const state = moduleState(ctx)
  ctx.events.subscribe((e) => {
    if (e.module === 'daemon' && e.type === 'daemon.started') state.daemonStopping = false
  })
  // A container that is not running has no endpoint (records from before a reload may still name one).
  for (const c of ctx.containers.values()) if (!isRunning(c)) c.network = undefined
  const byId = (id: ContainerId) => {
    const c = ctx.containers.get(id)
    if (!c) throw new EngineError('not_found', `No such container: ${id}`)
    return c
  }
  const running = (input: string) => {
    const c = getContainer(ctx, input)
    if (!isRunning(c) || !ctx.processes.has(c.id)) throw notRunning(c)
    return c
  }

  // Containers are only ever added and removed, never re-dated: the order holds until the map changes.
  const newestFirst = derived(() => [ctx.containers], () => [...ctx.containers.values()].sort((a, b) => b.created - a.created))

  return {
    createContainer: (options) => createContainer(ctx, options),
    startContainer(id, attach = {}) {
      const a = attach as StartAttach & Partial<ContainerStdio>
      const client = a.client ?? (a.stdout ? { stdout: a.stdout, stderr: a.stderr ?? a.stdout } : undefined)
      return startContainer(ctx, byId(id), { client, stdin: a.stdin ?? undefined, terminal: a.terminal })
    },
    async startNamed(input) {
      const c = getContainer(ctx, input)
      await startContainer(ctx, c)
      return c
    },
    waitContainer(id, condition) {
      const gone = state.removedExit.get(id)
      if (!ctx.containers.has(id) && gone !== undefined) return Promise.resolve(gone)
      return waitContainer(ctx, byId(id), condition)
    },
    containers: () => newestFirst().slice(),
    resolveContainer: (s) => findContainer(ctx, s),
    container: (s) => getContainer(ctx, s),
    signalContainer(id, sig) { ctx.processes.get(id)?.kill(sig) },
    stopContainer: (input, options) => stopContainer(ctx, getContainer(ctx, input), options),
    restartContainer: (input, options) => restartContainer(ctx, getContainer(ctx, input), options),
    killContainer: (input, signal) => killContainer(ctx, input, signal),
    pauseContainer: (input) => pauseContainer(ctx, getContainer(ctx, input)),
    unpauseContainer: (input) => unpauseContainer(ctx, getContainer(ctx, input)),
    removeContainer: (input, options) => removeContainer(ctx, input, options),
    async renameContainer(input, newName) {
      const c = getContainer(ctx, input)
      const name = newName.replace(/^\//, '')
      validateName(name)
      if (name === c.name) throw new EngineError('invalid_argument', 'Renaming a container with the same name as its current name')
      const holder = nameInUse(ctx, name)
      if (holder) throw new EngineError('conflict', `Error when allocating new name: ${nameConflict(name, holder)}`)
      c.name = name
      await flushContainer(ctx, c, [{ module: 'container', type: 'container.renamed', id: c.id, name }])
    },
    async pruneContainers() {
      const deleted: ContainerId[] = []
      let reclaimed = 0
      for (const c of [...ctx.containers.values()].sort((a, b) => b.created - a.created)) {
        if (isRunning(c) || c.state.status === 'restarting' || ctx.processes.has(c.id)) continue
        reclaimed += treeSize(c.rw)
        deleted.push(c.id)
        await removeRecord(ctx, c, false)
      }
      return { deleted, reclaimed }
    },
    attachContainer(id, client, options = {}) {
      const c = byId(id)
      if (!ctx.processes.has(c.id)) throw notRunning(c)
      const offClient = addClient(ctx, c, client)
      const offStdin = options.stdin && c.config.openStdin ? pumpStdin(ctx, c, options.stdin) : () => {}
      if (c.config.openStdin) stdinHub(ctx, c)
      if (options.terminal && c.config.tty) ctx.runtime.attachTerminal(c.id, options.terminal)
      return {
        detach() {
          offClient()
          offStdin()
          if (options.terminal && c.config.tty) ctx.runtime.attachTerminal(c.id, null)
        },
      }
    },
    followLogs(id, listener) {
      let set = state.followers.get(id)
      if (!set) { set = new Set(); state.followers.set(id, set) }
      set.add(listener)
      return () => { set!.delete(listener) }
    },
    logs: (input) => [...getContainer(ctx, input).logs],
    execTarget: (input) => execTarget(ctx, input),
    execContainer: (input, options, stdio) => execContainer(ctx, input, options, stdio),
    containerProcesses: (input) => ctx.runtime.processes(running(input).id),
    containerStats(id) {
      const c = byId(id)
      const procs = isRunning(c) ? ctx.runtime.processes(c.id) : []
      const mem = procs.reduce((n, p) => n + (RSS[p.command.split(/[\s:]/)[0].split('/').pop() ?? ''] ?? 1_560_576), 0)
      const net = isRunning(c) ? ctx.runtime.netStats?.(c.id) : undefined
      return {
        cpuPercent: 0, memUsage: mem, memLimit: HOST_MEMORY,
        // The bridge greets every new interface (router solicitations, ARP): a little traffic before any of ours.
        netRx: isRunning(c) ? 1_046 + (net?.rx ?? 0) : 0, netTx: isRunning(c) ? 126 + (net?.tx ?? 0) : 0,
        blockRead: isRunning(c) ? 0 : 0, blockWrite: isRunning(c) ? treeSize(c.rw) : 0, pids: procs.length,
      }
    },
    containerChanges: (input) => archiveModule().then((m) => m.containerChanges(ctx, getContainer(ctx, input))),
    commitContainer: (input, options) => commitModule().then((m) => m.commitContainer(ctx, getContainer(ctx, input), options)),
    archiveStat: (input, path) => archiveModule().then((m) => m.archiveStat(ctx, getContainer(ctx, input), path)),
    archiveGet: (input, path, follow) => archiveModule().then((m) => m.archiveGet(ctx, getContainer(ctx, input), path, follow)),
    archivePut: (input, dir, name, node) => archiveModule().then((m) => m.archivePut(ctx, getContainer(ctx, input), dir, name, node)),
    exportContainer: (input) => archiveModule().then((m) => m.exportContainer(ctx, getContainer(ctx, input))),
    volumes: () => listVolumes(ctx),
    createVolume: (name) => ensureVolume(ctx, name),
    async removeVolume(name, force = false) {
      const known = (await listVolumes(ctx)).some((v) => v.name === name)
      if (!known) {
        if (force) return
        throw new EngineError('not_found', `get ${name}: no such volume`)
      }
      const users = [...ctx.containers.values()].filter((c) => c.mounts?.some((m) => m.type === 'volume' && m.name === name))
      if (users.length) throw new EngineError('conflict', `remove ${name}: volume is in use - [${users.map((c) => c.id).join(', ')}]`)
      await removeVolume(ctx, name)
    },
    async pruneVolumes(all = false) {
      const used = new Set<string>()
      for (const c of ctx.containers.values()) for (const m of c.mounts ?? []) if (m.type === 'volume' && m.name) used.add(m.name)
      const deleted: string[] = []
      let reclaimed = 0
      // The volume store lists by name; moby's pruner walks that list.
      for (const v of (await listVolumes(ctx)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (used.has(v.name) || (!all && !v.anonymous)) continue
        reclaimed += treeSize(v.tree)
        await removeVolume(ctx, v.name)
        deleted.push(v.name)
      }
      return { deleted, reclaimed }
    },
    async updateContainer(input, update) {
      const c = getContainer(ctx, input)
      if (update.restart) {
        if (update.restart.name !== 'no' && c.hostConfig.autoRemove) throw new EngineError('invalid_argument', 'Cannot update container ' + c.id + ': can\'t create \'AutoRemove\' container with restart policy')
        c.hostConfig.restartPolicy = update.restart
      }
      await flushContainer(ctx, c)
    },
    restartContainers: () => restartContainers(ctx),
  }
}

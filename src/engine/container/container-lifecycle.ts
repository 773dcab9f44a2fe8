/** Starting, stopping and reaping containers (moby's daemon/start.go, stop.go, kill.go, monitor.go).
 *  Start: mount the rootfs and the mounts, join the bridge (address, published ports), make the runtime's sandbox,
 *  check the command, start the main process. The container then lives as long as that process: when it exits the
 *  sandbox goes, the address and ports are freed, waiters hear the status, and the restart policy may bring the
 *  container back (unless someone stopped it, or the daemon is shutting down). */
import { EngineError } from '../engine-error'
import { randomHex } from '../random'
import type { DaemonContext } from '../daemon/daemon-context'
import type { EngineEvent } from '../events'
import type { ContainerRecord, LogEntry } from './container-record'
import { startFailureMessage, type ContainerStdio, type OutputSink, type ProcessSpec, type SignalName } from './runtime'
import { createStdinHub, moduleState, type AttachedClient } from './container-state'
import { allocateIp, BRIDGE, publishPorts, randomMac } from './container-network'
import { containerView, mountRootfs, saveVolumesOf } from './container-rootfs'
import { loadVolumes, removeVolume } from './volumes'
import { processEnv } from './process-env'

export function flushContainer(ctx: DaemonContext, c: ContainerRecord, events: EngineEvent[] = []): Promise<void> {
  if (!ctx.containers.has(c.id)) { for (const e of events) ctx.events.emit(e); return Promise.resolve() }
  return ctx.commit({ put: [{ table: 'containers', key: c.id, row: c as unknown as ContainerRecord & Record<string, unknown> }] }, events)
}

/** The json-file driver keeps every line unless max-size is set; the sandbox keeps the last 100,000 per container
 *  (trimmed in batches, so appending stays O(1)) to bound what a page stores. */
const MAX_LOG_ENTRIES = 100_000
const LOG_TRIM_SLACK = 5_000

/** The container's stdout or stderr: lines go to its log (one entry per line, as the json-file driver keeps them)
 *  and, as written, to every attached client. */
function logSink(ctx: DaemonContext, c: ContainerRecord, stream: 'stdout' | 'stderr', toClients = true): OutputSink & { flush(): void } {
  const s = moduleState(ctx)
  let partial = ''
  const decoder = new TextDecoder()
  const add = (data: string) => {
    const t = ctx.clock.now()
    // The json-file driver stamps each line in nanoseconds; the clock counts milliseconds, so the rest is made up,
    // repeatably, and grows within a millisecond.
    const last = c.logs[c.logs.length - 1]
    const n = last && last.t === t && last.n !== undefined ? Math.min(999_999, last.n + 1_000 + (s.logSeq * 7_919) % 9_000) : 100_000 + (s.logSeq * 104_729) % 800_000
    const entry: LogEntry = { t, n, stream, data }
    c.logs.push(entry)
    if (c.logs.length > MAX_LOG_ENTRIES + LOG_TRIM_SLACK) c.logs.splice(0, c.logs.length - MAX_LOG_ENTRIES)
    s.logSeq++
    for (const f of s.followers.get(c.id) ?? []) f(entry)
  }
  return {
    write(data) {
      const text = typeof data === 'string' ? data : decoder.decode(data)
      if (toClients) for (const client of s.clients.get(c.id) ?? []) (stream === 'stdout' ? client.stdout : client.stderr).write(data)
      partial += text
      let nl = partial.indexOf('\n')
      while (nl >= 0) {
        add(partial.slice(0, nl + 1))
        partial = partial.slice(nl + 1)
        nl = partial.indexOf('\n')
      }
      ctx.touch(c.id)
    },
    flush() { if (partial) { add(partial); partial = '' } },
  }
}

/** Resolves a container the way the daemon's GetContainer does: exact name, full ID, then a unique ID prefix. */
export function findContainer(ctx: DaemonContext, input: string): ContainerRecord | undefined {
  const name = input.replace(/^\//, '')
  for (const c of ctx.containers.values()) if (c.name === name || c.id === input) return c
  if (!/^[0-9a-f]+$/.test(input)) return undefined
  const matches = [...ctx.containers.values()].filter((c) => c.id.startsWith(input))
  return matches.length === 1 ? matches[0] : undefined
}

export function getContainer(ctx: DaemonContext, input: string): ContainerRecord {
  const c = findContainer(ctx, input)
  if (!c) throw new EngineError('not_found', `No such container: ${input}`)
  return c
}

export const notRunning = (c: ContainerRecord) => new EngineError('conflict', `container ${c.id} is not running`)

export function mainProcessSpec(c: ContainerRecord): ProcessSpec {
  return { argv: [c.path, ...c.args], env: processEnv(c, c.config.tty, []), cwd: c.config.workingDir || '/', user: c.config.user, tty: c.config.tty }
}

export interface StartAttach {
  client?: AttachedClient
  /** The client's stdin, fed to the container's (when it was created with -i). */
  stdin?: { read(): Promise<string | Uint8Array | null> }
  terminal?: unknown
}

/** Starts the main process. Resolves once it runs; the record's state follows the process from then on. */
export function stdinHub(ctx: DaemonContext, c: ContainerRecord) {
  const s = moduleState(ctx)
  let hub = s.stdin.get(c.id)
  if (!hub) { hub = createStdinHub(); s.stdin.set(c.id, hub) }
  return hub
}

/** What a client attached at start can undo: it stops receiving output and feeding input (docker's detach). */
export interface Attachment { detach(): void }

export async function startContainer(ctx: DaemonContext, c: ContainerRecord, attach: StartAttach = {}): Promise<Attachment> {
  const s = moduleState(ctx)
  if (c.state.status === 'paused') throw new EngineError('conflict', 'cannot start a paused container, try unpause instead')
  if (c.state.status === 'running') return { detach() {} }
  s.restarts.get(c.id)?.()
  s.restarts.delete(c.id)
  s.stopping.delete(c.id)
  await loadVolumes(ctx)
  const rootfs = await mountRootfs(ctx, c)
  ctx.events.emit({ module: 'graphdriver', type: 'rw.mounted', id: c.id, layers: rootfs.lowerCount })

  const endpointId = randomHex(ctx.random, 64)
  let network: ContainerRecord['network']
  let published: ReturnType<typeof publishPorts>['published'] = []
  try {
    const ip = allocateIp(ctx)
    const ports = publishPorts(ctx, c, endpointId)
    published = ports.published
    network = { ip, mac: randomMac(ctx), ports: ports.ports, sandboxId: randomHex(ctx.random, 64), endpointId }
  } catch (e) {
    c.state.error = (e as Error).message
    await flushContainer(ctx, c)
    throw e
  }
  c.network = network
  const fs = containerView(ctx, c, rootfs)
  ctx.runtime.createSandbox({ containerId: c.id, hostname: c.config.hostname, fs, network: { ip: network.ip, gateway: BRIDGE.gateway, mac: network.mac, ports: published }, tty: c.config.tty })
  const spec = mainProcessSpec(c)
  const failure = ctx.runtime.check(c.id, spec)
  if (failure) {
    ctx.runtime.destroySandbox(c.id)
    c.network = undefined
    c.state.exitCode = failure.reason === 'permission_denied' || failure.reason === 'is_directory' ? 126 : 127
    c.state.error = startFailureMessage(failure, 'create')
    await flushContainer(ctx, c)
    if (c.hostConfig.autoRemove && !c.startedBefore) await removeRecord(ctx, c, true)
    throw new EngineError(c.state.exitCode === 126 ? 'permission_denied' : 'exec_not_found', c.state.error)
  }

  const offClient = attach.client ? addClient(ctx, c, attach.client) : () => {}
  let stdin: ContainerStdio['stdin'] = null
  let offStdin = () => {}
  if (c.config.openStdin) {
    stdin = stdinHub(ctx, c)
    if (attach.stdin) offStdin = pumpStdin(ctx, c, attach.stdin)
  }
  const stdout = logSink(ctx, c, 'stdout')
  const stderr = logSink(ctx, c, c.config.tty ? 'stdout' : 'stderr')
  const proc = ctx.runtime.start(c.id, spec, { stdin, stdout, stderr, log: logSink(ctx, c, 'stdout', false) })
  if (attach.terminal && c.config.tty) ctx.runtime.attachTerminal(c.id, attach.terminal)
  ctx.processes.set(c.id, proc)
  c.manuallyStopped = false
  c.stoppedWithDaemon = false
  c.startedBefore = true
  c.state = { status: 'running', pid: proc.pid, exitCode: 0, startedAt: ctx.clock.now(), finishedAt: c.state.finishedAt, error: '' }
  await flushContainer(ctx, c, [{ module: 'container', type: 'container.started', id: c.id }])
  const reaped = proc.exited.then((code) => { stdout.flush(); stderr.flush(); return onExit(ctx, c, code) })
  s.reaped.set(c.id, reaped)
  void reaped.finally(() => { if (s.reaped.get(c.id) === reaped) s.reaped.delete(c.id) })
  return {
    detach() {
      offClient()
      offStdin()
      if (attach.terminal && c.config.tty) ctx.runtime.attachTerminal(c.id, null)
    },
  }
}

/** Feeds a client's input to the container's stdin until the client's input ends (then, for StdinOnce, the
 *  container's stdin ends too) or the client goes away. Returns a function that stops feeding. */
export function pumpStdin(ctx: DaemonContext, c: ContainerRecord, input: { read(): Promise<string | Uint8Array | null> }): () => void {
  let stopped = false
  void (async () => {
    for (;;) {
      let chunk: string | Uint8Array | null
      try { chunk = await input.read() } catch { return }
      if (stopped) return
      const hub = stdinHub(ctx, c)
      if (chunk === null) { if (c.config.stdinOnce) hub.close(); return }
      hub.push(chunk)
    }
  })()
  return () => { stopped = true }
}

export function addClient(ctx: DaemonContext, c: ContainerRecord, client: AttachedClient): () => void {
  const s = moduleState(ctx)
  let set = s.clients.get(c.id)
  if (!set) { set = new Set(); s.clients.set(c.id, set) }
  set.add(client)
  return () => { set!.delete(client) }
}

async function onExit(ctx: DaemonContext, c: ContainerRecord, code: number): Promise<void> {
  const s = moduleState(ctx)
  ctx.processes.delete(c.id)
  ctx.runtime.destroySandbox(c.id)
  s.stdin.get(c.id)?.close()
  s.stdin.delete(c.id)
  s.clients.delete(c.id)
  c.network = undefined
  const ranFor = ctx.clock.now() - c.state.startedAt
  c.state = { ...c.state, status: 'exited', pid: 0, exitCode: code, finishedAt: ctx.clock.now() }
  await saveVolumesOf(ctx, c)
  for (const f of s.followers.get(c.id) ?? []) f(null)
  const waiters = ctx.waiters.get(c.id) ?? []
  ctx.waiters.delete(c.id)
  const exited: EngineEvent = { module: 'container', type: 'container.exited', id: c.id, exitCode: code }
  if (c.hostConfig.autoRemove && ctx.containers.has(c.id)) {
    for (const w of waiters) w(code)
    await removeRecord(ctx, c, true, [exited])
    return
  }
  const restart = !s.stopping.has(c.id) && !s.daemonStopping && !c.manuallyStopped && shouldRestart(c, code)
  if (restart) {
    c.state.status = 'restarting'
    c.restartCount++
  }
  await flushContainer(ctx, c, [exited])
  for (const w of waiters) w(code)
  if (restart) scheduleRestart(ctx, c, ranFor)
}

function shouldRestart(c: ContainerRecord, code: number): boolean {
  const p = c.hostConfig.restartPolicy
  if (p.name === 'always' || p.name === 'unless-stopped') return true
  if (p.name === 'on-failure') return code !== 0 && (p.maximumRetryCount === 0 || c.restartCount < p.maximumRetryCount)
  return false
}

/** moby's restart manager: 100 ms, doubling while the container keeps failing fast, reset after 10 s of running. */
const backoff = new WeakMap<ContainerRecord, number>()
function scheduleRestart(ctx: DaemonContext, c: ContainerRecord, ranFor: number): void {
  const s = moduleState(ctx)
  const delay = ranFor >= 10_000 ? 100 : Math.min(60_000, (backoff.get(c) ?? 50) * 2)
  backoff.set(c, delay)
  let cancelled = false
  const abort: (() => void)[] = []
  s.restarts.set(c.id, () => { cancelled = true; for (const a of abort) a() })
  void ctx.clock.sleep(delay, { get aborted() { return cancelled }, onAbort: (cb) => abort.push(cb) }).then(async () => {
    if (cancelled || s.daemonStopping || !ctx.containers.has(c.id) || c.state.status !== 'restarting') return
    s.restarts.delete(c.id)
    c.state.status = 'exited'
    try { await startContainer(ctx, c) } catch { /* the record says why */ }
  })
}


/** Resolves with the exit status: at once when the container is not running ('not-running'), at its next exit
 *  ('next-exit'), or once it is removed ('removed'). */
export function waitContainer(ctx: DaemonContext, c: ContainerRecord, condition: 'not-running' | 'next-exit' | 'removed' = 'not-running'): Promise<number> {
  if (condition === 'removed') {
    return new Promise((resolve) => {
      if (!ctx.containers.has(c.id)) { resolve(c.state.exitCode); return }
      const off = ctx.events.subscribe((e) => {
        if (e.module === 'container' && e.type === 'container.removed' && e.id === c.id) { off(); resolve(c.state.exitCode) }
      })
    })
  }
  if (condition === 'not-running' && c.state.status !== 'running' && c.state.status !== 'paused' && c.state.status !== 'restarting') return Promise.resolve(c.state.exitCode)
  return new Promise((resolve) => ctx.waiters.set(c.id, [...(ctx.waiters.get(c.id) ?? []), resolve]))
}

const SIGNALS: Record<string, SignalName> = {
  HUP: 'SIGHUP', INT: 'SIGINT', QUIT: 'SIGQUIT', KILL: 'SIGKILL', TERM: 'SIGTERM', WINCH: 'SIGWINCH', STOP: 'SIGSTOP', CONT: 'SIGCONT',
  1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 9: 'SIGKILL', 15: 'SIGTERM', 28: 'SIGWINCH', 19: 'SIGSTOP', 18: 'SIGCONT',
}
/** Signals the daemon accepts but nothing in the sandbox reacts to (they are ignored, not fatal). */
const INERT = new Set(['USR1', 'USR2', 'ALRM', 'PIPE', 'CHLD', 'TRAP', 'ABRT', 'URG', 'IO', 'PWR', 'SYS', 'TTIN', 'TTOU', 'PROF', 'VTALRM', 'XCPU', 'XFSZ', 'BUS', 'FPE', 'ILL', 'SEGV', 'STKFLT', 'TSTP', 'POLL', 'IOT'])

/** moby's signal.ParseSignal: `KILL`, `SIGKILL` or `9`. Undefined for an inert signal; throws for an unknown one. */
export function parseSignal(text: string): SignalName | null {
  const name = text.toUpperCase().replace(/^SIG/, '')
  if (SIGNALS[name]) return SIGNALS[name]
  if (INERT.has(name) || (/^\d+$/.test(name) && Number(name) > 0 && Number(name) <= 64)) return null
  throw new EngineError('invalid_argument', `Invalid signal: ${text}`)
}

export async function killContainer(ctx: DaemonContext, input: string, signal = 'SIGKILL'): Promise<void> {
  const c = findContainer(ctx, input)
  if (!c) throw new EngineError('not_found', `cannot kill container: ${input}: No such container: ${input}`)
  const sig = parseSignal(signal)
  const proc = ctx.processes.get(c.id)
  if (!proc || (c.state.status !== 'running' && c.state.status !== 'paused')) {
    throw new EngineError('conflict', `cannot kill container: ${input}: container ${c.id} is not running`)
  }
  c.manuallyStopped = true
  if (sig === null) return
  if (sig === 'SIGKILL') moduleState(ctx).stopping.add(c.id)
  proc.kill(sig)
  if (sig === 'SIGKILL') { await proc.exited; await settled(ctx, c) }
}

/** docker stop: the stop signal, `timeout` seconds (-1 = for ever), then SIGKILL. Stopping a stopped container is
 *  not an error. */
export async function stopContainer(ctx: DaemonContext, c: ContainerRecord, options: { signal?: string; timeout?: number } = {}): Promise<void> {
  const s = moduleState(ctx)
  c.manuallyStopped = true
  if (c.state.status === 'restarting') {
    s.restarts.get(c.id)?.()
    s.restarts.delete(c.id)
    c.state.status = 'exited'
    await flushContainer(ctx, c)
    return
  }
  const proc = ctx.processes.get(c.id)
  if (!proc) { await flushContainer(ctx, c); return }
  s.stopping.add(c.id)
  const sig = parseSignal(options.signal ?? c.config.stopSignal ?? 'SIGTERM')
  const timeout = options.timeout ?? c.config.stopTimeout ?? 10
  if (sig) proc.kill(sig)
  let done = false
  const abort: (() => void)[] = []
  const exited = proc.exited.then(() => { done = true; for (const a of abort) a() })
  if (timeout >= 0) {
    await Promise.race([exited, ctx.clock.sleep(timeout * 1000, { get aborted() { return done }, onAbort: (cb) => abort.push(cb) })])
  } else {
    await exited
  }
  if (!done) {
    proc.kill('SIGKILL')
    await exited
  }
  // Let the exit handler record the status before the client asks.
  await settled(ctx, c)
}

/** Resolves once the exit of `c`'s process has been recorded (status, waiters, restart decision, --rm). */
function settled(ctx: DaemonContext, c: ContainerRecord): Promise<void> {
  return moduleState(ctx).reaped.get(c.id) ?? Promise.resolve()
}

export async function restartContainer(ctx: DaemonContext, c: ContainerRecord, options: { signal?: string; timeout?: number } = {}): Promise<void> {
  await stopContainer(ctx, c, options)
  if (!ctx.containers.has(c.id)) throw new EngineError('not_found', `No such container: ${c.id}`)
  await startContainer(ctx, c)
}

export async function pauseContainer(ctx: DaemonContext, c: ContainerRecord): Promise<void> {
  if (c.state.status === 'paused') throw new EngineError('conflict', `Container ${c.id} is already paused`)
  if (c.state.status !== 'running') throw notRunning(c)
  ctx.runtime.pause(c.id)
  c.state.status = 'paused'
  await flushContainer(ctx, c, [{ module: 'container', type: 'container.paused', id: c.id }])
}

export async function unpauseContainer(ctx: DaemonContext, c: ContainerRecord): Promise<void> {
  if (c.state.status !== 'paused') throw new EngineError('conflict', `Container ${c.id} is not paused`)
  ctx.runtime.unpause(c.id)
  c.state.status = 'running'
  await flushContainer(ctx, c, [{ module: 'container', type: 'container.unpaused', id: c.id }])
}

/** Deletes the record (and, with `volumes`, its anonymous volumes no other container uses). */
export async function removeRecord(ctx: DaemonContext, c: ContainerRecord, volumes: boolean, events: EngineEvent[] = []): Promise<void> {
  if (!ctx.containers.has(c.id)) return
  ctx.containers.delete(c.id)
  const s = moduleState(ctx)
  s.followers.delete(c.id)
  s.removedExit.set(c.id, c.state.exitCode)
  await ctx.commit({ delete: [{ table: 'containers', key: c.id }] }, [...events, { module: 'container', type: 'container.removed', id: c.id }])
  if (!volumes) return
  for (const m of c.mounts ?? []) {
    if (m.type !== 'volume' || !m.anonymous) continue
    const inUse = [...ctx.containers.values()].some((o) => o.mounts?.some((om) => om.name === m.name))
    if (!inUse) await removeVolume(ctx, m.name!)
  }
}

export async function removeContainer(ctx: DaemonContext, input: string, options: { force?: boolean; volumes?: boolean } = {}): Promise<void> {
  const c = getContainer(ctx, input)
  const s = moduleState(ctx)
  if (!options.force) {
    if (c.state.status === 'paused') throw new EngineError('conflict', `cannot remove container "${input}": container is paused and must be unpaused first`)
    if (c.state.status === 'running') throw new EngineError('conflict', `cannot remove container "${input}": container is running: stop the container before removing or force remove`)
    if (c.state.status === 'restarting') throw new EngineError('conflict', `cannot remove container "${input}": container is restarting: stop the container before removing or force remove`)
  }
  s.restarts.get(c.id)?.()
  s.restarts.delete(c.id)
  const proc = ctx.processes.get(c.id)
  if (proc) {
    s.stopping.add(c.id)
    c.manuallyStopped = true
    proc.kill('SIGKILL')
    await proc.exited
    await settled(ctx, c)
  }
  await removeRecord(ctx, c, options.volumes ?? false)
}

/** Every container the restart policy should bring back when the daemon starts (moby's restore). */
export async function restartContainers(ctx: DaemonContext): Promise<void> {
  const s = moduleState(ctx)
  s.daemonStopping = false
  for (const c of [...ctx.containers.values()].sort((a, b) => a.created - b.created)) {
    if (ctx.processes.has(c.id) || !c.startedBefore) continue
    const p = c.hostConfig.restartPolicy.name
    const diedWithDaemon = c.state.exitCode === 255 || c.stoppedWithDaemon === true
    const back = p === 'always' || (p === 'unless-stopped' && !c.manuallyStopped) || (p === 'on-failure' && diedWithDaemon && !c.manuallyStopped)
    if (!back) continue
    if (c.state.status === 'restarting' || c.state.status === 'running' || c.state.status === 'paused') c.state.status = 'exited'
    try { await startContainer(ctx, c) } catch { /* the record says why */ }
  }
}

/** The daemon is going down: every container is stopped (stop signal, then SIGKILL), and nothing restarts. */
export async function shutdownContainers(ctx: DaemonContext): Promise<void> {
  const s = moduleState(ctx)
  s.daemonStopping = true
  for (const cancel of s.restarts.values()) cancel()
  s.restarts.clear()
  await Promise.all([...ctx.containers.values()].filter((c) => ctx.processes.has(c.id)).map(async (c) => {
    const keep = c.manuallyStopped
    await stopContainer(ctx, c)
    c.manuallyStopped = keep
    c.stoppedWithDaemon = true
    await flushContainer(ctx, c)
  }))
}

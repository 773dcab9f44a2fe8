/** systemd (PID 1) in miniature, as systemctl talks to it: units loaded from unit files (unit-file.ts), their state
 *  kept in `machine.units` (persisted), their main processes run by the kernel with stdout and stderr going to the
 *  journal. A unit whose ExecStart names a built-in daemon (dockerd, containerd) runs it as a real process and is
 *  active once the process reports READY (sd_notify, `notifyReady`); the base system's services (sshd, crond, …)
 *  only change state. A daemon that dies is marked failed and, with Restart=always, started again.
 *  Loading: a unit's text is loaded when first used in a boot and at daemon-reload; systemctl warns when the files
 *  differ from what was loaded, and starts use the loaded ExecStart — editing docker.service without
 *  daemon-reload changes nothing, as on a real host. A boot (a new Machine object) reloads everything and clears
 *  the journal (CentOS 7 keeps it in /run). Not modelled: automatic restarts' holdoff delay and start limits. */
import type { Engine } from '../engine/daemon/engine'
import { BASE_SERVICES, type BaseService } from './centos-base'
import type { Fs } from './fs'
import { JOURNAL_LIMIT, journalWriter, type JournalEntry } from './journal'
import type { Kernel } from './kernel'
import type { HostServices } from './process'
import { emptyReader } from './stream'
import { execArgv, findUnitFile, unitName, type UnitFile } from './unit-file'

export interface UnitRecord {
  enabled: boolean
  active: boolean
  /** The unit's source as of the last load (daemon-reload or first use in this boot). */
  loaded?: string
  /** The ExecStart loaded with it. */
  execStart?: string
  mainPid?: number
  /** When the unit entered its present state (ms). */
  since?: number
  failed?: boolean
  result?: 'exit-code' | 'signal'
  exitStatus?: number
  /** Last main process (for `Process:` lines of a failed unit). */
  lastExec?: string
  journal?: JournalEntry[]
}

export interface ManagedMachine {
  units: Record<string, { enabled: boolean; active: boolean }>
  readonly fs: Fs
  readonly kernel: Kernel
  readonly engine: Engine
  readonly host: HostServices
}

export type ActiveState = 'active' | 'inactive' | 'failed' | 'activating'

export interface UnitView {
  name: string
  file: UnitFile
  record: UnitRecord
  active: ActiveState
  sub: string
  enabled: 'enabled' | 'disabled' | 'static'
  vendorPreset: 'enabled' | 'disabled'
  base?: BaseService
  needsReload: boolean
}

export type StartResult = { ok: true } | { ok: false; reason: 'not-found' | 'failed' }

export interface ServiceManager {
  /** Resolves once the boot's units are up (see bootServices). */
  ready(): Promise<void>
  view(name: string): UnitView | undefined
  start(name: string): Promise<StartResult>
  stop(name: string): Promise<StartResult>
  restart(name: string): Promise<StartResult>
  /** The symlinks made, as [link, target]; undefined when the unit does not exist. */
  enable(name: string): [string, string][] | undefined
  disable(name: string): string[] | undefined
  daemonReload(): void
  /** Units that can still start `name` (docker.socket for docker.service). */
  triggeredBy(name: string): string[]
  journal(name: string): JournalEntry[]
  log(name: string, ident: string, pid: number, msg: string): void
  /** A process reports READY=1 (sd_notify). */
  notify(pid: number, state: string): void
}

const managers = new WeakMap<object, ServiceManager>()

/** The service manager of a machine (one per boot: made on first use). */
export function serviceManager(machine: ManagedMachine): ServiceManager {
  let m = managers.get(machine)
  if (!m) { m = createServiceManager(machine); managers.set(machine, m) }
  return m
}

/** What a daemon calls when it is ready (sd_notify(0, "READY=1")): reaches PID 1 through the host's machine. */
export function notifyReady(host: HostServices, pid: number): void {
  const machine = host.service<ManagedMachine>('machine')
  if (machine) serviceManager(machine).notify(pid, 'READY=1')
}

/** Starts, at boot, the units that are enabled or were active. Idempotent: the first call in a boot does it
 *  (systemctl makes that call itself, so a machine that only started the engine gets its dockerd process). */
export function bootServices(machine: ManagedMachine): Promise<void> {
  return serviceManager(machine).ready()
}

const keyOf = (unit: string) => unit.replace(/\.service$/, '')

function createServiceManager(machine: ManagedMachine): ServiceManager {
  const fs = machine.fs
  const now = () => machine.host.now()
  const ready = new Map<number, () => void>()
  const exits = new Map<number, Promise<number>>()
  const stopping = new Set<number>()

  const record = (unit: string): UnitRecord => {
    const key = keyOf(unit)
    let r = machine.units[key] as UnitRecord | undefined
    if (!r) {
      const base = BASE_SERVICES.find((s) => `${s.unit}.service` === unit)
      const file = base ? findUnitFile(fs, unit) : undefined
      const enabled = !!file && isEnabled(file) === 'enabled'
      r = { enabled, active: enabled }
      machine.units[key] = r
    }
    return r
  }

  // A new boot: units load afresh, the volatile journal starts empty, the base services run if enabled. A record
  // that says enabled without its symlink (a scenario set it) gets the symlink, so the disk tells the truth.
  for (const [key, rec] of Object.entries(machine.units) as [string, UnitRecord][]) {
    if (BASE_SERVICES.some((b) => b.unit === key)) { delete machine.units[key]; continue }
    for (const k of ['loaded', 'execStart', 'since', 'mainPid', 'failed', 'result', 'exitStatus', 'lastExec'] as const) delete rec[k]
    rec.journal = []
    const file = findUnitFile(fs, unitName(key))
    if (rec.enabled && file) {
      for (const target of file.get('Install', 'WantedBy').flatMap((t) => t.split(/\s+/))) {
        const link = `/etc/systemd/system/${target}.wants/${file.name}`
        try { if (!fs.lstat(link)) { if (!fs.stat(link.slice(0, link.lastIndexOf('/')))) fs.mkdir(link.slice(0, link.lastIndexOf('/')), { parents: true }); fs.symlink(file.path, link) } } catch { /* read-only */ }
      }
    }
  }
  // /run is a tmpfs: a pid file from before the boot is gone.
  try { if (fs.lstat('/run/docker.pid')) fs.unlink('/run/docker.pid') } catch { /* none */ }
  const bootTime = now()

  const log = (unit: string, ident: string, pid: number, msg: string) => {
    const r = record(unit)
    const j = (r.journal ??= [])
    j.push({ t: now(), ident, pid, msg })
    if (j.length > JOURNAL_LIMIT) j.splice(0, j.length - JOURNAL_LIMIT)
  }
  const sys = (unit: string, msg: string) => log(unit, 'systemd', 1, msg)

  const load = (unit: string, file: UnitFile, force = false) => {
    const r = record(unit)
    if (r.loaded === undefined || force) {
      r.loaded = file.source
      const execs = file.get('Service', 'ExecStart')
      r.execStart = execs[execs.length - 1]
    }
    return r
  }

  const isEnabled = (file: UnitFile): UnitView['enabled'] => {
    const targets = file.get('Install', 'WantedBy').flatMap((v) => v.split(/\s+/))
    if (targets.length === 0) return 'static'
    return targets.some((t) => fs.lstat(`/etc/systemd/system/${t}.wants/${file.name}`)) ? 'enabled' : 'disabled'
  }

  const view = (name: string): UnitView | undefined => {
    const unit = unitName(name)
    const file = findUnitFile(fs, unit)
    if (!file) return undefined
    const r = load(unit, file)
    const base = BASE_SERVICES.find((s) => `${s.unit}.service` === unit)
    if (base && r.since === undefined && r.active) { r.since = bootTime - 60_000; r.mainPid = base.pid }
    // Base services and sockets have no process of their own here; a daemon is alive while its process is.
    const alive = r.mainPid !== undefined && (base !== undefined || unit.endsWith('.socket') || machine.kernel.processes().has(r.mainPid))
    const active: ActiveState = r.active && alive ? 'active' : r.failed ? 'failed' : 'inactive'
    const sub = active === 'active' ? (unit.endsWith('.socket') ? 'listening' : 'running') : active === 'failed' ? 'failed' : 'dead'
    const enabled = isEnabled(file)
    r.enabled = enabled === 'enabled'
    return {
      name: unit, file, record: r, active, sub, enabled, base,
      vendorPreset: base?.vendorPreset ?? 'disabled',
      needsReload: r.loaded !== file.source,
    }
  }

  const description = (v: UnitView) => v.file.first('Unit', 'Description') ?? v.name

  async function startUnit(name: string): Promise<StartResult> {
    const v = view(name)
    if (!v) return { ok: false, reason: 'not-found' }
    if (v.active === 'active') return { ok: true }
    const r = v.record
    // Requires= and Wants= come up first (docker.socket, containerd.service).
    for (const dep of [...v.file.get('Unit', 'Requires'), ...v.file.get('Unit', 'Wants')].flatMap((d) => d.split(/\s+/))) {
      if (dep.endsWith('.target')) continue
      if (findUnitFile(fs, dep)) await startUnit(dep)
    }
    if (v.name.endsWith('.socket')) {
      Object.assign(r, { active: true, failed: false, since: now(), mainPid: 0 })
      sys(v.name, `Listening on ${description(v)}.`)
      return { ok: true }
    }
    sys(v.name, `Starting ${description(v)}...`)
    if (v.base || !r.execStart) {
      Object.assign(r, { active: true, failed: false, since: now(), mainPid: v.base?.pid ?? 0 })
      sys(v.name, `Started ${description(v)}.`)
      return { ok: true }
    }
    const argv = execArgv(r.execStart)
    const comm = argv[0].split('/').pop()!
    let pid = 0
    const out = journalWriter((msg) => log(v.name, comm, pid, msg))
    const handle = machine.kernel.spawn({
      argv, fs, env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin', NOTIFY_SOCKET: '/run/systemd/notify', LANG: 'en_US.UTF-8' },
      cwd: '/', host: machine.host, stdin: emptyReader, stdout: out, stderr: out, tty: null, shellName: 'systemd',
    })
    pid = handle.pid
    exits.set(pid, handle.exited)
    void handle.exited.finally(() => exits.delete(pid))
    r.lastExec = r.execStart
    const notified = new Promise<'ready'>((resolve) => ready.set(pid, () => resolve('ready')))
    const outcome = await Promise.race([notified, handle.exited.then((code) => code)])
    ready.delete(pid)
    if (outcome !== 'ready') {
      out.close?.()
      fail(v, pid, outcome)
      sys(v.name, `Failed to start ${description(v)}.`)
      sys(v.name, `Unit ${v.name} entered failed state.`)
      sys(v.name, `${v.name} failed.`)
      return { ok: false, reason: 'failed' }
    }
    Object.assign(r, { active: true, failed: false, since: now(), mainPid: pid, result: undefined, exitStatus: undefined })
    sys(v.name, `Started ${description(v)}.`)
    void handle.exited.then((code) => exitedLater(v.name, pid, code))
    return { ok: true }
  }

  /** Records a main process that ended with `code` (128+n: killed by signal n). */
  function fail(v: UnitView, pid: number, code: number) {
    const r = v.record
    const signal = code > 128
    Object.assign(r, { active: false, failed: true, since: now(), mainPid: pid, result: signal ? 'signal' : 'exit-code', exitStatus: signal ? code - 128 : code })
    sys(v.name, signal ? `${v.name}: main process exited, code=killed, status=${code - 128}/${SIGNAL_NAMES[code - 128] ?? code - 128}` : `${v.name}: main process exited, code=exited, status=${code}/${code === 1 ? 'FAILURE' : code}`)
    if (v.name === 'docker.service' && machine.engine.isRunning()) void machine.engine.stop()
  }

  /** A running unit's main process ended without a stop: failed, and restarted when Restart= says so. */
  async function exitedLater(unit: string, pid: number, code: number) {
    if (stopping.has(pid)) return
    const v = view(unit)
    if (!v || v.record.mainPid !== pid || !v.record.active) return
    fail(v, pid, code)
    sys(unit, `Unit ${unit} entered failed state.`)
    sys(unit, `${unit} failed.`)
    const restart = v.file.first('Service', 'Restart') ?? 'no'
    if (restart === 'always' || (restart === 'on-failure' && code !== 0)) {
      sys(unit, `${unit} holdoff time over, scheduling restart.`)
      sys(unit, `Stopped ${description(v)}.`)
      await startUnit(unit)
    }
  }

  async function stopUnit(name: string): Promise<StartResult> {
    const v = view(name)
    if (!v) return { ok: false, reason: 'not-found' }
    const r = v.record
    if (v.active !== 'active') { if (r.failed) { r.failed = false; r.active = false } return { ok: true } }
    sys(v.name, `Stopping ${description(v)}...`)
    const pid = r.mainPid ?? 0
    const proc = !v.base && pid ? machine.kernel.processes().get(pid) : undefined
    if (proc) {
      stopping.add(pid)
      const exited = exits.get(pid)
      proc.kill('SIGTERM')
      if (exited) await exited
      stopping.delete(pid)
    }
    Object.assign(r, { active: false, failed: false, since: now(), result: undefined })
    sys(v.name, `Stopped ${description(v)}.`)
    return { ok: true }
  }

  let booted: Promise<void> | undefined
  async function boot() {
    for (const [key, rec] of Object.entries(machine.units)) {
      const v = view(key)
      if (v && !v.base && (v.enabled === 'enabled' || rec.active) && v.active !== 'active') {
        rec.active = false
        await startUnit(key)
      }
    }
  }

  return {
    ready: () => (booted ??= boot()),
    view,
    start: startUnit,
    stop: stopUnit,
    async restart(name) {
      const v = view(name)
      if (!v) return { ok: false, reason: 'not-found' }
      if (v.active === 'active') await stopUnit(name)
      return startUnit(name)
    },
    enable(name) {
      const v = view(name)
      if (!v) return undefined
      const made: [string, string][] = []
      for (const target of v.file.get('Install', 'WantedBy').flatMap((t) => t.split(/\s+/))) {
        const dir = `/etc/systemd/system/${target}.wants`
        const link = `${dir}/${v.name}`
        if (fs.lstat(link)) continue
        if (!fs.stat(dir)) fs.mkdir(dir, { parents: true })
        fs.symlink(v.file.path, link)
        made.push([link, v.file.path])
      }
      v.record.enabled = true
      return made
    },
    disable(name) {
      const v = view(name)
      if (!v) return undefined
      const removed: string[] = []
      for (const target of v.file.get('Install', 'WantedBy').flatMap((t) => t.split(/\s+/))) {
        const link = `/etc/systemd/system/${target}.wants/${v.name}`
        if (fs.lstat(link)) { fs.unlink(link); removed.push(link) }
      }
      v.record.enabled = false
      return removed
    },
    daemonReload() {
      for (const key of Object.keys(machine.units)) {
        const unit = unitName(key)
        const file = findUnitFile(fs, unit)
        if (file) load(unit, file, true)
      }
    },
    triggeredBy(name) {
      const unit = unitName(name)
      if (unit !== 'docker.service') return []
      const socket = view('docker.socket')
      return socket?.active === 'active' ? ['docker.socket'] : []
    },
    journal: (name) => record(unitName(name)).journal ?? [],
    log: (name, ident, pid, msg) => log(unitName(name), ident, pid, msg),
    notify(pid, state) { if (state.includes('READY=1')) ready.get(pid)?.() },
  }
}

const SIGNAL_NAMES: Record<number, string> = { 1: 'HUP', 2: 'INT', 3: 'QUIT', 6: 'ABRT', 9: 'KILL', 15: 'TERM' }

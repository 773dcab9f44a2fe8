/** The simulated computer: a CentOS 7 host with its disk, kernel, terminal and (when installed) the Docker daemon.
 *  One machine = one world: its disk, units, shell history and the daemon's stores persist through the Storage
 *  port, so everything a learner did survives a reload. The same machine runs in the browser and in Node. */
import type { Clock } from '../engine/clock'
import type { Random } from '../engine/random'
import type { Storage } from '../engine/storage/storage'
import type { Engine } from '../engine/daemon/engine'
import type { Catalog } from '../engine/registry/registry'
import { buildTree, emptyDir, type DirNode } from '../engine/layer/file-tree'
import { createUnionFs, type UnionFs } from '../engine/graphdriver/union-fs'
import { createKernel, type Kernel, type ProgramTable } from './kernel'
import { createTerminalDevice, type TerminalDevice } from './terminal-device'
import type { ContainerRuntime } from './container-runtime'
import { centosBase } from './centos-base'
import { installTree } from './install-tree'
import type { HostServices } from './process'
import type { Fs } from './fs'

export type ScenarioName = 'docker-ready' | 'bare-centos'
export const SCENARIOS: readonly ScenarioName[] = ['docker-ready', 'bare-centos']

export interface UnitState { enabled: boolean; active: boolean }

export interface MachineOptions {
  storage: Storage
  clock: Clock
  random: Random
  programs: ProgramTable
  loadCatalog: () => Promise<Catalog>
  scenario: ScenarioName
  output: (data: string) => void
  cols: number
  rows: number
  /** Services the embedder offers programs (the browser's file editor for vi, say). */
  services?: Record<string, unknown>
  /** Resolve as soon as the host can draw its first prompt, before the daemon's code and stores have loaded
   *  (`ready` says when they have). Programs other than the login shell wait for `ready` before they run, so a
   *  command typed at once still finds the engine. The browser uses this; tests and the batch shell don't. A function
   *  delays the engine further, until the promise it returns resolves (the browser's first paint of the prompt). */
  promptFirst?: boolean | (() => Promise<void>)
}

export interface Machine {
  readonly terminal: TerminalDevice
  /** The daemon's engine; reading it before `ready` has resolved throws. */
  readonly engine: Engine
  /** Resolves once the engine and the container runtime have loaded (at once unless booted with promptFirst). */
  readonly ready: Promise<void>
  readonly fs: UnionFs
  readonly kernel: Kernel
  /** The container runtime; reading it before `ready` has resolved throws. */
  readonly runtime: ContainerRuntime
  readonly host: HostServices
  units: Record<string, UnitState>
  history: string[]
  /** Finished host commands with their exit status, oldest first (lesson goals like commandSucceeded read it). */
  commandLog: { line: string; status: number }[]
  /** Runs login shells on the terminal for ever (a new one when the last exits). */
  run(): Promise<never>
  /** Persists the host disk, units, history and changed containers. */
  sync(): Promise<void>
}

const HOST_ENV = {
  HOME: '/root', USER: 'root', LOGNAME: 'root', SHELL: '/bin/bash', HOSTNAME: 'localhost.localdomain', TERM: 'xterm-256color',
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/root/bin', LANG: 'en_US.UTF-8', PWD: '/root',
}

/** The login shell needs nothing of the daemon; every other program may (docker, ps, the completer's names). */
const LOGIN_SHELLS = new Set(['bash', 'sh'])

export async function bootMachine(o: MachineOptions): Promise<Machine> {
  let engine: Engine | undefined
  let runtime: ContainerRuntime | undefined
  let readDaemonConfig: typeof import('./daemon-config').readDaemonConfig
  let engineStarted = false
  let madeMachine!: (m: Machine) => void
  const machineMade = new Promise<Machine>((resolve) => { madeMachine = resolve })
  // The daemon's code (engine, runtime, netstack, its config reader) and stores. The batch shell and tests load them
  // beside the host's records; with promptFirst they load once the first prompt is up (their evaluation would delay
  // it), or as soon as a program other than the login shell asks for them, whichever comes first.
  let engineReady: Promise<void> | undefined
  let markReady!: (p: Promise<void>) => void
  const ready = new Promise<void>((resolve) => { markReady = resolve })
  const loadEngine = async () => {
    const [{ openEngine }, { createContainerRuntime }, config] = await Promise.all([
      import('../engine/daemon/engine'), import('./container-runtime'), import('./daemon-config'),
    ])
    readDaemonConfig = config.readDaemonConfig
    runtime = createContainerRuntime(kernel, () => o.clock.now(), lazyFs(hostFs), { editor: o.services?.editor })
    const e = await openEngine({ storage: o.storage, clock: o.clock, random: o.random, runtime, loadCatalog: o.loadCatalog })
    engine = e
    const machine = await machineMade
    if (machine.units.docker?.active && machine.fs.stat('/usr/bin/dockerd')) {
      // The engine answers at once; systemd's boot (below) then gives it its dockerd and containerd processes.
      const cfg = readDaemonConfig(machine.fs)
      if (cfg.ok) { e.start(cfg.config); void e.restartContainers() }
    }
    engineStarted = true
    // systemd's bookkeeping (units, journal) loads after the first prompt; the engine already answers.
    void import('./service-manager').then((m) => m.bootServices(machine))
  }
  const startEngine = (): Promise<void> => {
    if (!engineReady) { engineReady = loadEngine(); markReady(engineReady) }
    return engineReady
  }
  // Until then, programs other than the shell wait for them (programs load asynchronously anyway).
  const programs: ProgramTable = Object.fromEntries(Object.entries(o.programs).map(([name, load]) =>
    [name, LOGIN_SHELLS.has(name) ? load : () => (engineStarted ? load() : startEngine().then(load))]))
  const kernel = createKernel(o.clock, programs, 1000)
  // The host disk is built below; the runtime reads it lazily for bind mounts.
  const hostFs: { current?: Fs } = {}
  if (!o.promptFirst) void startEngine()
  const meta = await o.storage.readTable('meta')
  const base = buildTree(centosBase(), Date.UTC(2020, 10, 12))
  const upper = (meta.get('host.rw')?.value as DirNode | undefined) ?? emptyDir(o.clock.now())
  const fresh = !meta.has('host.rw')
  const fs = createUnionFs([base], upper, () => o.clock.now())
  hostFs.current = fs
  let units = (meta.get('host.units')?.value as Record<string, UnitState> | undefined) ?? {}
  const history = (meta.get('shell.history')?.value as string[] | undefined) ?? []
  const commandLog = (meta.get('shell.commands')?.value as Machine['commandLog'] | undefined) ?? []
  if (fresh && o.scenario === 'docker-ready') {
    // Only a new docker-ready world needs the package's files (unit texts and all): load them for it alone.
    const pkg = await import('./docker-package')
    installTree(fs, pkg.dockerPackage(), o.clock.now())
    installTree(fs, pkg.dockerEnabledLinks(), o.clock.now())
    units = { docker: { enabled: true, active: true } }
  }

  const terminal = createTerminalDevice(o.output, o.cols, o.rows)
  const notYet = (what: string): never => { throw new Error(`the ${what} has not loaded yet (await machine.ready)`) }

  const machine: Machine = {
    get engine() { return engine ?? notYet('engine') },
    get runtime() { return runtime ?? notYet('container runtime') },
    ready,
    terminal, fs, kernel, units, history, commandLog,
    host: {
      hostname: 'localhost',
      now: () => o.clock.now(),
      service<T>(name: string): T | undefined {
        const services: Record<string, unknown> = { ...o.services, engine, machine, runtime, kernel, terminal }
        return services[name] as T | undefined
      },
    },
    async run(): Promise<never> {
      for (;;) {
        const login = kernel.spawn({
          argv: ['-bash'], executable: '/bin/bash', fs, env: { ...HOST_ENV }, cwd: '/root', host: machine.host,
          stdin: terminal.stdin, stdout: terminal.stdout, stderr: terminal.stderr, tty: terminal,
        })
        await login.exited
      }
    },
    async sync() {
      await o.storage.commit({
        put: [
          { table: 'meta', key: 'host.rw', row: { key: 'host.rw', value: fs.upper } },
          { table: 'meta', key: 'host.units', row: { key: 'host.units', value: machine.units } },
          { table: 'meta', key: 'shell.history', row: { key: 'shell.history', value: machine.history.slice(-1000) } },
          { table: 'meta', key: 'shell.commands', row: { key: 'shell.commands', value: machine.commandLog.slice(-1000) } },
        ],
      })
      await engine?.flush()
    },
  }
  madeMachine(machine)
  const afterPrompt = typeof o.promptFirst === 'function' ? o.promptFirst : () => Promise.resolve()
  const started = o.promptFirst ? terminal.whenIdle().then(afterPrompt).then(startEngine) : startEngine()
  // A fresh world is rebuilt the same way if the page closes now; saving it need not delay the first prompt.
  if (fresh) void started.then(() => machine.sync())
  if (!o.promptFirst) await started
  return machine
}

/** An Fs that forwards to one made later (the runtime is created before the host disk is read). */
function lazyFs(holder: { current?: Fs }): Fs {
  return new Proxy({} as Fs, { get: (_t, key) => Reflect.get(holder.current as Fs, key) })
}

/** A container's sandbox as its processes see it: a PID namespace (pid 1 is the main process; every program that
 *  starts inside gets the next pid), a freezer (docker pause: waits block until thawed), a network namespace and
 *  a hostname. Programs reach it through `host.service('sandbox')`.
 *
 *  The kernel neither numbers processes per namespace nor freezes them, so the program table wraps every program
 *  (programs/sandboxed.ts): entering the sandbox registers the process, and its waits pass the freezer's gate.
 *  A process that an entrypoint script or gosu `exec`s takes over its parent's pid (`replaceParent`), as exec keeps
 *  the pid — the kernel runs exec'd programs as children, so the program that knows it was exec'd says so. */
import type { NetNamespace } from './netstack'

export interface SandboxProcess {
  readonly nsPid: number
  readonly hostPid: number
  /** The process that spawned this one, when known. */
  parent?: SandboxProcess
  user: string
  started: number
  tty: string
  /** What ps shows as its command line. */
  title: string
  /** Hidden from ps after another process replaced it (exec). */
  hidden: boolean
  /** The program handles signals itself (it registered a handler). */
  handlesSignals: boolean
  /** It is waiting for a child (signals reach the child through it). */
  waitingForChild: number
  /** True for the main process and exec'd processes. */
  root: boolean
  exited: boolean
  /** ms of CPU time it has used, for ps/top's TIME. */
  cpu: number
  /** Takes over the parent's pid (the parent `exec`ed this program). */
  replaceParent(): void
  setTitle(title: string): void
}

export interface Sandbox {
  readonly id: string
  readonly hostname: string
  readonly net: NetNamespace | null
  /** Registers a process that starts in this sandbox. */
  enter(p: { pid: number; argv: readonly string[] }): SandboxProcess
  /** A process the runtime started (main or exec): a root of the process tree, in the table from its spawn on. */
  expectRoot(hostPid: number, argv: readonly string[], tty: string, user: string): void
  /** A program's `spawn` is about to start a child with this argv; `exec`: the child replaces the parent (its pid,
   *  its place in the tree), optionally as another user (gosu). */
  spawning(parent: SandboxProcess, argv: readonly string[], exec?: { user?: string }): void
  /** Resolves with the next process that enters as a child of `parent`. */
  nextChild(parent: SandboxProcess): Promise<SandboxProcess>
  byHostPid(hostPid: number): SandboxProcess | undefined
  /** Live, visible processes in pid order. */
  processes(): SandboxProcess[]
  readonly frozen: boolean
  /** Resolves at once, or when the sandbox is thawed. */
  thawed(): Promise<void>
  freeze(): void
  thaw(): void
  /** The host pid of the shim that runs the sandbox (ppid of its root processes in docker top). */
  readonly shimPid: number
}

export function createSandbox(o: { id: string; hostname: string; net: NetNamespace | null; now: () => number; shimPid: number }): Sandbox {
  let nextPid = 1
  const procs = new Map<number, SandboxProcess>()
  const roots = new Map<number, SandboxProcess>()
  const pending: { parent: SandboxProcess; argv: readonly string[]; exec?: { user?: string } }[] = []
  let gate: { promise: Promise<void>; open: () => void } | null = null
  const childWaiters: { parent: SandboxProcess; resolve: (p: SandboxProcess) => void }[] = []

  /** Which pending spawn made a process with this argv: the kernel may have put an interpreter in front (scripts). */
  function takeParent(argv: readonly string[]): { parent: SandboxProcess; exec?: { user?: string } } | undefined {
    const i = pending.findIndex((s) => {
      const tail = s.argv.slice(1)
      const head = s.argv[0].split('/').pop()
      return argv.length >= s.argv.length && tail.every((a, k) => argv[argv.length - tail.length + k] === a) &&
        argv.slice(0, argv.length - tail.length).some((a) => a === s.argv[0] || a.split('/').pop() === head)
    })
    if (i < 0) return undefined
    return pending.splice(i, 1)[0]
  }

  function register(hostPid: number, argv: readonly string[], parent: SandboxProcess | undefined, tty: string, user: string, exec?: { user?: string }, root = false): SandboxProcess {
    const proc: SandboxProcess = {
      nsPid: nextPid++, hostPid, parent, user, started: o.now(),
      tty, title: argv.join(' '), hidden: false, handlesSignals: false, waitingForChild: 0,
      root, exited: false, cpu: 0,
      replaceParent() {
        const par = proc.parent
        if (!par || par.exited) return
        par.hidden = true
        ;(proc as { nsPid: number }).nsPid = par.nsPid
        proc.parent = par.parent
        proc.root = par.root
        proc.started = par.started
        proc.user = par.user
        proc.tty = par.tty
      },
      setTitle(title) { proc.title = title },
    }
    procs.set(hostPid, proc)
    if (exec) {
      proc.replaceParent()
      if (exec.user) proc.user = exec.user
    }
    const w = childWaiters.findIndex((c) => c.parent === parent)
    if (parent && w >= 0) childWaiters.splice(w, 1)[0].resolve(proc)
    return proc
  }

  const sandbox: Sandbox = {
    id: o.id,
    hostname: o.hostname,
    net: o.net,
    shimPid: o.shimPid,
    enter(p) {
      const root = roots.get(p.pid)
      if (root) {
        roots.delete(p.pid)
        root.title = p.argv.join(' ')
        return root
      }
      const spawned = takeParent(p.argv)
      return register(p.pid, p.argv, spawned?.parent, spawned?.parent?.tty ?? '?', spawned?.parent?.user ?? 'root', spawned?.exec)
    },
    expectRoot(hostPid, argv, tty, user) { roots.set(hostPid, register(hostPid, argv, undefined, tty, user || 'root', undefined, true)) },
    nextChild: (parent) => new Promise((resolve) => childWaiters.push({ parent, resolve })),
    spawning(parent, argv, exec) {
      const same = pending.find((s) => s.parent === parent && s.argv.length === argv.length && s.argv.every((a, i) => a === argv[i]))
      if (same) { if (exec) same.exec = exec; return }
      pending.push({ parent, argv, exec })
    },
    byHostPid: (pid) => procs.get(pid),
    processes: () => [...procs.values()].filter((p) => !p.exited && !p.hidden).sort((a, b) => a.nsPid - b.nsPid),
    get frozen() { return gate !== null },
    thawed: () => gate?.promise ?? Promise.resolve(),
    freeze() {
      if (gate) return
      let open!: () => void
      const promise = new Promise<void>((resolve) => { open = resolve })
      gate = { promise, open }
    },
    thaw() {
      const g = gate
      gate = null
      g?.open()
    },
  }
  return sandbox
}

/** Marks a process gone (the wrapper calls it when the program returns). */
export function leaveSandbox(p: SandboxProcess): void {
  p.exited = true
}

/** The kernel: makes processes out of programs. It finds executables on a filesystem (a file whose node names a
 *  built-in program, or a `#!` script), gives each process its pid, environment and stdio, and delivers signals.
 *  A fatal signal makes the process's current and next waits throw Killed; its exit status is then 128+n.
 *  Programs are loaded on first use (dynamic import), so the first prompt needs only the shell. */
import type { Clock } from '../engine/clock'
import { FsError, type Fs } from './fs'
import { Killed, SIGNAL_NUMBERS, type HostServices, type Process, type Program, type SignalName, type SpawnOptions } from './process'
import { emptyReader, nullWriter, type Reader, type Writer } from './stream'
import type { Tty } from './tty'

// Timers are on every platform the core runs on (see engine/platform.d.ts for the rest); only preempt() uses one.
declare function setTimeout(callback: () => void, ms?: number): unknown

/** Start of the current time slice (real time: this is scheduling, not the machine's clock). */
let sliceStart = Date.now()

/** Preemption for code that could spin without ever waiting (a shell's `while true; do :; done`): once the current
 *  slice of real time is used up, the promise lets the host run a turn (keys, Ctrl-C, painting) before it resolves.
 *  Null while the slice lasts, so a caller pays nothing: `const turn = preempt(); if (turn) await turn`. */
export function preempt(): Promise<void> | null {
  if (Date.now() - sliceStart < 12) return null
  return new Promise<void>((resolve) => setTimeout(() => { sliceStart = Date.now(); resolve() }, 0))
}

export type ProgramTable = Record<string, () => Promise<Program>>

export interface ProcessHandle {
  pid: number
  exited: Promise<number>
  kill(sig: SignalName): void
}

export interface SpawnRequest extends SpawnOptions {
  argv: readonly string[]
  fs: Fs
  env: Record<string, string>
  cwd: string
  host: HostServices
  /** Error prefix for "command not found" ("-bash", "sh"); a child's default is its parent's argv[0]. */
  shellName?: string
  /** The file to execute, when argv[0] is not its name (a login shell's argv[0] is "-bash"). */
  executable?: string
  /** The program the parent runs: busybox's ash words a missing command `sh: foo: not found`. */
  parentProgram?: string
}

export interface Kernel {
  spawn(req: SpawnRequest): ProcessHandle
  which(fs: Fs, name: string, path: string): string | undefined
  /** Live processes (for ps, kill and the foreground job). */
  processes(): ReadonlyMap<number, { argv: readonly string[]; started: number; kill(sig: SignalName): void }>
}

const CATCHABLE: ReadonlySet<SignalName> = new Set(['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGWINCH'])
const IGNORED_BY_DEFAULT: ReadonlySet<SignalName> = new Set(['SIGWINCH', 'SIGCONT'])

export function createKernel(clock: Clock, programs: ProgramTable, firstPid = 1): Kernel {
  let nextPid = firstPid
  const table = new Map<number, { argv: readonly string[]; started: number; kill(sig: SignalName): void }>()
  const loaded = new Map<string, Promise<Program>>()
  const load = (name: string) => {
    let p = loaded.get(name)
    if (!p) { p = programs[name](); loaded.set(name, p) }
    return p
  }

  function which(fs: Fs, name: string, path: string): string | undefined {
    if (name.includes('/')) return fs.stat(name) ? name : undefined
    for (const dir of path.split(':')) {
      if (!dir) continue
      const candidate = `${dir}/${name}`
      const st = fs.stat(candidate)
      if (st && st.type === 'file' && st.mode & 0o111) return candidate
    }
    return undefined
  }

  function spawn(req: SpawnRequest): ProcessHandle {
    const pid = nextPid++
    let fatal: SignalName | undefined
    const abortWaits = new Set<(e: Killed) => void>()
    const handlers = new Set<(sig: SignalName) => void>()
    const kill = (sig: SignalName) => {
      if (handlers.size && CATCHABLE.has(sig)) { for (const h of [...handlers]) h(sig); return }
      if (IGNORED_BY_DEFAULT.has(sig)) return
      fatal ??= sig
      for (const a of [...abortWaits]) a(new Killed(sig))
    }
    const guard = <T>(p: Promise<T>): Promise<T> => {
      if (fatal) {
        // The process is gone, but what it started still settles: its failure is nobody's to report.
        p.catch(() => {})
        return Promise.reject(new Killed(fatal))
      }
      return new Promise<T>((resolve, reject) => {
        const abort = (e: Killed) => { abortWaits.delete(abort); reject(e) }
        abortWaits.add(abort)
        p.then((v) => { abortWaits.delete(abort); resolve(v) }, (e) => { abortWaits.delete(abort); reject(e) })
      })
    }
    const stdin: Reader = req.stdin ?? emptyReader
    const tty = req.tty ?? null
    /** The built-in program this process runs, once found. */
    let running: string | undefined
    const proc: Process = {
      pid,
      argv: req.argv,
      env: { ...req.env },
      cwd: req.cwd,
      fs: req.fs,
      // The wrapper keeps the terminal marker, so a child handed this stdin still sees a tty (isatty).
      stdin: { read: () => guard(stdin.read()), tty: (stdin as { tty?: Tty }).tty } as Reader,
      stdout: pipeGuard(req.stdout ?? nullWriter, () => kill('SIGPIPE')),
      stderr: pipeGuard(req.stderr ?? nullWriter, () => kill('SIGPIPE')),
      tty,
      isatty: (fd) => !!tty && (fd === 0 ? isTtyStream(req.stdin, tty) : isTtyStream(fd === 1 ? req.stdout : req.stderr, tty)),
      host: req.host,
      sleep: (ms) => guard(clock.sleep(ms)),
      wait: guard,
      checkpoint() { if (fatal) throw new Killed(fatal) },
      signal: (sig) => kill(sig),
      onSignal(h) { handlers.add(h); return () => handlers.delete(h) },
      spawn(argv, options = {}) {
        const child = spawn({
          ...req, ...options, argv, executable: undefined, shellName: basename(proc.argv[0]), parentProgram: running, fs: req.fs, env: options.env ?? proc.env, cwd: options.cwd ?? proc.cwd,
          stdin: options.stdin ?? req.stdin, stdout: options.stdout ?? req.stdout, stderr: options.stderr ?? req.stderr,
          tty: options.tty === undefined ? tty : options.tty,
        })
        // A signal that ends the parent's wait is delivered to the child too (the terminal signals the whole group).
        const forward = (sig: SignalName) => child.kill(sig)
        const off = proc.onSignal(forward)
        return child.exited.finally(off)
      },
      which: (name) => which(req.fs, name, proc.env.PATH ?? '/usr/bin:/bin'),
    }
    // In the table before the program starts: a program that ends without waiting (command not found) leaves it
    // in the same turn, and must not leave an entry behind.
    table.set(pid, { argv: req.argv, started: clock.now(), kill })
    const exited = (async (): Promise<number> => {
      try {
        const path = req.executable ?? proc.which(req.argv[0])
        const err = (msg: string) => { proc.stderr.write(`${req.shellName ?? 'bash'}: ${req.argv[0]}: ${msg}\n`) }
        if (!path) {
          if (req.argv[0].includes('/')) { err('No such file or directory'); return 127 }
          err(req.parentProgram === 'busybox' ? 'not found' : 'command not found'); return 127
        }
        const st = req.fs.stat(path)!
        if (st.type === 'dir') { err('Is a directory'); return 126 }
        if (!(st.mode & 0o111)) { err('Permission denied'); return 126 }
        let name = st.program
        let argv = req.argv
        if (!name) {
          const head = new TextDecoder().decode(req.fs.readFile(path).slice(0, 128))
          const m = /^#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(head)
          if (!m) { err('cannot execute binary file'); return 126 }
          const interp = req.fs.stat(m[1])
          if (!interp?.program) { err(`${m[1]}: bad interpreter: No such file or directory`); return 126 }
          name = interp.program
          argv = [m[1], ...(m[2] ? [m[2]] : []), path, ...req.argv.slice(1)]
        }
        if (!programs[name]) { err('cannot execute binary file: Exec format error'); return 126 }
        const program = await load(name)
        running = name
        ;(proc as { argv: readonly string[] }).argv = argv
        return await program(proc)
      } catch (e) {
        if (e instanceof Killed) return 128 + SIGNAL_NUMBERS[e.signal]
        if (fatal) return 128 + SIGNAL_NUMBERS[fatal]
        if (e instanceof FsError) { proc.stderr.write(`${req.argv[0]}: ${e.path}: ${e.errno}\n`); return 1 }
        proc.stderr.write(`${req.argv[0]}: internal error: ${e instanceof Error ? e.message : String(e)}\n`)
        return 1
      } finally {
        table.delete(pid)
      }
    })()
    return { pid, exited, kill }
  }

  return { spawn, which, processes: () => table }
}

const basename = (path: string): string => path.split('/').pop() || path

/** The writer a process sees: a write to a broken pipe raises SIGPIPE (EPIPE is never seen: the signal is fatal). */
function pipeGuard(w: Writer, sigpipe: () => void): Writer {
  const guarded = {
    write(data: Parameters<Writer['write']>[0]) { if (w.broken) sigpipe(); else w.write(data) },
    close: w.close ? () => w.close!() : undefined,
    get broken() { return w.broken },
    // The terminal marker travels with the writer (isatty, and a child handed this writer).
    tty: (w as { tty?: Tty }).tty,
  }
  return guarded as Writer
}

/** A stream is "the terminal" when it is the tty's own reader or writer object. */
function isTtyStream(stream: Reader | Writer | undefined, tty: Tty): boolean {
  return stream !== undefined && (stream as unknown as { tty?: Tty }).tty === tty
}

/** A process: one running program with its own argv, environment, working directory, filesystem view and stdio.
 *  Programs are async functions of a Process that return an exit status; the kernel (os/kernel.ts) makes them.
 *  Signals: a fatal signal makes the process's next wait (sleep, read, checkpoint) throw `Killed`, which the kernel
 *  turns into the exit status 128+n; a program may handle a signal instead with onSignal.
 *  Writing to a pipe whose reader has gone raises SIGPIPE in the writer (fatal: `yes | head -1` ends, status 141). */
import type { Fs } from './fs'
import type { Reader, Writer } from './stream'
import type { Tty } from './tty'

export type SignalName = 'SIGHUP' | 'SIGINT' | 'SIGQUIT' | 'SIGKILL' | 'SIGPIPE' | 'SIGTERM' | 'SIGSTOP' | 'SIGCONT' | 'SIGWINCH'

export const SIGNAL_NUMBERS: Record<SignalName, number> = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGPIPE: 13, SIGTERM: 15, SIGCONT: 18, SIGSTOP: 19, SIGWINCH: 28,
}

/** Thrown out of a process's waits when a signal ends it. Never shown to the user. */
export class Killed extends Error {
  constructor(readonly signal: SignalName) {
    super(`killed by ${signal}`)
  }
}

export interface SpawnOptions {
  stdin?: Reader
  stdout?: Writer
  stderr?: Writer
  env?: Record<string, string>
  cwd?: string
  /** argv[0] as the user typed it (for messages); the program is found from `path`. */
  tty?: Tty | null
}

export interface Process {
  readonly pid: number
  readonly argv: readonly string[]
  /** The environment; a program may change its own copy. */
  readonly env: Record<string, string>
  cwd: string
  readonly fs: Fs
  readonly stdin: Reader
  readonly stdout: Writer
  readonly stderr: Writer
  /** The controlling terminal, when the process has one (it may still have its stdin redirected). */
  readonly tty: Tty | null
  /** Whether fd 0/1/2 is the terminal (isatty(3)). */
  isatty(fd: 0 | 1 | 2): boolean
  /** The machine this process runs on: hostname, services, the program table. */
  readonly host: HostServices
  /** Waits `ms` on the machine clock; throws Killed if a fatal signal arrives first. */
  sleep(ms: number): Promise<void>
  /** Waits for a promise (a daemon call, say); throws Killed if a fatal signal arrives first. */
  wait<T>(promise: Promise<T>): Promise<T>
  /** Throws Killed if a fatal signal is pending. Call it in long loops. */
  checkpoint(): void
  /** Delivers a signal to this process, as kill(getpid(), sig) does. */
  signal(sig: SignalName): void
  /** Handle a signal instead of dying of it; return a function that removes the handler. */
  onSignal(handler: (sig: SignalName) => void): () => void
  /** Runs another program (looked up on PATH unless it contains '/') as a child; resolves to its exit status.
   *  Rejects never: a missing command resolves to 127 after printing bash's message through the caller's stderr. */
  spawn(argv: readonly string[], options?: SpawnOptions): Promise<number>
  /** Finds an executable the way execvp does: the resolved path, or undefined. */
  which(name: string): string | undefined
}

/** What a program may ask of the machine beyond its own process. Grows with the programs. */
export interface HostServices {
  readonly hostname: string
  /** The machine clock (ms since the epoch). */
  now(): number
  /** Named services the machine offers its programs (the docker daemon's API, the process table, …). */
  service<T>(name: string): T | undefined
}

export type Program = (p: Process) => Promise<number>

/** The interpreter's working context: the shell's fixed configuration, its state, and the bookkeeping of what is
 *  running (loop, function and `source` depth, the current line for messages, background jobs).
 *  A subshell gets a copy of the state and its own bookkeeping; the configuration is shared.
 *  Invariant: only the main runtime moves `process.cwd`, so `(cd /tmp)` leaves the shell where it was. */
import type { Process } from '../os/process'
import type { Reader, Writer } from '../os/stream'
import type { Command, Script } from './ast'
import type { Builtin } from './builtin'
import { BrokenPipe } from './control-flow'
import type { Dialect } from './parse-failure'
import type { ShellState } from './shell-state'
import { cloneState } from './shell-state'

export interface Io {
  stdin: Reader
  stdout: Writer
  stderr: Writer
}

export interface ShellConfig {
  readonly process: Process
  readonly dialect: Dialect
  /** $0 and the prefix of messages: `-bash`, `bash`, `sh`, or a script's path. */
  readonly name: string
  readonly interactive: boolean
  /** For messages about syntax errors in non-interactive bash: `-c` or a script path. */
  readonly commandSource?: string
}

export interface Executor {
  script(rt: Runtime, script: Script, io: Io): Promise<number>
  command(rt: Runtime, command: Command, io: Io): Promise<number>
  /** Runs commands in a copy of the runtime; exit, errors and a broken pipe end only the copy. */
  subshell(rt: Runtime, body: Script, io: Io): Promise<number>
  /** Parses and runs source text in this runtime (eval, source, the shell's own `run`). */
  source(rt: Runtime, source: string, io: Io, commandSource?: string): Promise<number>
}

export interface SavedVariable {
  value: string | undefined
  exported: boolean
}

export interface Runtime {
  readonly config: ShellConfig
  readonly state: ShellState
  readonly main: boolean
  readonly exec: Executor
  /** Builtins by name, the default ones and any the shell's creator added. */
  readonly builtins: ReadonlyMap<string, Builtin>
  loopDepth: number
  functionDepth: number
  sourceDepth: number
  /** Above 0 while running a condition (if, while, &&, ||, !): `set -e` does not apply there. */
  testedDepth: number
  /** The line of the command being run, for messages in scripts. */
  line: number
  /** The status of the last command substitution in the current simple command, or null. */
  substitutionStatus: number | null
  /** One frame per function call: the values `local` saved, restored when the function returns. */
  readonly locals: Map<string, SavedVariable>[]
  /** Background jobs still running. */
  readonly jobs: Set<Promise<number>>
}

export function createSubshell(rt: Runtime): Runtime {
  return {
    ...rt,
    state: cloneState(rt.state),
    main: false,
    loopDepth: 0,
    sourceDepth: 0,
    testedDepth: rt.testedDepth,
    locals: [],
    jobs: new Set(),
  }
}

/** Writers whose reading end has gone: shell code writing to one stops at its next checkpoint. */
const brokenWriters = new WeakSet<Writer>()

export const markBroken = (w: Writer): void => { brokenWriters.add(w) }

/** Called in every loop iteration and between commands: lets Ctrl-C (Killed) and SIGPIPE end shell loops. */
export function checkpoint(rt: Runtime, io: Io): void {
  rt.config.process.checkpoint()
  if (brokenWriters.has(io.stdout)) throw new BrokenPipe()
}

/** `bash: line 3: cd: ` — the prefix of an error message, as the dialect and mode want it. */
export function messagePrefix(rt: Runtime, command?: string): string {
  const { name, interactive, dialect } = rt.config
  const cmd = command ? `${command}: ` : ''
  if (interactive) return `${name}: ${cmd}`
  return dialect === 'ash' ? `${name}: ${cmd}line ${rt.line}: ` : `${name}: line ${rt.line}: ${cmd}`
}

export function report(rt: Runtime, io: Io, message: string, command?: string): void {
  io.stderr.write(`${messagePrefix(rt, command)}${message}\n`)
}

export function setVariable(rt: Runtime, name: string, value: string): void {
  rt.state.vars.set(name, value)
}

export function unsetVariable(rt: Runtime, name: string): void {
  rt.state.vars.delete(name)
  rt.state.exported.delete(name)
}

/** A parameter's value, special parameters included; undefined when unset. */
export function lookupParameter(rt: Runtime, name: string): string | undefined {
  const s = rt.state
  switch (name) {
    case '?': return String(s.status)
    case '#': return String(s.positional.length)
    case '$': return String(rt.config.process.pid)
    case '0': return s.arg0
    case '@': case '*': return s.positional.join(' ')
    case '-': return optionLetters(rt)
    case '!': return undefined
    case 'LINENO': return String(rt.line)
  }
  if (/^[0-9]+$/.test(name)) return s.positional[Number(name) - 1]
  return s.vars.get(name)
}

function optionLetters(rt: Runtime): string {
  const o = rt.state.options
  return (o.errexit ? 'e' : '') + (o.noglob ? 'f' : '') + 'h' + (rt.config.interactive ? 'i' : '') +
    (o.nounset ? 'u' : '') + (o.xtrace ? 'x' : '') + (rt.config.dialect === 'bash' ? 'B' : '')
}

export const isValidName = (name: string): boolean => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)

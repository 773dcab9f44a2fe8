/** Builtins: commands the shell runs itself, in its own state (cd must change *this* shell's directory).
 *  A builtin gets its argv and stdio and returns a status; it writes errors through `error`, which prefixes
 *  them the way the shell would (`-bash: cd: nope: No such file or directory`).
 *  `shell` is the public face of the running shell, enough for builtins added with `extraBuiltins` (history, …);
 *  `runtime` is the interpreter's own context, for the shell's built-in builtins. */
import type { Process } from '../os/process'
import type { Reader, Writer } from '../os/stream'
import type { Dialect } from './parse-failure'
import type { Io, Runtime } from './runtime'
import { isValidName, lookupParameter, report, setVariable, unsetVariable } from './runtime'
import type { ShellState } from './shell-state'
import { environmentOf } from './shell-state'

export interface ShellHandle {
  readonly dialect: Dialect
  readonly name: string
  readonly interactive: boolean
  /** Variables, aliases, functions, positional parameters, options: live, plain data. */
  readonly state: ShellState
  getVar(name: string): string | undefined
  setVar(name: string, value: string): void
  unsetVar(name: string): void
  exportVar(name: string, value?: string): void
  environment(): Record<string, string>
  readonly cwd: string
  /** Moves the shell to an absolute, normalised directory; maintains PWD and OLDPWD. */
  changeDirectory(path: string): void
  /** Parses and runs text in this shell with this builtin's stdio (eval, source). */
  run(source: string, options?: { commandSource?: string; io?: Partial<Io> }): Promise<number>
  isBuiltin(name: string): boolean
  /** Waits for background jobs. */
  waitForJobs(): Promise<void>
}

export interface BuiltinContext {
  readonly argv: readonly string[]
  readonly stdin: Reader
  readonly stdout: Writer
  readonly stderr: Writer
  readonly process: Process
  readonly shell: ShellHandle
  readonly runtime: Runtime
  /** Writes `<prefix>NAME: message` to stderr, NAME being argv[0]. */
  error(message: string): void
}

export type Builtin = (ctx: BuiltinContext) => Promise<number>

export function changeDirectory(rt: Runtime, path: string): void {
  const old = rt.state.cwd
  rt.state.cwd = path
  setVariable(rt, 'OLDPWD', old)
  setVariable(rt, 'PWD', path)
  if (rt.main) rt.config.process.cwd = path
}

export function createShellHandle(rt: Runtime, io: Io): ShellHandle {
  return {
    get dialect() { return rt.config.dialect },
    get name() { return rt.config.name },
    get interactive() { return rt.config.interactive },
    get state() { return rt.state },
    getVar: (name) => lookupParameter(rt, name),
    setVar: (name, value) => setVariable(rt, name, value),
    unsetVar: (name) => unsetVariable(rt, name),
    exportVar(name, value) {
      if (!isValidName(name)) return
      if (value !== undefined) setVariable(rt, name, value)
      rt.state.exported.add(name)
    },
    environment: () => environmentOf(rt.state),
    get cwd() { return rt.state.cwd },
    changeDirectory: (path) => changeDirectory(rt, path),
    run: (source, options = {}) => rt.exec.source(rt, source, { ...io, ...options.io }, options.commandSource),
    isBuiltin: (name) => rt.builtins.has(name),
    async waitForJobs() { await Promise.allSettled([...rt.jobs]) },
  }
}

export function createBuiltinContext(rt: Runtime, argv: readonly string[], io: Io): BuiltinContext {
  return {
    argv,
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    process: rt.config.process,
    shell: createShellHandle(rt, io),
    runtime: rt,
    error: (message) => report(rt, io, message, argv[0]),
  }
}

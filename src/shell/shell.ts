/** A shell: the state that lives from line to line, and `run` to execute text in it. The same object serves the
 *  interactive prompt, `sh -c`, and scripts. Programs are started with the Process's `spawn` (which finds them on
 *  PATH and words "command not found"); the working directory is the Process's `cwd`, which `cd` moves.
 *
 *  Interactive use: read a line; while `parse(text).status === 'incomplete'` read another with the PS2 prompt and
 *  append it after a newline; then `run(text)` (it prints syntax errors itself). `prompt('[\\u@\\h \\W]\\$ ')`
 *  renders PS1. run() resolves to the status and sets `exited` after `exit`. It rejects only with `Killed` (Ctrl-C
 *  reached the shell while it ran its own loop; $? is then 130): exit, return and break never escape it. */
import type { Process } from '../os/process'
import { Killed, SIGNAL_NUMBERS } from '../os/process'
import type { Builtin } from './builtin'
import { createShellHandle } from './builtin'
import type { ShellHandle } from './builtin'
import { defaultBuiltins } from './builtin-table'
import { BrokenPipe, ExitSignal, LoopSignal, ReturnSignal } from './control-flow'
import { executor } from './interpreter'
import type { Dialect, ParseFailure } from './parse-failure'
import { formatParseFailure } from './parse-failure'
import type { ParseResult } from './parser'
import { parse, parseTemplate } from './parser'
import { decodePrompt } from './prompt-expansion'
import { ExpansionError } from './expansion-context'
import { createExpansionContext } from './expansion-host'
import { expandString } from './word-expansion'
import type { Io, Runtime } from './runtime'
import type { ShellState } from './shell-state'
import { createState } from './shell-state'

export interface ShellOptions {
  process: Process
  /** Wording of messages and the builtins on offer: bash (the host, ubuntu, debian) or busybox ash (alpine). */
  dialect?: Dialect
  /** $0, and the prefix of messages: '-bash' for a login shell, 'bash', 'sh', or a script's path. */
  name?: string
  /** Interactive shells word errors without line numbers and keep going after an error in a line. */
  interactive?: boolean
  /** For non-interactive syntax errors: '-c' (`bash: -c: line 1: …`) or the script's path. */
  commandSource?: string
  /** The positional parameters $1 … */
  args?: string[]
  extraBuiltins?: Record<string, Builtin>
}

export interface Shell {
  /** Runs text (one line or a whole script); resolves to the status of the last command. */
  run(source: string): Promise<number>
  /** Parses without running: `incomplete` means the caller should read a continuation line. */
  parse(source: string): ParseResult
  /** The message this shell prints for a parse failure, ending in a newline. */
  formatFailure(failure: ParseFailure, source?: string): string
  /** True once `exit` ran (or a non-interactive shell met a fatal error): the program should end with `status`. */
  readonly exited: boolean
  /** $? */
  readonly status: number
  readonly state: ShellState
  /** The same view of the shell that builtins get. */
  readonly handle: ShellHandle
  /** Waits for background jobs (`cmd &`) to finish. */
  waitForJobs(): Promise<void>
  /** A prompt string (PS1, PS2) decoded and expanded: `[\u@\h \W]\$ ` → `[root@localhost ~]# `. */
  prompt(template: string, options?: { historyNumber?: number }): Promise<string>
}

export function createShell(options: ShellOptions): Shell {
  const process = options.process
  const dialect = options.dialect ?? 'bash'
  const name = options.name ?? (dialect === 'ash' ? 'sh' : 'bash')
  const interactive = options.interactive ?? false
  const builtins = defaultBuiltins(dialect)
  for (const [n, b] of Object.entries(options.extraBuiltins ?? {})) builtins.set(n, b)
  const rt: Runtime = {
    config: { process, dialect, name, interactive, commandSource: options.commandSource },
    state: createState(process.env, process.cwd, name, options.args ?? [], interactive || dialect === 'ash'),
    main: true,
    exec: executor,
    builtins,
    loopDepth: 0,
    functionDepth: 0,
    sourceDepth: 0,
    testedDepth: 0,
    line: 1,
    substitutionStatus: null,
    locals: [],
    jobs: new Set(),
  }
  const io = (): Io => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr })
  let exited = false
  let commandNumber = 1

  return {
    async run(source) {
      if (exited) return rt.state.status
      commandNumber++
      let status: number
      try {
        status = await executor.sourceTopLevel(rt, source, io(), undefined, true)
      } catch (e) {
        if (e instanceof ExitSignal) { exited = true; status = e.status }
        else if (e instanceof ReturnSignal) status = e.status
        else if (e instanceof LoopSignal) status = 0
        else if (e instanceof BrokenPipe) status = 141
        else {
          // Ctrl-C reached the shell itself: $? says so when the caller carries on.
          if (e instanceof Killed) rt.state.status = 128 + SIGNAL_NUMBERS[e.signal]
          throw e
        }
      }
      rt.state.status = status
      return status
    },
    parse: (source) => parse(source, { aliases: rt.state.options.expandAliases ? rt.state.aliases : undefined }),
    formatFailure: (failure, source) => formatParseFailure(failure, { dialect, name, interactive, commandSource: options.commandSource, source }),
    get exited() { return exited },
    get status() { return rt.state.status },
    get state() { return rt.state },
    handle: createShellHandle(rt, io()),
    async waitForJobs() { await Promise.allSettled([...rt.jobs]) },
    async prompt(template, promptOptions = {}) {
      const vars = rt.state.vars
      const user = vars.get('USER') ?? vars.get('LOGNAME') ?? 'root'
      const decoded = decodePrompt(template, {
        user, hostname: process.host.hostname, cwd: rt.state.cwd, home: vars.get('HOME'),
        root: (vars.get('EUID') ?? (user === 'root' ? '0' : '')) === '0', shellName: name,
        version: vars.get('BASH_VERSION') ?? '', now: process.host.now(), commandNumber,
        historyNumber: promptOptions.historyNumber ?? commandNumber,
      }, true)
      const word = parseTemplate(decoded)
      if (!word) return decoded
      try {
        return await expandString(word, createExpansionContext(rt, io()))
      } catch (e) {
        if (e instanceof ExpansionError) return decoded
        throw e
      }
    },
  }
}

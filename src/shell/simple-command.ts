/** Running a simple command: expand its words, evaluate its assignments, open its redirections, then run the
 *  first word as a function, a builtin or a program (through `process.spawn`, which searches PATH and prints
 *  `bash: foo: command not found` with status 127 itself).
 *  Assignments alone set shell variables; before a command they apply to it only (exported to a program,
 *  temporarily set for a function or builtin). With no command word the status is that of the last $(…). */
import type { FunctionDefinition, SimpleCommand } from './ast'
import { createBuiltinContext } from './builtin'
import { ReturnSignal } from './control-flow'
import { createExpansionContext } from './expansion-host'
import { withPending } from './line-reader'
import { quote } from './quote'
import { applyRedirects } from './redirection'
import type { Io, Runtime, SavedVariable } from './runtime'
import { lookupParameter, report, setVariable } from './runtime'
import { environmentOf } from './shell-state'
import { expandString, expandWords } from './word-expansion'

const MAX_FUNCTION_DEPTH = 1000

export async function runSimple(rt: Runtime, cmd: SimpleCommand, io: Io): Promise<number> {
  rt.line = cmd.line
  rt.substitutionStatus = null
  const ctx = createExpansionContext(rt, io)
  const argv = await expandWords(cmd.words, ctx, { braces: rt.config.dialect === 'bash' })
  const assignments: [string, string][] = []
  for (const a of cmd.assignments) {
    const value = await expandString(a.value, ctx)
    assignments.push([a.name, a.append ? (lookupParameter(rt, a.name) ?? '') + value : value])
  }
  if (rt.state.options.xtrace) {
    const words = [...assignments.map(([n, v]) => `${n}=${quote(v)}`), ...argv.map(quote)]
    io.stderr.write(`+ ${words.join(' ')}\n`)
  }
  if (argv.length === 0) {
    for (const [name, value] of assignments) setVariable(rt, name, value)
    if (!(await applyRedirects(rt, cmd.redirects, io))) return 1
    return rt.substitutionStatus ?? 0
  }
  const redirected = await applyRedirects(rt, cmd.redirects, io)
  if (!redirected) return 1
  if (argv.length === 1 && argv[0] === 'exec' && rt.builtins.has('exec')) {
    // `exec >file`: the redirections stay for the rest of this shell's commands (the io its lists share).
    Object.assign(io, redirected)
    return 0
  }
  return runArgv(rt, argv, redirected, assignments)
}

/** Runs an already expanded command line. `functions: false` is the `command` builtin's way past functions. */
export async function runArgv(rt: Runtime, argv: readonly string[], io: Io, assignments: [string, string][] = [],
  options: { functions?: boolean } = {}): Promise<number> {
  const name = argv[0]
  const fn = options.functions === false ? undefined : rt.state.functions.get(name)
  if (fn) return withTemporary(rt, assignments, () => callFunction(rt, fn, argv, io))
  const builtin = rt.builtins.get(name)
  if (builtin) return withTemporary(rt, assignments, () => builtin(createBuiltinContext(rt, argv, io)))
  const env = { ...environmentOf(rt.state), ...Object.fromEntries(assignments) }
  return rt.config.process.spawn(argv, { stdin: withPending(io.stdin), stdout: io.stdout, stderr: io.stderr, env, cwd: rt.state.cwd })
}

async function withTemporary(rt: Runtime, assignments: [string, string][], run: () => Promise<number>): Promise<number> {
  if (assignments.length === 0) return run()
  const saved = new Map<string, SavedVariable>()
  for (const [name, value] of assignments) {
    if (!saved.has(name)) saved.set(name, { value: rt.state.vars.get(name), exported: rt.state.exported.has(name) })
    rt.state.vars.set(name, value)
    rt.state.exported.add(name)
  }
  try {
    return await run()
  } finally {
    restore(rt, saved)
  }
}

export function restore(rt: Runtime, saved: Map<string, SavedVariable>): void {
  for (const [name, { value, exported }] of saved) {
    if (value === undefined) rt.state.vars.delete(name)
    else rt.state.vars.set(name, value)
    if (exported) rt.state.exported.add(name)
    else rt.state.exported.delete(name)
  }
}

export async function callFunction(rt: Runtime, fn: FunctionDefinition, argv: readonly string[], io: Io): Promise<number> {
  if (rt.functionDepth >= MAX_FUNCTION_DEPTH) {
    report(rt, io, `maximum function nesting level exceeded (${MAX_FUNCTION_DEPTH})`, argv[0])
    return 1
  }
  const positional = rt.state.positional
  rt.state.positional = argv.slice(1)
  rt.functionDepth++
  const frame = new Map<string, SavedVariable>()
  rt.locals.push(frame)
  try {
    return await rt.exec.command(rt, fn.body, io)
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status
    throw e
  } finally {
    rt.locals.pop()
    restore(rt, frame)
    rt.functionDepth--
    rt.state.positional = positional
  }
}

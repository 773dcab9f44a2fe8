/** source / `.`, eval, exec and let: builtins that run text or commands in this shell.
 *    source FILE [ARGS]   FILE found by path, else on PATH, else in the working directory; `return` ends it
 *    eval ARGS            the arguments joined by spaces, parsed and run here
 *    exec CMD ARGS        runs CMD, then the shell exits with its status (exec with only redirections is a no-op)
 *    let EXPR…            arithmetic; status 1 when the last value is 0 */
import { FsError, FS_MESSAGES } from '../../os/fs'
import { ArithmeticError, evaluateArithmetic } from '../arithmetic'
import type { Builtin } from '../builtin'
import { ExitSignal, ReturnSignal } from '../control-flow'
import { resolvePath } from '../resolve-path'
import { lookupParameter, report, setVariable } from '../runtime'
import { runArgv } from '../simple-command'

export const sourceBuiltin: Builtin = async (ctx) => {
  const rt = ctx.runtime
  const args = ctx.argv.slice(1)
  if (args[0] === '--') args.shift()
  const file = args.shift()
  const name = ctx.argv[0]
  if (file === undefined) {
    ctx.error('filename argument required')
    ctx.stderr.write(`${name}: usage: ${name} filename [arguments]\n`)
    return 2
  }
  const fs = ctx.process.fs
  let path = resolvePath(rt.state.cwd, file)
  if (!file.includes('/')) {
    for (const dir of (lookupParameter(rt, 'PATH') ?? '').split(':')) {
      const candidate = resolvePath(rt.state.cwd, `${dir || '.'}/${file}`)
      try {
        if (fs.stat(candidate)?.type === 'file') { path = candidate; break }
      } catch { /* not there */ }
    }
  }
  let text: string
  try {
    text = fs.readText(path)
  } catch (e) {
    if (!(e instanceof FsError)) throw e
    const io = { stdin: ctx.stdin, stdout: ctx.stdout, stderr: ctx.stderr }
    if (rt.config.dialect === 'ash') report(rt, io, `can't open '${file}': ${FS_MESSAGES[e.errno]}`, name)
    else report(rt, io, `${file}: ${FS_MESSAGES[e.errno]}`)
    return 1
  }
  const positional = rt.state.positional
  if (args.length) rt.state.positional = args
  rt.sourceDepth++
  try {
    return await ctx.shell.run(text, { commandSource: file })
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status
    throw e
  } finally {
    rt.sourceDepth--
    if (args.length) rt.state.positional = positional
  }
}

export const evalBuiltin: Builtin = async (ctx) => {
  const source = ctx.argv.slice(1).join(' ')
  return source.trim() === '' ? 0 : ctx.shell.run(source)
}

export const execBuiltin: Builtin = async (ctx) => {
  const args = ctx.argv.slice(1)
  if (args.length === 0) return 0
  const status = await runArgv(ctx.runtime, args, { stdin: ctx.stdin, stdout: ctx.stdout, stderr: ctx.stderr }, [], { functions: false })
  throw new ExitSignal(status)
}

export const letBuiltin: Builtin = async (ctx) => {
  const rt = ctx.runtime
  const args = ctx.argv.slice(1)
  if (args.length === 0) { ctx.error('expression expected'); return 1 }
  let value = 0n
  try {
    for (const arg of args) {
      value = evaluateArithmetic(arg, { get: (n) => lookupParameter(rt, n), set: (n, v) => setVariable(rt, n, v) })
    }
  } catch (e) {
    if (!(e instanceof ArithmeticError)) throw e
    ctx.error(e.message)
    return 1
  }
  return value === 0n ? 1 : 0
}

/** Builtins that steer the shell: exit, return, break, continue, true, false, :, wait, and the accepted-but-inert
 *  trap and hash. exit/return/break/continue throw the control-flow signals of control-flow.ts, which the
 *  interpreter catches where they end (the shell or subshell, the function, the loop).
 *    exit [n]       n & 255 (default $?); `exit: abc: numeric argument required` exits 2; interactive bash says "exit"
 *    return [n]     only in a function or a sourced file, else status 2 with bash's message
 *    break/continue [n]   only in a loop, else a message and status 0 */
import type { Builtin, BuiltinContext } from '../builtin'
import { ExitSignal, LoopSignal, ReturnSignal } from '../control-flow'

/** The status argument of exit/return: null after reporting a bad one. */
function statusArgument(ctx: BuiltinContext): number | null {
  const arg = ctx.argv[1]
  if (arg === undefined) return ctx.runtime.state.status
  if (!/^\s*[+-]?[0-9]+\s*$/.test(arg)) {
    ctx.error(`${arg}: numeric argument required`)
    return null
  }
  return Number(BigInt.asUintN(8, BigInt(arg.trim())))
}

export const exitBuiltin: Builtin = async (ctx) => {
  const rt = ctx.runtime
  if (rt.main && rt.config.interactive && rt.config.dialect === 'bash') ctx.stderr.write('exit\n')
  const status = statusArgument(ctx)
  if (status === null) throw new ExitSignal(2)
  if (ctx.argv.length > 2) { ctx.error('too many arguments'); throw new ExitSignal(1) }
  throw new ExitSignal(status)
}

export const returnBuiltin: Builtin = async (ctx) => {
  const rt = ctx.runtime
  if (rt.functionDepth === 0 && rt.sourceDepth === 0) {
    ctx.error("can only `return' from a function or sourced script")
    return 2
  }
  const status = statusArgument(ctx)
  if (status === null) throw new ReturnSignal(2)
  if (ctx.argv.length > 2) { ctx.error('too many arguments'); throw new ReturnSignal(2) }
  throw new ReturnSignal(status)
}

const loopControl = (kind: 'break' | 'continue'): Builtin => async (ctx) => {
  const rt = ctx.runtime
  if (rt.loopDepth === 0) {
    ctx.error("only meaningful in a `for', `while', or `until' loop")
    return 0
  }
  const arg = ctx.argv[1]
  if (arg !== undefined && !/^[0-9]+$/.test(arg)) { ctx.error(`${arg}: numeric argument required`); throw new ExitSignal(128) }
  const levels = arg === undefined ? 1 : Number(arg)
  if (levels < 1) { ctx.error(`${arg}: loop count out of range`); return 1 }
  throw new LoopSignal(kind, Math.min(levels, rt.loopDepth))
}

export const breakBuiltin = loopControl('break')
export const continueBuiltin = loopControl('continue')
export const trueBuiltin: Builtin = async () => 0
export const falseBuiltin: Builtin = async () => 1

export const waitBuiltin: Builtin = async (ctx) => {
  const results = await Promise.allSettled([...ctx.runtime.jobs])
  const last = results[results.length - 1]
  return last && last.status === 'fulfilled' ? last.value : 0
}

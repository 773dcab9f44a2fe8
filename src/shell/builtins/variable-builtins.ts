/** export, unset, local, declare/typeset and readonly.
 *    export        lists as `declare -x NAME="value"` (bash) or `export NAME='value'` (ash); `-n` un-exports
 *    unset NAME    a variable, else a function (-v only variables, -f only functions)
 *    local NAME[=value]   only in a function; the old value comes back when the function returns
 *  readonly is accepted as a plain assignment (nothing is made read-only). */
import type { Builtin, BuiltinContext } from '../builtin'
import type { Runtime } from '../runtime'
import { isValidName, setVariable, unsetVariable } from '../runtime'

const doubleQuoted = (value: string) => `"${value.replace(/[\\"$`]/g, '\\$&')}"`
const singleQuoted = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`

function badName(ctx: BuiltinContext, arg: string): number {
  ctx.error(ctx.runtime.config.dialect === 'ash' ? `${arg}: bad variable name` : `\`${arg}': not a valid identifier`)
  return 1
}

function listExported(ctx: BuiltinContext): void {
  const s = ctx.runtime.state
  const ash = ctx.runtime.config.dialect === 'ash'
  for (const name of [...s.exported].sort()) {
    const value = s.vars.get(name)
    if (ash) ctx.stdout.write(`export ${name}${value === undefined ? '' : '=' + singleQuoted(value)}\n`)
    else ctx.stdout.write(`declare -x ${name}${value === undefined ? '' : '=' + doubleQuoted(value)}\n`)
  }
}

/** Applies NAME or NAME=value arguments with `each`; returns 1 if any name was bad. */
function assignArguments(ctx: BuiltinContext, args: string[], each: (name: string, value: string | undefined) => void): number {
  let status = 0
  for (const arg of args) {
    const eq = arg.indexOf('=')
    const name = eq < 0 ? arg : arg.slice(0, eq).replace(/\+$/, '')
    if (!isValidName(name)) { status = badName(ctx, arg); continue }
    let value = eq < 0 ? undefined : arg.slice(eq + 1)
    if (value !== undefined && arg[eq - 1] === '+') value = (ctx.runtime.state.vars.get(name) ?? '') + value
    each(name, value)
  }
  return status
}

export const exportBuiltin: Builtin = async (ctx) => {
  const args = ctx.argv.slice(1)
  let unexport = false
  while (args.length && /^-[fnp]+$/.test(args[0])) unexport = args.shift()!.includes('n') || unexport
  if (args[0] === '--') args.shift()
  if (args.length === 0) { listExported(ctx); return 0 }
  const s = ctx.runtime.state
  return assignArguments(ctx, args, (name, value) => {
    if (value !== undefined) setVariable(ctx.runtime, name, value)
    if (unexport) s.exported.delete(name)
    else s.exported.add(name)
  })
}

export const unsetBuiltin: Builtin = async (ctx) => {
  const args = ctx.argv.slice(1)
  let mode = ''
  while (args.length && /^-[fv]+$/.test(args[0])) mode = args.shift()!.slice(-1)
  const s = ctx.runtime.state
  for (const name of args) {
    if (mode === 'f') { s.functions.delete(name); continue }
    if (s.vars.has(name) || mode === 'v') unsetVariable(ctx.runtime, name)
    else s.functions.delete(name)
  }
  return 0
}

function makeLocal(rt: Runtime, name: string, value: string | undefined): void {
  const frame = rt.locals[rt.locals.length - 1]
  if (!frame.has(name)) frame.set(name, { value: rt.state.vars.get(name), exported: rt.state.exported.has(name) })
  if (value === undefined) rt.state.vars.delete(name)
  else setVariable(rt, name, value)
}

export const localBuiltin: Builtin = async (ctx) => {
  const rt = ctx.runtime
  if (rt.locals.length === 0) { ctx.error('can only be used in a function'); return 1 }
  return assignArguments(ctx, ctx.argv.slice(1).filter((a) => !/^-/.test(a)), (name, value) => makeLocal(rt, name, value))
}

export const declareBuiltin: Builtin = async (ctx) => {
  const rt = ctx.runtime
  const args = ctx.argv.slice(1)
  let flags = ''
  while (args.length && /^[-+][a-zA-Z]+$/.test(args[0])) flags += args.shift()!.slice(1)
  if (args.length === 0 || flags.includes('p')) {
    const names = args.length ? args : [...rt.state.vars.keys()].sort()
    let status = 0
    for (const name of names) {
      const value = rt.state.vars.get(name)
      if (value === undefined) { ctx.error(`${name}: not found`); status = 1; continue }
      ctx.stdout.write(`declare -${rt.state.exported.has(name) ? 'x' : '-'} ${name}=${doubleQuoted(value)}\n`)
    }
    return status
  }
  const local = rt.locals.length > 0 && !flags.includes('g')
  return assignArguments(ctx, args, (name, value) => {
    if (local) makeLocal(rt, name, value ?? rt.state.vars.get(name))
    else if (value !== undefined) setVariable(rt, name, value)
    if (flags.includes('x')) rt.state.exported.add(name)
  })
}

export const readonlyBuiltin: Builtin = async (ctx) => {
  const args = ctx.argv.slice(1).filter((a) => !/^-/.test(a))
  return assignArguments(ctx, args, (name, value) => { if (value !== undefined) setVariable(ctx.runtime, name, value) })
}

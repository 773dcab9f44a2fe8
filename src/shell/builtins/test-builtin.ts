/** test EXPR and [ EXPR ]: 0 true, 1 false, 2 for a usage error. POSIX decides by argument count first
 *  (0: false; 1: non-empty; 2: `! a` or a unary test; 3: a binary test, `! a b`, `( a )`; 4: `! a b c`, `( a b )`);
 *  longer expressions use the grammar
 *    or = and { "-o" and }    and = not { "-a" not }    not = "!" not | primary
 *    primary = "(" or ")" | UNARY word | word BINARY word | word
 *  UNARY: -e -f -d -s -r -w -x -L -h -b -c -p -S -t -z -n -v      BINARY: = == != < > -eq -ne -lt -le -gt -ge -nt -ot -ef */
import type { Stat } from '../../os/fs'
import type { Builtin, BuiltinContext } from '../builtin'
import { resolvePath } from '../resolve-path'
import { lookupParameter } from '../runtime'

export class TestError extends Error {}

export const UNARY: ReadonlySet<string> = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-b', '-c', '-p', '-S', '-t', '-z', '-n', '-v', '-a', '-o', '-g', '-u', '-k', '-O', '-G', '-N'])
export const BINARY: ReadonlySet<string> = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef'])

function integer(text: string): bigint {
  if (!/^\s*[+-]?[0-9]+\s*$/.test(text)) throw new TestError(`${text}: integer expression expected`)
  return BigInt(text.trim())
}

/** The primaries of test, shared with [[ ]]: unary file and string tests, binary comparisons. */
export function testOperators(ctx: BuiltinContext) {
  const fs = ctx.process.fs
  const path = (p: string) => resolvePath(ctx.runtime.state.cwd, p)
  const stat = (p: string, follow = true): Stat | undefined => {
    if (p === '') return undefined
    try { return follow ? fs.stat(path(p)) : fs.lstat(path(p)) } catch { return undefined }
  }
  const unary = (op: string, arg: string): boolean => {
    switch (op) {
      case '-z': return arg === ''
      case '-n': return arg !== ''
      case '-e': case '-a': return stat(arg) !== undefined
      case '-f': return stat(arg)?.type === 'file'
      case '-d': return stat(arg)?.type === 'dir'
      case '-s': return (stat(arg)?.size ?? 0) > 0
      case '-r': case '-w': return stat(arg) !== undefined
      case '-x': { const s = stat(arg); return s !== undefined && (s.type === 'dir' || (s.mode & 0o111) !== 0) }
      case '-L': case '-h': return stat(arg, false)?.type === 'symlink'
      case '-t': return /^[0-2]$/.test(arg) && ctx.process.isatty(Number(arg) as 0 | 1 | 2)
      case '-v': return lookupParameter(ctx.runtime, arg) !== undefined
      case '-O': case '-G': return stat(arg) !== undefined
      default: return false
    }
  }
  const binary = (a: string, op: string, b: string): boolean => {
    switch (op) {
      case '=': case '==': return a === b
      case '!=': return a !== b
      case '<': return a < b
      case '>': return a > b
      case '-eq': return integer(a) === integer(b)
      case '-ne': return integer(a) !== integer(b)
      case '-lt': return integer(a) < integer(b)
      case '-le': return integer(a) <= integer(b)
      case '-gt': return integer(a) > integer(b)
      case '-ge': return integer(a) >= integer(b)
      case '-nt': return (stat(a)?.mtime ?? -Infinity) > (stat(b)?.mtime ?? -Infinity)
      case '-ot': return (stat(a)?.mtime ?? Infinity) < (stat(b)?.mtime ?? Infinity)
      default: return stat(a) !== undefined && fs.realpath(path(a)) === fs.realpath(path(b))
    }
  }
  return { unary, binary }
}

function evaluator(ctx: BuiltinContext) {
  const { unary, binary } = testOperators(ctx)

  function byCount(args: string[]): boolean {
    switch (args.length) {
      case 0: return false
      case 1: return args[0] !== ''
      case 2:
        if (args[0] === '!') return args[1] === ''
        if (UNARY.has(args[0])) return unary(args[0], args[1])
        throw new TestError(`${args[0]}: unary operator expected`)
      case 3:
        if (BINARY.has(args[1])) return binary(args[0], args[1], args[2])
        if (args[1] === '-a' || args[1] === '-o') return args[1] === '-a' ? args[0] !== '' && args[2] !== '' : args[0] !== '' || args[2] !== ''
        if (args[0] === '!') return !byCount(args.slice(1))
        if (args[0] === '(' && args[2] === ')') return args[1] !== ''
        throw new TestError(`${args[1]}: binary operator expected`)
      case 4:
        if (args[0] === '!') return !byCount(args.slice(1))
        if (args[0] === '(' && args[3] === ')') return byCount(args.slice(1, 3))
    }
    return grammar(args)
  }

  function grammar(args: string[]): boolean {
    let i = 0
    const or = (): boolean => {
      let v = and()
      while (args[i] === '-o') { i++; const r = and(); v = v || r }
      return v
    }
    const and = (): boolean => {
      let v = not()
      while (args[i] === '-a') { i++; const r = not(); v = v && r }
      return v
    }
    const not = (): boolean => {
      if (args[i] === '!') { i++; return !not() }
      return primary()
    }
    const primary = (): boolean => {
      if (i >= args.length) throw new TestError(`argument expected`)
      if (args[i] === '(') {
        i++
        const v = or()
        if (args[i] !== ')') throw new TestError("`)' expected")
        i++
        return v
      }
      if (i + 2 < args.length && BINARY.has(args[i + 1])) { const v = binary(args[i], args[i + 1], args[i + 2]); i += 3; return v }
      if (UNARY.has(args[i]) && i + 1 < args.length) { const v = unary(args[i], args[i + 1]); i += 2; return v }
      return args[i++] !== ''
    }
    const v = or()
    if (i < args.length) throw new TestError('too many arguments')
    return v
  }
  return byCount
}

export const testBuiltin: Builtin = async (ctx) => {
  let args = ctx.argv.slice(1)
  if (ctx.argv[0] === '[') {
    if (args[args.length - 1] !== ']') { ctx.error("missing `]'"); return 2 }
    args = args.slice(0, -1)
  }
  try {
    return evaluator(ctx)(args) ? 0 : 1
  } catch (e) {
    if (!(e instanceof TestError)) throw e
    ctx.error(e.message)
    return 2
  }
}

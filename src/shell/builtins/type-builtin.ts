/** type and command: what a name would run as, in the shell's order: alias, keyword, function, builtin, file.
 *    bash  ls is /usr/bin/ls   cd is a shell builtin   ll is aliased to `ls -l'   if is a shell keyword
 *          f is a function (and its body, laid out by command-printer.ts)   not found: `bash: type: nope: not found` on stderr, status 1
 *    ash   ll is an alias for ls -l   f is a shell function   exit is a special shell builtin
 *          not found: `nope: not found` on stdout, status 127
 *  `type -t` prints the kind; `type -p`/`-P` the path; `-a` every match. `command -v` prints what would run,
 *  `command -V` is `type`, and `command NAME ARGS` runs NAME skipping functions. */
import type { FunctionDefinition } from '../ast'
import type { Builtin, BuiltinContext } from '../builtin'
import { printFunction } from '../command-printer'
import { resolvePath } from '../resolve-path'
import type { Runtime } from '../runtime'
import { runArgv } from '../simple-command'
import { formatAlias } from './alias-builtins'

type Found =
  | { kind: 'alias'; value: string }
  | { kind: 'keyword' }
  | { kind: 'function'; fn: FunctionDefinition }
  | { kind: 'builtin' }
  | { kind: 'file'; path: string }

const KEYWORDS = ['!', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'function', 'if', 'in', 'then', 'until', 'while', '{', '}']
const BASH_KEYWORDS = new Set([...KEYWORDS, '[[', ']]', 'select', 'time', 'coproc'])
const ASH_KEYWORDS = new Set(KEYWORDS)
const ASH_SPECIAL = new Set(['.', ':', 'break', 'continue', 'eval', 'exec', 'exit', 'export', 'readonly', 'return', 'set', 'shift', 'times', 'trap', 'unset'])

function findFile(ctx: BuiltinContext, name: string): string | undefined {
  if (!name.includes('/')) return ctx.process.which(name)
  try {
    const stat = ctx.process.fs.stat(resolvePath(ctx.runtime.state.cwd, name))
    return stat && stat.type === 'file' && (stat.mode & 0o111) !== 0 ? name : undefined
  } catch {
    return undefined
  }
}

function lookup(ctx: BuiltinContext, name: string, pathOnly: boolean): Found[] {
  const rt: Runtime = ctx.runtime
  const found: Found[] = []
  if (!pathOnly) {
    const alias = rt.state.options.expandAliases ? rt.state.aliases.get(name) : undefined
    if (alias !== undefined) found.push({ kind: 'alias', value: alias })
    if ((rt.config.dialect === 'ash' ? ASH_KEYWORDS : BASH_KEYWORDS).has(name)) found.push({ kind: 'keyword' })
    const fn = rt.state.functions.get(name)
    if (fn) found.push({ kind: 'function', fn })
    if (rt.builtins.has(name)) found.push({ kind: 'builtin' })
  }
  const path = findFile(ctx, name)
  if (path) found.push({ kind: 'file', path })
  return found
}

function describe(ctx: BuiltinContext, name: string, f: Found): string {
  const ash = ctx.runtime.config.dialect === 'ash'
  switch (f.kind) {
    case 'alias': return ash ? `${name} is an alias for ${f.value}` : `${name} is aliased to \`${f.value}'`
    case 'keyword': return `${name} is a shell keyword`
    case 'function': return ash ? `${name} is a shell function` : `${name} is a function\n${printFunction(f.fn)}`
    case 'builtin': return `${name} is a ${ash && ASH_SPECIAL.has(name) ? 'special ' : ''}shell builtin`
    case 'file': return `${name} is ${f.path}`
  }
}

export const typeBuiltin: Builtin = async (ctx) => {
  const args = ctx.argv.slice(1)
  let flags = ''
  while (args.length && /^-[atpPf]+$/.test(args[0])) flags += args.shift()!.slice(1)
  if (args[0] === '--') args.shift()
  const ash = ctx.runtime.config.dialect === 'ash'
  let status = 0
  for (const name of args) {
    let found = lookup(ctx, name, flags.includes('P'))
    if (flags.includes('f')) found = found.filter((f) => f.kind !== 'function')
    if (!flags.includes('a')) found = found.slice(0, 1)
    if (found.length === 0) {
      if (ash) { ctx.stdout.write(`${name}: not found\n`); status = 127 } else {
        if (!flags.includes('t') && !flags.includes('p') && !flags.includes('P')) ctx.error(`${name}: not found`)
        status = 1
      }
      continue
    }
    for (const f of found) {
      if (flags.includes('t')) ctx.stdout.write(f.kind + '\n')
      else if (flags.includes('p') || flags.includes('P')) { if (f.kind === 'file') ctx.stdout.write(f.path + '\n') }
      else ctx.stdout.write(describe(ctx, name, f) + '\n')
    }
  }
  return status
}

export const commandBuiltin: Builtin = async (ctx) => {
  const args = ctx.argv.slice(1)
  let verbose = ''
  while (args.length && /^-[pvV]+$/.test(args[0])) {
    const flags = args.shift()!
    if (flags.includes('V')) verbose = 'V'
    else if (flags.includes('v') && !verbose) verbose = 'v'
  }
  if (args[0] === '--') args.shift()
  if (args.length === 0) return 0
  if (verbose === 'V') return typeBuiltin({ ...ctx, argv: ['type', ...args] })
  if (verbose === 'v') {
    let status = 0
    for (const name of args) {
      const f = lookup(ctx, name, false)[0]
      if (!f) { status = 1; continue }
      ctx.stdout.write((f.kind === 'alias' ? formatAlias(name, f.value, 'bash') : f.kind === 'file' ? f.path : name) + '\n')
    }
    return status
  }
  return runArgv(ctx.runtime, args, { stdin: ctx.stdin, stdout: ctx.stdout, stderr: ctx.stderr }, [], { functions: false })
}

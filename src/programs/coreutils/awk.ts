/** awk (gawk 4.0 on CentOS, mawk on Debian, busybox awk on alpine): the interpreter over awk-parser.ts's tree.
 *  Values are strings or numbers; input fields compare as numbers when both sides look numeric. Supports -F, -v,
 *  -f, fields and NF/NR/FNR/FS/OFS/ORS/FILENAME, arrays, the string and math built-ins, printf and print > file. */
import type { Process } from '../../os/process'
import { chunkText } from '../../os/stream'
import { createTool, errText, type Applet, type Tool } from './applet'
import { AwkSyntaxError, parseAwk, type Expr, type Item, type Stmt } from './awk-parser'
import { cFormat, formatG, numberToString } from './c-format'
import { readAllText } from '../../os/stream'
import { compilePosix } from './posix-regex'

type Value = string | number

class Next { }
class Exit { constructor(readonly code: number) {} }
class Break { }
class Continue { }

const GAWK_USAGE = `Usage: awk [POSIX or GNU style options] -f progfile [--] file ...
Usage: awk [POSIX or GNU style options] [--] 'program' file ...
POSIX options:\t\tGNU long options: (standard)
\t-f progfile\t\t--file=progfile
\t-F fs\t\t\t--field-separator=fs
\t-v var=val\t\t--assign=var=val
Short options:\t\tGNU long options: (extensions)
\t-b\t\t\t--characters-as-bytes
\t-c\t\t\t--traditional
\t-C\t\t\t--copyright
\t-d[file]\t\t--dump-variables[=file]
\t-e 'program-text'\t--source='program-text'
\t-E file\t\t\t--exec=file
\t-g\t\t\t--gen-pot
\t-h\t\t\t--help
\t-L [fatal]\t\t--lint[=fatal]
\t-n\t\t\t--non-decimal-data
\t-N\t\t\t--use-lc-numeric
\t-O\t\t\t--optimize
\t-p[file]\t\t--profile[=file]
\t-P\t\t\t--posix
\t-r\t\t\t--re-interval
\t-S\t\t\t--sandbox
\t-t\t\t\t--lint-old
\t-V\t\t\t--version

To report bugs, see node \`Bugs' in \`gawk.info', which is
section \`Reporting Problems and Bugs' in the printed version.

gawk is a pattern scanning and processing language.
By default it reads standard input and writes standard output.

Examples:
\tgawk '{ sum += $1 }; END { print sum }' file
\tgawk -F: '{ print $1 }' /etc/passwd
`

const looksNumeric = (s: string) => /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(s)
const toNum = (v: Value): number => (typeof v === 'number' ? v : parseFloat(v.trim()) || 0)
const toStr = (v: Value): string => (typeof v === 'number' ? numberToString(v) : v)
const toBool = (v: Value): boolean => (typeof v === 'number' ? v !== 0 : v !== '')

function unescapeAssignment(s: string): string {
  return s.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', '\\': '\\' } as Record<string, string>)[c] ?? `\\${c}`)
}

interface Runtime {
  p: Process
  vars: Map<string, Value>
  arrays: Map<string, Map<string, Value>>
  fields: string[]
  record: string
  out: (s: string) => void
  files: Map<string, string>
}

export const awk: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'awk', flavor)
  let fs: string | undefined
  const assigns: string[] = []
  let program: string | undefined
  let i = 0
  for (; i < args.length; i++) {
    const a = args[i]
    if (a === '--') { i++; break }
    if (a.startsWith('-F')) { fs = a.length > 2 ? a.slice(2) : args[++i]; continue }
    if (a.startsWith('-v')) { assigns.push(a.length > 2 ? a.slice(2) : args[++i]); continue }
    if (a.startsWith('-f')) {
      const file = a.length > 2 ? a.slice(2) : args[++i]
      try { program = (program ?? '') + p.fs.readText(t.abs(file)) } catch (e) { t.err(`fatal: can't open source file \`${file}' for reading (${errText(e)})`); return 2 }
      continue
    }
    if (a === '--version' && t.gnu) { p.stdout.write('GNU Awk 4.0.2\nCopyright (C) 1989, 1991-2012 Free Software Foundation.\n'); return 0 }
    if (a.startsWith('-') && a.length > 1) {
      if (t.gnu) { t.err(`option requires an argument -- '${a[1]}'`); p.stderr.write(GAWK_USAGE); return 2 }
      return t.usage(`unrecognized option: ${a[1]}`)
    }
    break
  }
  if (program === undefined) {
    if (i >= args.length) {
      if (t.gnu) { p.stderr.write(GAWK_USAGE); return 2 }
      return t.usage()
    }
    program = args[i++]
  }
  const operands = args.slice(i)
  let items: Item[]
  try { items = parseAwk(program) } catch (e) {
    if (!(e instanceof AwkSyntaxError)) throw e
    if (t.gnu) {
      const line = program.split('\n')[e.line - 1] ?? ''
      p.stderr.write(`awk: cmd. line:${e.line}: ${line}\nawk: cmd. line:${e.line}: ${' '.repeat(Math.max(0, line.length - e.near.length))}^ ${e.near === '' ? 'unexpected newline or end of string' : 'syntax error'}\n`)
    } else p.stderr.write(`awk: cmd. line:${e.line}: Unexpected token\n`)
    return t.gnu ? 1 : 1
  }
  return run(t, items, fs, assigns, operands)
}

async function run(t: Tool, items: Item[], fs: string | undefined, assigns: string[], operands: string[]): Promise<number> {
  const p = t.p
  const rt: Runtime = {
    p, vars: new Map<string, Value>([['FS', fs === 't' ? '\t' : fs !== undefined ? unescapeAssignment(fs) : ' '], ['OFS', ' '], ['ORS', '\n'], ['NR', 0], ['NF', 0], ['FNR', 0], ['SUBSEP', '\x1c'], ['RSTART', 0], ['RLENGTH', -1], ['FILENAME', '']]),
    arrays: new Map(), fields: [], record: '', out: (s) => p.stdout.write(s), files: new Map(),
  }
  for (const a of assigns) {
    const eq = a.indexOf('=')
    if (eq > 0) rt.vars.set(a.slice(0, eq), unescapeAssignment(a.slice(eq + 1)))
  }
  const env = new Map<string, Value>(Object.entries(p.env))
  rt.arrays.set('ENVIRON', env)
  let exitCode = 0
  const inRange = new Map<Item, boolean>()
  try {
    try {
      for (const it of items) if (it.kind === 'begin') execAll(rt, it.body!)
      const mains = items.filter((it) => it.kind === 'main')
      const hasEnd = items.some((it) => it.kind === 'end')
      if (mains.length || hasEnd) {
        const inputs = operands.filter((o) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(o))
        const sources = inputs.length ? operands : ['-']
        for (const src of sources) {
          if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(src)) { const eq = src.indexOf('='); rt.vars.set(src.slice(0, eq), unescapeAssignment(src.slice(eq + 1))); continue }
          let text: string
          if (src === '-') text = await readAllText(p.stdin)
          else {
            try { text = chunkText(p.fs.readFile(t.abs(src))) } catch (e) {
              t.err(t.gnu ? `fatal: cannot open file \`${src}' for reading (${errText(e)})` : `cannot open '${src}' (${errText(e)})`)
              return 2
            }
          }
          rt.vars.set('FILENAME', src === '-' ? '' : src)
          rt.vars.set('FNR', 0)
          const lines = text.split('\n')
          if (lines[lines.length - 1] === '') lines.pop()
          for (const line of lines) {
            p.checkpoint()
            setRecord(rt, line)
            rt.vars.set('NR', toNum(rt.vars.get('NR')!) + 1)
            rt.vars.set('FNR', toNum(rt.vars.get('FNR')!) + 1)
            try {
              for (const it of mains) {
                let hit: boolean
                if (it.range) {
                  const on = inRange.get(it) ?? false
                  if (!on) { hit = toBool(evalPattern(rt, it.pattern!)); if (hit && !toBool(evalPattern(rt, it.range))) inRange.set(it, true) }
                  else { hit = true; if (toBool(evalPattern(rt, it.range))) inRange.set(it, false) }
                } else hit = !it.pattern || toBool(evalPattern(rt, it.pattern))
                if (!hit) continue
                if (it.body) execAll(rt, it.body)
                else rt.out(rt.record + toStr(rt.vars.get('ORS')!))
              }
            } catch (e) { if (!(e instanceof Next)) throw e }
          }
        }
      }
    } catch (e) {
      if (!(e instanceof Exit)) throw e
      exitCode = e.code
    }
    for (const it of items) if (it.kind === 'end') execAll(rt, it.body!)
  } catch (e) {
    if (e instanceof Exit) exitCode = e.code
    else if (e instanceof Error && e.message.startsWith('awk: ')) { p.stderr.write(`${e.message}\n`); return 2 }
    else throw e
  }
  for (const [path, text] of rt.files) p.fs.writeFile(path, text, { append: true })
  return exitCode
}

function setRecord(rt: Runtime, line: string) {
  rt.record = line
  rt.fields = splitFields(line, toStr(rt.vars.get('FS')!))
  rt.vars.set('NF', rt.fields.length)
}

function splitFields(line: string, fs: string): string[] {
  if (fs === ' ') return line.split(/[ \t\n]+/).filter(Boolean)
  if (line === '') return []
  if (fs.length === 1 && fs !== '\\') return line.split(fs)
  return line.split(compilePosix(fs, { extended: true }))
}

function rebuildRecord(rt: Runtime) {
  rt.record = rt.fields.join(toStr(rt.vars.get('OFS')!))
}

const regexOf = (v: Value | Expr, rt: Runtime): RegExp => {
  const src = typeof v === 'object' && 'k' in v ? (v.k === 're' ? v.v : toStr(evalExpr(rt, v))) : toStr(v as Value)
  return compilePosix(src, { extended: true })
}

function evalPattern(rt: Runtime, e: Expr): Value {
  return e.k === 're' ? (regexOf(e, rt).test(rt.record) ? 1 : 0) : evalExpr(rt, e)
}

function getField(rt: Runtime, n: number): string {
  if (n === 0) return rt.record
  return rt.fields[n - 1] ?? ''
}

function assign(rt: Runtime, target: Expr, v: Value): Value {
  if (target.k === 'var') {
    rt.vars.set(target.name, v)
    if (target.name === 'NF') { rt.fields.length = toNum(v); for (let i = 0; i < rt.fields.length; i++) rt.fields[i] ??= ''; rebuildRecord(rt) }
  } else if (target.k === 'field') {
    const n = Math.trunc(toNum(evalExpr(rt, target.e)))
    if (n === 0) setRecord(rt, toStr(v))
    else {
      while (rt.fields.length < n) rt.fields.push('')
      rt.fields[n - 1] = toStr(v)
      rt.vars.set('NF', rt.fields.length)
      rebuildRecord(rt)
    }
  } else if (target.k === 'index') {
    arrayOf(rt, target.name).set(keyOf(rt, target.keys), v)
  } else if (target.k === 'group') return assign(rt, target.e, v)
  return v
}

function arrayOf(rt: Runtime, name: string): Map<string, Value> {
  let a = rt.arrays.get(name)
  if (!a) { a = new Map(); rt.arrays.set(name, a) }
  return a
}

const keyOf = (rt: Runtime, keys: Expr[]) => keys.map((k) => toStr(evalExpr(rt, k))).join(toStr(rt.vars.get('SUBSEP')!))

function compare(a: Value, b: Value, aNumeric: boolean, bNumeric: boolean): number {
  if (aNumeric && bNumeric) return toNum(a) - toNum(b)
  const x = toStr(a)
  const y = toStr(b)
  return x < y ? -1 : x > y ? 1 : 0
}

/** Whether an expression's value compares as a number: numbers, and strings from input that look numeric. */
function numericish(e: Expr, v: Value): boolean {
  if (typeof v === 'number') return true
  if (e.k === 'str') return false
  if (e.k === 'field' || e.k === 'var' || e.k === 'index' || e.k === 'group') return looksNumeric(v)
  return false
}

function evalExpr(rt: Runtime, e: Expr): Value {
  switch (e.k) {
    case 'num': return e.v
    case 'str': return e.v
    case 're': return regexOf(e, rt).test(rt.record) ? 1 : 0
    case 'group': return evalExpr(rt, e.e)
    case 'var': return rt.vars.get(e.name) ?? ''
    case 'field': return getField(rt, Math.trunc(toNum(evalExpr(rt, e.e))))
    case 'index': return arrayOf(rt, e.name).get(keyOf(rt, e.keys)) ?? (arrayOf(rt, e.name).set(keyOf(rt, e.keys), ''), '')
    case 'in': return arrayOf(rt, e.name).has(keyOf(rt, e.keys)) ? 1 : 0
    case 'not': return toBool(evalExpr(rt, e.e)) ? 0 : 1
    case 'neg': return -toNum(evalExpr(rt, e.e))
    case 'plus': return toNum(evalExpr(rt, e.e))
    case 'cond': return toBool(evalExpr(rt, e.c)) ? evalExpr(rt, e.a) : evalExpr(rt, e.b)
    case 'assign': {
      const v = evalExpr(rt, e.e)
      if (e.op === '=') return assign(rt, e.target, v)
      const cur = toNum(evalExpr(rt, e.target))
      return assign(rt, e.target, arith(e.op[0], cur, toNum(v)))
    }
    case 'incdec': {
      const cur = toNum(evalExpr(rt, e.target))
      const next = e.op === '++' ? cur + 1 : cur - 1
      assign(rt, e.target, next)
      return e.prefix ? next : cur
    }
    case 'call': return callBuiltin(rt, e.name, e.args)
    case 'bin': {
      if (e.op === '&&') return toBool(evalExpr(rt, e.a)) && toBool(evalExpr(rt, e.b)) ? 1 : 0
      if (e.op === '||') return toBool(evalExpr(rt, e.a)) || toBool(evalExpr(rt, e.b)) ? 1 : 0
      if (e.op === '~' || e.op === '!~') {
        const hit = regexOf(e.b, rt).test(toStr(evalExpr(rt, e.a)))
        return hit === (e.op === '~') ? 1 : 0
      }
      const a = evalExpr(rt, e.a)
      const b = evalExpr(rt, e.b)
      if (e.op === 'concat') return toStr(a) + toStr(b)
      if (['<', '<=', '>', '>=', '==', '!='].includes(e.op)) {
        const c = compare(a, b, numericish(e.a, a), numericish(e.b, b))
        return ({ '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0, '==': c === 0, '!=': c !== 0 } as Record<string, boolean>)[e.op] ? 1 : 0
      }
      return arith(e.op, toNum(a), toNum(b))
    }
  }
}

function arith(op: string, a: number, b: number): number {
  switch (op) {
    case '+': return a + b
    case '-': return a - b
    case '*': return a * b
    case '/': if (b === 0) throw new Error('awk: fatal: division by zero attempted'); return a / b
    case '%': if (b === 0) throw new Error('awk: fatal: division by zero attempted in `%\''); return a % b
    default: return a ** b
  }
}

function callBuiltin(rt: Runtime, name: string, args: Expr[]): Value {
  const v = (i: number) => (args[i] ? evalExpr(rt, args[i]) : '')
  switch (name) {
    case 'length': return args.length ? (args[0].k === 'var' && rt.arrays.has(args[0].name) ? rt.arrays.get(args[0].name)!.size : [...toStr(v(0))].length) : [...rt.record].length
    case 'substr': {
      const s = toStr(v(0))
      const start = Math.round(toNum(v(1)))
      const len = args.length > 2 ? Math.round(toNum(v(2))) : Infinity
      const from = Math.max(1, start)
      const to = Math.min(s.length + 1, start + len)
      return to > from ? s.slice(from - 1, to - 1) : ''
    }
    case 'index': return toStr(v(0)).indexOf(toStr(v(1))) + 1
    case 'split': {
      const s = toStr(v(0))
      const name2 = args[1].k === 'var' ? args[1].name : ''
      const parts = args[2] ? (args[2].k === 're' ? s.split(regexOf(args[2], rt)) : splitFields(s, toStr(v(2)))) : splitFields(s, toStr(rt.vars.get('FS')!))
      const arr = new Map<string, Value>()
      parts.forEach((x, i) => arr.set(String(i + 1), x))
      rt.arrays.set(name2, arr)
      return parts.length
    }
    case 'sub': case 'gsub': {
      const re = regexOf(args[0], rt)
      const target = args[2] ?? { k: 'field', e: { k: 'num', v: 0 } } as Expr
      const s = toStr(evalExpr(rt, target))
      const repl = toStr(v(1))
      let n = 0
      const g = new RegExp(re.source, name === 'gsub' ? 'g' : '')
      const out = s.replace(g, (m) => { n++; return repl.replace(/\\&|&/g, (x) => (x === '&' ? m : '&')) })
      if (n) assign(rt, target, out)
      return n
    }
    case 'match': {
      const m = regexOf(args[1], rt).exec(toStr(v(0)))
      rt.vars.set('RSTART', m ? m.index + 1 : 0)
      rt.vars.set('RLENGTH', m ? m[0].length : -1)
      return m ? m.index + 1 : 0
    }
    case 'sprintf': return cFormat(toStr(v(0)), args.slice(1).map((a) => evalExpr(rt, a)))
    case 'toupper': return toStr(v(0)).toUpperCase()
    case 'tolower': return toStr(v(0)).toLowerCase()
    case 'int': return Math.trunc(toNum(v(0)))
    case 'sqrt': return Math.sqrt(toNum(v(0)))
    case 'exp': return Math.exp(toNum(v(0)))
    case 'log': return Math.log(toNum(v(0)))
    case 'sin': return Math.sin(toNum(v(0)))
    case 'cos': return Math.cos(toNum(v(0)))
    case 'atan2': return Math.atan2(toNum(v(0)), toNum(v(1)))
    case 'rand': return 0.237788
    case 'srand': return 0
    case 'system': return 0
    default: throw new Error(`awk: fatal: function \`${name}' not defined`)
  }
}

function write(rt: Runtime, text: string, dest: { append: boolean; e: Expr } | undefined) {
  if (!dest) { rt.out(text); return }
  const name = toStr(evalExpr(rt, dest.e))
  if (name === '/dev/stderr') { rt.p.stderr.write(text); return }
  if (name === '/dev/stdout') { rt.out(text); return }
  const path = name.startsWith('/') ? name : `${rt.p.cwd.replace(/\/$/, '')}/${name}`
  if (!rt.files.has(path)) {
    rt.files.set(path, '')
    if (!dest.append) rt.p.fs.writeFile(path, '')
  }
  rt.files.set(path, rt.files.get(path)! + text)
}

function execAll(rt: Runtime, body: Stmt[]) { for (const s of body) exec(rt, s) }

function exec(rt: Runtime, s: Stmt): void {
  switch (s.k) {
    case 'print': {
      const ofs = toStr(rt.vars.get('OFS')!)
      const text = s.args.length ? s.args.map((a) => {
        const v = evalExpr(rt, a)
        return typeof v === 'number' && !Number.isInteger(v) ? formatG(v, 6) : toStr(v)
      }).join(ofs) : rt.record
      write(rt, text + toStr(rt.vars.get('ORS')!), s.dest)
      return
    }
    case 'printf': {
      const [fmt, ...rest] = s.args.map((a) => evalExpr(rt, a))
      write(rt, cFormat(toStr(fmt ?? ''), rest), s.dest)
      return
    }
    case 'expr': evalExpr(rt, s.e); return
    case 'block': execAll(rt, s.body); return
    case 'if': if (toBool(evalExpr(rt, s.c))) exec(rt, s.then); else if (s.else) exec(rt, s.else); return
    case 'while': case 'do': {
      let guard = 0
      if (s.k === 'do') { try { exec(rt, s.body) } catch (e) { if (e instanceof Break) return; if (!(e instanceof Continue)) throw e } }
      while (toBool(evalExpr(rt, s.c))) {
        if (++guard > 1_000_000) throw new Error('awk: fatal: loop ran too long')
        try { exec(rt, s.body) } catch (e) { if (e instanceof Break) break; if (!(e instanceof Continue)) throw e }
      }
      return
    }
    case 'for': {
      let guard = 0
      if (s.init) exec(rt, s.init)
      while (!s.c || toBool(evalExpr(rt, s.c))) {
        if (++guard > 1_000_000) throw new Error('awk: fatal: loop ran too long')
        try { exec(rt, s.body) } catch (e) { if (e instanceof Break) break; if (!(e instanceof Continue)) throw e }
        if (s.step) exec(rt, s.step)
      }
      return
    }
    case 'forin': {
      for (const k of [...arrayOf(rt, s.arr).keys()]) {
        rt.vars.set(s.v, k)
        try { exec(rt, s.body) } catch (e) { if (e instanceof Break) break; if (!(e instanceof Continue)) throw e }
      }
      return
    }
    case 'next': throw new Next()
    case 'exit': throw new Exit(s.e ? Math.trunc(toNum(evalExpr(rt, s.e))) : 0)
    case 'break': throw new Break()
    case 'continue': throw new Continue()
    case 'delete': if (s.keys) arrayOf(rt, s.name).delete(keyOf(rt, s.keys)); else arrayOf(rt, s.name).clear(); return
    case 'getline': return
  }
}

/** Filters over lines and characters: head, tail, wc, tee, tr, seq, yes. They read named files or stdin and write
 *  stdout; several files get `==> name <==` headers (head, tail) or a `total` line (wc). */
import { cFormat } from './c-format'
import { createTool, errText, parseOptions, type Applet, type Tool } from './applet'
import { readAllText } from '../../os/stream'
import { readInput, type OpenError } from './input'

const headTailOpenError = (t: Tool): OpenError => (name, msg) => {
  if (!t.gnu) return t.name === 'head' ? `${t.name}: ${name}: ${msg}` : `${t.name}: can't open '${name}': ${msg}`
  if (msg === 'Is a directory') return `${t.name}: error reading ${t.qa(name)}: ${msg}`
  return `${t.name}: cannot open ${t.qa(name)} for reading: ${msg}`
}

/** `-5` means `-n 5` for head and tail. */
const numericShorthand = (args: string[]) => args.map((a, i) => (/^-\d+$/.test(a) && !['-n', '-c', '--lines', '--bytes'].includes(args[i - 1]) ? `-n${a.slice(1)}` : a))

function badCount(t: Tool, value: string, what: 'lines' | 'bytes'): number {
  if (!t.gnu) t.err(`invalid number '${value}'`)
  else if (t.legacy) t.err(`${t.name === 'head' ? t.q(value) : value}: invalid number of ${what}`)
  else t.err(`invalid number of ${what}: ${t.qa(value)}`)
  return 1
}

/** Standard input up to its first `n` lines (or bytes), or all of it if shorter. */
async function readPrefix(p: Tool['p'], n: number, bytes: boolean): Promise<string> {
  let text = ''
  const enough = () => (bytes ? new TextEncoder().encode(text).length >= n : (text.match(/\n/g)?.length ?? 0) >= n)
  while (!enough()) {
    const c = await p.stdin.read()
    if (c === null) break
    text += typeof c === 'string' ? c : new TextDecoder().decode(c)
  }
  return text
}

function headOrTail(which: 'head' | 'tail'): Applet {
  return async (p, args, flavor) => {
    const t = createTool(p, which, flavor)
    const o = parseOptions(t, numericShorthand(args), { short: which === 'tail' ? 'c:fFn:qsv' : 'c:n:qv', long: { lines: 'n:', bytes: 'c:', quiet: 'q', silent: 'q', verbose: 'v', follow: 'f' } })
    if (typeof o === 'number') return o
    const bytes = o.order.filter((k) => k === 'n' || k === 'c').pop() === 'c'
    const raw = (bytes ? o.last('c') : o.last('n')) ?? '10'
    const m = /^([+-]?)(\d+)$/.exec(raw)
    if (!m) return badCount(t, raw, bytes ? 'bytes' : 'lines')
    const n = Number(m[2])
    const fromStart = which === 'tail' && m[1] === '+'
    const allBut = which === 'head' && m[1] === '-'
    const files = o.operands.length ? o.operands : ['-']
    const headers = (files.length > 1 && !o.has('q')) || o.has('v')
    let status = 0
    let first = true
    for (const f of files) {
      // head stops reading standard input once it has what it prints: `yes | head -1` must end.
      const text = which === 'head' && !allBut && f === '-' ? await readPrefix(p, n, bytes) : await readInput(t, f, headTailOpenError(t))
      if (text === null) { status = 1; continue }
      if (headers) p.stdout.write(`${first ? '' : '\n'}==> ${f === '-' ? 'standard input' : f} <==\n`)
      first = false
      if (bytes) {
        const b = new TextEncoder().encode(text)
        const part = which === 'head' ? (allBut ? b.slice(0, Math.max(0, b.length - n)) : b.slice(0, n)) : fromStart ? b.slice(Math.max(0, n - 1)) : b.slice(Math.max(0, b.length - n))
        p.stdout.write(part)
        continue
      }
      const lines = text.split(/(?<=\n)/).filter((l) => l !== '')
      const part = which === 'head' ? (allBut ? lines.slice(0, Math.max(0, lines.length - n)) : lines.slice(0, n)) : fromStart ? lines.slice(Math.max(0, n - 1)) : lines.slice(Math.max(0, lines.length - n))
      p.stdout.write(part.join(''))
    }
    return status
  }
}

export const head = headOrTail('head')
export const tail = headOrTail('tail')

export const wc: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'wc', flavor)
  const o = parseOptions(t, args, { short: 'clLmw', long: { bytes: 'c', chars: 'm', lines: 'l', words: 'w', 'max-line-length': 'L' } })
  if (typeof o === 'number') return o
  const any = ['l', 'w', 'm', 'c', 'L'].some((k) => o.has(k))
  const show = (['l', 'w', 'm', 'c', 'L'] as const).filter((k) => (any ? o.has(k) : k === 'l' || k === 'w' || k === 'c'))
  const files = o.operands.length ? o.operands : ['-']
  const counts = (text: string) => ({
    l: (text.match(/\n/g) ?? []).length,
    w: text.split(/\s+/).filter(Boolean).length,
    m: [...text].length,
    c: new TextEncoder().encode(text).length,
    L: Math.max(0, ...text.split('\n').map((l) => [...l].length)),
  })
  const rows: { name?: string; c: ReturnType<typeof counts> }[] = []
  let status = 0
  const failed: OpenError = (name, msg) => `wc: ${t.gnu ? t.qf(name) : name}: ${msg}`
  for (const f of files) {
    const text = await readInput(t, f, failed)
    if (text === null) {
      status = 1
      if (p.fs.stat(t.abs(f))?.type === 'dir') rows.push({ name: f, c: counts('') })
      continue
    }
    rows.push({ name: o.operands.length ? f : undefined, c: counts(text) })
  }
  if (rows.length > 1) {
    const total = { l: 0, w: 0, m: 0, c: 0, L: 0 }
    for (const r of rows) for (const k of ['l', 'w', 'm', 'c'] as const) total[k] += r.c[k]
    total.L = Math.max(0, ...rows.map((r) => r.c.L))
    rows.push({ name: 'total', c: total })
  }
  const stdin = files.includes('-')
  let width: number
  if (!t.gnu) width = show.length === 1 && rows.length === 1 ? 1 : 9
  else if (show.length === 1 && rows.length === 1) width = 1
  else if (stdin || files.some((f) => p.fs.stat(t.abs(f))?.type === 'dir')) width = 7
  else width = Math.max(1, String(rows.reduce((n, r) => (r.name === 'total' ? n : n + r.c.c), 0)).length)
  for (const r of rows) p.stdout.write(`${show.map((k) => String(r.c[k]).padStart(width)).join(' ')}${r.name !== undefined ? ` ${r.name}` : ''}\n`)
  return status
}

export const tee: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'tee', flavor)
  const o = parseOptions(t, args, { short: 'ai', long: { append: 'a', 'ignore-interrupts': 'i' } })
  if (typeof o === 'number') return o
  let status = 0
  const targets: string[] = []
  for (const f of o.operands) {
    try {
      p.fs.writeFile(t.abs(f), '', { append: o.has('a') })
      targets.push(t.abs(f))
    } catch (e) {
      t.err(t.gnu ? `${t.qf(f)}: ${errText(e)}` : `can't open '${f}': ${errText(e)}`)
      status = 1
    }
  }
  for (let c = await p.stdin.read(); c !== null; c = await p.stdin.read()) {
    p.stdout.write(c)
    for (const path of targets) p.fs.writeFile(path, c, { append: true })
  }
  return status
}

const CLASSES: Record<string, string> = {
  lower: 'abcdefghijklmnopqrstuvwxyz', upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', digit: '0123456789',
  space: ' \t\n\v\f\r', blank: ' \t', punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', xdigit: '0123456789ABCDEFabcdef',
}
CLASSES.alpha = CLASSES.lower + CLASSES.upper
CLASSES.alnum = CLASSES.alpha + CLASSES.digit

/** A tr SET written out as its characters: ranges, [:class:], backslash escapes. */
export function expandSet(set: string): string[] {
  const out: string[] = []
  const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v' }
  const chars: string[] = []
  for (let i = 0; i < set.length; i++) {
    const cls = /^\[:([a-z]+):\]/.exec(set.slice(i))
    if (cls && CLASSES[cls[1]]) { chars.push(`\0class:${cls[1]}`); i += cls[0].length - 1; continue }
    if (set[i] === '\\' && i + 1 < set.length) {
      const oct = /^[0-7]{1,3}/.exec(set.slice(i + 1))
      if (oct) { chars.push(String.fromCharCode(parseInt(oct[0], 8))); i += oct[0].length; continue }
      chars.push(esc[set[i + 1]] ?? set[i + 1]); i++; continue
    }
    chars.push(set[i])
  }
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]
    if (c.startsWith('\0class:')) { out.push(...CLASSES[c.slice(7)]); continue }
    if (chars[i + 1] === '-' && i + 2 < chars.length && !chars[i + 2].startsWith('\0')) {
      const from = c.codePointAt(0)!
      const to = chars[i + 2].codePointAt(0)!
      for (let k = from; k <= to; k++) out.push(String.fromCodePoint(k))
      i += 2
      continue
    }
    out.push(c)
  }
  return out
}

export const tr: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'tr', flavor)
  const o = parseOptions(t, args, { short: 'cCdst', long: { complement: 'c', delete: 'd', 'squeeze-repeats': 's', truncate: 't' } })
  if (typeof o === 'number') return o
  const del = o.has('d')
  const squeeze = o.has('s')
  const [s1, s2] = o.operands
  if (s1 === undefined) return t.gnu ? t.usage('missing operand') : t.usage()
  if (!del && !squeeze && s2 === undefined) {
    if (!t.gnu) return t.usage()
    t.err(`missing operand after ${t.q(s1)}`)
    p.stderr.write('Two strings must be given when translating.\n')
    return t.usage(undefined)
  }
  const set1 = expandSet(s1)
  const complement = o.has('c') || o.has('C')
  const in1 = (ch: string) => set1.includes(ch) !== complement
  const set2 = s2 !== undefined ? expandSet(s2) : []
  const input = await readAllText(p.stdin)
  let out = ''
  let last = ''
  for (const ch of input) {
    let c = ch
    if (del) { if (in1(c)) continue }
    else if (set2.length && in1(c)) {
      const idx = complement ? set2.length - 1 : set1.lastIndexOf(c)
      c = set2[Math.min(idx, set2.length - 1)]
    }
    const squeezeSet = del ? set2 : set2.length ? set2 : set1
    if (squeeze && c === last && (del || set2.length ? squeezeSet.includes(c) : in1(c))) continue
    out += c
    last = c
  }
  p.stdout.write(out)
  return 0
}

export const seq: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'seq', flavor)
  // Negative numbers are operands, not options.
  const opts: string[] = []
  const nums: string[] = []
  for (let i = 0; i < args.length; i++) {
    if (/^-\d/.test(args[i]) || nums.length) nums.push(args[i])
    else if (args[i] === '-s' || args[i] === '-f') { opts.push(args[i], args[i + 1] ?? ''); i++ }
    else if (args[i].startsWith('-')) opts.push(args[i])
    else nums.push(args[i])
  }
  // busybox's seq has no -f.
  const o = parseOptions(t, opts, t.gnu ? { short: 'f:s:w', long: { separator: 's:', 'equal-width': 'w', format: 'f:' } } : { short: 's:w' })
  if (typeof o === 'number') return o
  const format = o.last('f')
  if (format !== undefined) {
    if (o.has('w')) { p.stderr.write('seq: format string may not be specified when printing equal width strings\nTry \'seq --help\' for more information.\n'); return 1 }
    const directives = [...format.matchAll(/%[-+ #0']*\d*(\.\d*)?([a-zA-Z%])/g)].filter((m) => m[2] !== '%')
    if (directives.length === 0) { p.stderr.write(`seq: format ${t.q(format)} has no % directive\n`); return 1 }
    if (directives.length > 1) { p.stderr.write(`seq: format ${t.q(format)} has too many % directives\n`); return 1 }
    if (!/[aAeEfFgG]/.test(directives[0][2])) { p.stderr.write(`seq: format ${t.q(format)} has unknown %${directives[0][2]} directive\n`); return 1 }
  }
  if (nums.length === 0) return t.gnu ? t.usage('missing operand') : t.usage()
  if (nums.length > 3) return t.gnu ? t.usage(`extra operand ${t.q(nums[3])}`) : t.usage()
  for (const n of nums) if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(n)) return t.gnu ? t.usage(`invalid floating point argument: ${t.q(n)}`) : t.usage()
  const [first, inc, last] = nums.length === 1 ? ['1', '1', nums[0]] : nums.length === 2 ? [nums[0], '1', nums[1]] : nums
  if (Number(inc) === 0) return t.gnu ? t.usage(`invalid Zero increment value: ${t.q(inc)}`) : t.usage()
  const decimals = Math.max(...[first, inc].map((n) => (n.includes('.') ? n.split('.')[1].length : 0)))
  const a = Number(first)
  const step = Number(inc)
  const b = Number(last)
  const values: string[] = []
  for (let i = 0; values.length < 2_000_000; i++) {
    const v = a + i * step
    if (step > 0 ? v > b + 1e-9 : v < b - 1e-9) break
    values.push(format !== undefined ? cFormat(format, [v]) : v.toFixed(decimals))
  }
  if (o.has('w')) {
    const w = Math.max(...values.map((v) => v.replace('-', '').length), b.toFixed(decimals).length)
    for (let i = 0; i < values.length; i++) values[i] = values[i].startsWith('-') ? '-' + values[i].slice(1).padStart(w - 1, '0') : values[i].padStart(w, '0')
  }
  const sep = o.last('s') ?? '\n'
  if (values.length) p.stdout.write(values.join(sep) + '\n')
  return 0
}

/** yes: for ever, until a signal ends it (SIGPIPE when its reader is gone, Ctrl-C on a terminal); written in
 *  batches with a pause between them, so the reader and the screen keep up. */
export const yes: Applet = async (p, args) => {
  const batch = ((args.length ? args.join(' ') : 'y') + '\n').repeat(500)
  for (;;) {
    p.stdout.write(batch)
    await p.sleep(1)
  }
}

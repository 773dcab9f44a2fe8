/** Tools that see lines as fields: sort (-n -r -u -f -b -t -k -o), uniq (-c -d -u -i), cut (-b -c -f -d -s).
 *  sort compares in the process's locale (collate.ts) and, on equal keys, by the whole line, as GNU sort does. */
import { createTool, parseOptions, type Applet } from './applet'
import { collator } from './collate'
import { readInput, splitLines, type OpenError } from './input'

interface SortKey { startField: number; startChar: number; endField: number; endChar: number; opts: string }

function parseKey(spec: string): SortKey | undefined {
  const m = /^(\d+)(?:\.(\d+))?([bdfgiMhnRrV]*)(?:,(\d+)(?:\.(\d+))?([bdfgiMhnRrV]*))?$/.exec(spec)
  if (!m || Number(m[1]) === 0) return undefined
  return { startField: Number(m[1]), startChar: Number(m[2] ?? 1), endField: m[4] ? Number(m[4]) : Infinity, endChar: Number(m[5] ?? 0), opts: (m[3] ?? '') + (m[6] ?? '') }
}

/** Fields: with a separator, split on it; otherwise each field is its leading blanks plus a run of non-blanks. */
function fieldsOf(line: string, sep: string | undefined): string[] {
  if (sep !== undefined) return line.split(sep)
  return line.match(/\s*\S+|\s+$/g) ?? ['']
}

function keyText(line: string, key: SortKey, sep: string | undefined): string {
  const f = fieldsOf(line, sep)
  const start = f.slice(0, key.startField - 1).reduce((n, x) => n + x.length + (sep ? sep.length : 0), 0)
  let from = start
  if (key.startField - 1 < f.length) {
    let field = f[key.startField - 1]
    if (key.opts.includes('b') && sep === undefined) { const lead = field.length - field.trimStart().length; from += lead; field = field.trimStart() }
    from += Math.min(key.startChar - 1, field.length)
  } else return ''
  let to = line.length
  if (key.endField !== Infinity) {
    const endStart = f.slice(0, key.endField - 1).reduce((n, x) => n + x.length + (sep ? sep.length : 0), 0)
    const field = f[key.endField - 1] ?? ''
    to = Math.min(line.length, key.endChar ? endStart + key.endChar : endStart + field.length)
  }
  return line.slice(from, Math.max(from, to))
}

const leadingNumber = (s: string): number => {
  const m = /^\s*([-+]?\d*\.?\d+)/.exec(s)
  return m ? Number(m[1]) : 0
}

const humanNumber = (s: string): number => {
  const m = /^\s*([-+]?\d*\.?\d+)([KMGTPE]?)/i.exec(s)
  if (!m) return 0
  return Number(m[1]) * 1024 ** ' KMGTPE'.indexOf(m[2].toUpperCase() || ' ')
}

export const sort: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'sort', flavor, 2)
  const o = parseOptions(t, args, {
    short: 'bcdfghik:Mno:rsS:t:uVz', long: { 'ignore-leading-blanks': 'b', 'ignore-case': 'f', 'numeric-sort': 'n', 'human-numeric-sort': 'h', reverse: 'r', unique: 'u', key: 'k:', 'field-separator': 't:', output: 'o:', stable: 's', 'version-sort': 'V' },
  })
  if (typeof o === 'number') return o
  const sep = o.last('t')
  if (sep !== undefined && [...sep].length !== 1) {
    if (t.gnu) { t.err(sep === '' ? 'empty tab' : `multi-character tab ${t.q(sep)}`); return 2 }
    return t.usage()
  }
  const keys: SortKey[] = []
  for (const k of o.values.get('k') ?? []) {
    const key = parseKey(k)
    if (!key) return t.gnu ? t.usage(`invalid number at field start: invalid count at start of ${t.q(k)}`, 2) : t.usage()
    keys.push(key)
  }
  const global = ['b', 'f', 'n', 'h', 'r', 'g', 'V', 'M', 'd', 'i'].filter((k) => o.has(k)).join('')
  const cmpText = collator(p, !t.gnu)
  const compareBy = (a: string, b: string, opts: string): number => {
    let r: number
    if (opts.includes('n') || opts.includes('g')) r = leadingNumber(a) - leadingNumber(b)
    else if (opts.includes('h')) r = humanNumber(a) - humanNumber(b)
    else if (opts.includes('V')) r = a.localeCompare(b, 'en', { numeric: true })
    else {
      const x = opts.includes('b') ? a.trimStart() : a
      const y = opts.includes('b') ? b.trimStart() : b
      r = opts.includes('f') ? cmpText(x.toUpperCase(), y.toUpperCase()) : cmpText(x, y)
    }
    return opts.includes('r') ? -r : r
  }
  const compareKeys = (a: string, b: string): number => {
    if (keys.length === 0) return compareBy(a, b, global)
    for (const k of keys) {
      // A key with ordering options of its own ignores the global ones.
      const opts = k.opts.replace(/b/g, '') === '' ? global + k.opts : k.opts
      const r = compareBy(keyText(a, k, sep), keyText(b, k, sep), opts)
      if (r) return r
    }
    return 0
  }
  const files = o.operands.length ? o.operands : ['-']
  const failed: OpenError = (name, msg) => (t.gnu ? (t.legacy ? `sort: open failed: ${name}: ${msg}` : `sort: cannot read: ${t.qf(name)}: ${msg}`) : `sort: ${name}: ${msg}`)
  const lines: string[] = []
  for (const f of files) {
    const text = await readInput(t, f, failed)
    if (text === null) return 2
    lines.push(...splitLines(text))
  }
  if (o.has('c')) {
    for (let i = 1; i < lines.length; i++) {
      if (compareKeys(lines[i - 1], lines[i]) > 0) { p.stderr.write(`sort: ${files[0] === '-' ? '-' : files[0]}:${i + 1}: disorder: ${lines[i]}\n`); return 1 }
    }
    return 0
  }
  const reverseAll = o.has('r')
  const lastResort = (a: string, b: string) => (o.has('s') || o.has('u') ? 0 : reverseAll ? -cmpText(a, b) : cmpText(a, b))
  const sorted = [...lines].sort((a, b) => compareKeys(a, b) || lastResort(a, b))
  const out = o.has('u') ? sorted.filter((l, i) => i === 0 || compareKeys(sorted[i - 1], l) !== 0) : sorted
  const text = out.map((l) => `${l}\n`).join('')
  if (o.has('o')) p.fs.writeFile(t.abs(o.last('o')!), text)
  else p.stdout.write(text)
  return 0
}

export const uniq: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'uniq', flavor)
  const o = parseOptions(t, args, { short: 'cdDf:is:uw:z', long: { count: 'c', repeated: 'd', 'ignore-case': 'i', unique: 'u', 'skip-fields': 'f:', 'skip-chars': 's:', 'check-chars': 'w:' } })
  if (typeof o === 'number') return o
  if (o.operands.length > 2) return t.gnu ? t.usage(`extra operand ${t.q(o.operands[2])}`) : t.usage()
  const failed: OpenError = (name, msg) => (t.gnu ? `uniq: ${t.qf(name)}: ${msg}` : `uniq: can't open '${name}': ${msg}`)
  const text = await readInput(t, o.operands[0] ?? '-', failed)
  if (text === null) return 1
  const skipF = Number(o.last('f') ?? 0)
  const skipC = Number(o.last('s') ?? 0)
  const width = o.has('w') ? Number(o.last('w')) : Infinity
  const key = (l: string) => {
    let s = l
    for (let i = 0; i < skipF; i++) s = s.replace(/^\s*\S+/, '')
    s = s.slice(skipC).slice(0, width)
    return o.has('i') ? s.toLowerCase() : s
  }
  const groups: { line: string; n: number }[] = []
  for (const l of splitLines(text)) {
    const g = groups[groups.length - 1]
    if (g && key(g.line) === key(l)) g.n++
    else groups.push({ line: l, n: 1 })
  }
  let out = ''
  for (const g of groups) {
    if (o.has('d') && g.n < 2) continue
    if (o.has('u') && g.n > 1) continue
    out += o.has('c') ? `${String(g.n).padStart(7)} ${g.line}\n` : `${g.line}\n`
  }
  if (o.operands[1] !== undefined) p.fs.writeFile(t.abs(o.operands[1]), out)
  else p.stdout.write(out)
  return 0
}

type Range = [number, number]

export const cut: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'cut', flavor)
  const o = parseOptions(t, args, { short: 'b:c:d:f:ns', long: { bytes: 'b:', characters: 'c:', delimiter: 'd:', fields: 'f:', 'only-delimited': 's', complement: 'C', 'output-delimiter': 'O:' } })
  if (typeof o === 'number') return o
  const modes = ['b', 'c', 'f'].filter((k) => o.has(k))
  if (modes.length === 0) return t.gnu ? t.usage('you must specify a list of bytes, characters, or fields') : (t.err('expected a list of bytes, characters, or fields'), 1)
  if (modes.length > 1) return t.gnu ? t.usage('only one type of list may be specified') : (t.err('only one list type may be specified'), 1)
  const mode = modes[0]
  if (o.has('d') && mode !== 'f') return t.gnu ? t.usage('an input delimiter may be specified only when operating on fields') : (t.err('a delimiter may be specified only when operating on fields'), 1)
  const delim = o.last('d') ?? '\t'
  if (mode === 'f' && [...delim].length !== 1) return t.gnu ? t.usage('the delimiter must be a single character') : (t.err('the delimiter must be a single character'), 1)
  const ranges: Range[] = []
  for (const part of o.last(mode)!.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part)
    if (!m || (m[1] === '' && m[3] === '') || Number(m[1] || 1) === 0 || (m[3] !== '' && Number(m[3]) === 0)) {
      if (!t.gnu) { t.err(m && (m[1] === '0' || m[3] === '0') ? 'fields are numbered from 1' : `invalid number '${part}'`); return 1 }
      if (m && (m[1] === '0' || m[3] === '0')) return t.usage(mode === 'f' ? 'fields and positions are numbered from 1' : 'byte/character positions are numbered from 1')
      return t.usage(`invalid ${mode === 'f' ? 'field' : 'byte/character'} ${mode === 'f' ? 'value' : 'position'} ${t.q(part)}`)
    }
    const from = Number(m[1] || 1)
    const to = m[2] ? (m[3] ? Number(m[3]) : Infinity) : from
    if (to < from) return t.gnu ? t.usage('invalid decreasing range') : (t.err('invalid decreasing range'), 1)
    ranges.push([from, to])
  }
  const complement = o.has('C')
  const selected = (i: number) => ranges.some(([a, b]) => i >= a && i <= b) !== complement
  const outDelim = o.last('O') ?? (mode === 'f' ? delim : '')
  const files = o.operands.length ? o.operands : ['-']
  const failed: OpenError = (name, msg) => (t.gnu ? `cut: ${t.qf(name)}: ${msg}` : `cut: ${name}: ${msg}`)
  let status = 0
  for (const f of files) {
    const text = await readInput(t, f, failed)
    if (text === null) { status = 1; continue }
    let out = ''
    for (const line of splitLines(text)) {
      if (mode === 'f') {
        if (!line.includes(delim)) { if (!o.has('s')) out += `${line}\n`; continue }
        out += line.split(delim).filter((_, i) => selected(i + 1)).join(outDelim) + '\n'
      } else {
        const units = mode === 'b' ? [...new TextEncoder().encode(line)].map((b) => String.fromCharCode(b)) : [...line]
        const picked = units.filter((_, i) => selected(i + 1)).join('')
        out += (mode === 'b' ? new TextDecoder().decode(Uint8Array.from(picked, (c) => c.charCodeAt(0))) : picked) + '\n'
      }
    }
    p.stdout.write(out)
  }
  return status
}

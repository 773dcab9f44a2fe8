/** Go's time.ParseDuration: [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+ with units ns, us (µs, μs), ms, s, m, h.
 *  "0" alone needs no unit. Errors are Go's texts: `time: invalid duration "x"`, `time: missing unit in duration "1"`,
 *  `time: unknown unit "x" in duration "1x"`.
 *  Invariant: the result is in nanoseconds, computed with BigInt so overflow is detected as Go detects it. */
import type { GoResult } from './go-strconv'

const UNITS: Record<string, bigint> = {
  ns: 1n, us: 1000n, 'µs': 1000n, 'μs': 1000n, ms: 1_000_000n, s: 1_000_000_000n, m: 60_000_000_000n,
  h: 3_600_000_000_000n,
}
const MAX = 1n << 63n

/** time's own quote: non-ASCII and control bytes as \xNN, quote and backslash escaped. */
function timeQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (c >= 0x80 || c < 0x20) {
      for (const b of new TextEncoder().encode(ch)) out += '\\x' + b.toString(16).padStart(2, '0')
    } else out += ch === '"' || ch === '\\' ? '\\' + ch : ch
  }
  return out + '"'
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'

export function parseGoDuration(orig: string): GoResult<number> {
  const invalid = { ok: false as const, error: 'time: invalid duration ' + timeQuote(orig) }
  let s = orig
  let neg = false
  if (s !== '' && (s[0] === '-' || s[0] === '+')) { neg = s[0] === '-'; s = s.slice(1) }
  if (s === '0') return { ok: true, value: 0 }
  if (s === '') return invalid
  let d = 0n
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) return invalid
    let i = 0
    while (isDigit(s[i])) i++
    const pre = i > 0
    let v = pre ? BigInt(s.slice(0, i)) : 0n
    if (v > MAX) return invalid
    s = s.slice(i)
    let frac = ''
    let post = false
    if (s[0] === '.') {
      s = s.slice(1)
      let j = 0
      while (isDigit(s[j])) j++
      frac = s.slice(0, j)
      post = j > 0
      s = s.slice(j)
    }
    if (!pre && !post) return invalid
    let k = 0
    while (k < s.length && !(s[k] === '.' || isDigit(s[k]))) k++
    if (k === 0) return { ok: false, error: 'time: missing unit in duration ' + timeQuote(orig) }
    const u = s.slice(0, k)
    s = s.slice(k)
    const unit = UNITS[u]
    if (unit === undefined) {
      return { ok: false, error: 'time: unknown unit ' + timeQuote(u) + ' in duration ' + timeQuote(orig) }
    }
    if (v > MAX / unit) return invalid
    v *= unit
    if (frac !== '' && /[1-9]/.test(frac)) {
      v += BigInt(Math.floor(Number('0.' + frac) * Number(unit)))
      if (v > MAX) return invalid
    }
    d += v
    if (d > MAX) return invalid
  }
  if (!neg && d > MAX - 1n) return invalid
  return { ok: true, value: Number(neg ? -d : d) }
}

/** Go's strconv as the docker CLI meets it: ParseBool, ParseInt/ParseUint with base 0 (0x, 0o, 0b, leading-0 octal,
 *  underscores between digits), the decimal ParseFloat grammar, and Quote (%q). The error texts are Go's own:
 *  `strconv.ParseInt: parsing "x": invalid syntax`, `… value out of range`.
 *  Invariant: pure functions of their arguments; numbers beyond 2^53 are checked with BigInt, returned as number. */

export type GoResult<T> = { ok: true; value: T } | { ok: false; error: string }

// strconv.Quote lives with the template engine's fmt verbs (one implementation of Go's printable-rune rules).
import { goQuote } from '../format/go-template-fmt'
export { goQuote }

const syntaxError = (fn: string, s: string) => `strconv.${fn}: parsing ${goQuote(s)}: invalid syntax`
const rangeError = (fn: string, s: string) => `strconv.${fn}: parsing ${goQuote(s)}: value out of range`

export function parseGoBool(s: string): GoResult<boolean> {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return { ok: true, value: true }
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return { ok: true, value: false }
  return { ok: false, error: syntaxError('ParseBool', s) }
}

/** The magnitude of an unsigned literal in base 0, or undefined when the syntax is wrong. */
function parseMagnitude(s: string): bigint | undefined {
  let base = 10
  let digits = s
  let prefixed = false
  if (s.length > 1 && s[0] === '0') {
    const p = s[1].toLowerCase()
    if (p === 'x') { base = 16; digits = s.slice(2); prefixed = true }
    else if (p === 'o') { base = 8; digits = s.slice(2); prefixed = true }
    else if (p === 'b') { base = 2; digits = s.slice(2); prefixed = true }
    else { base = 8; digits = s.slice(1); prefixed = true }
  }
  if (digits === '' && !(base === 8 && s === '0')) return undefined
  // Underscores are allowed only with base 0, between digits or after the prefix.
  if (digits.includes('_')) {
    if (digits.startsWith('_') && !prefixed) return undefined
    if (digits.endsWith('_') || digits.includes('__')) return undefined
    digits = digits.replace(/^_/, '').replaceAll('_', '')
    if (digits === '') return undefined
  }
  let n = 0n
  for (const ch of digits) {
    const d = parseInt(ch, 36)
    if (Number.isNaN(d) || d >= base) return undefined
    n = n * BigInt(base) + BigInt(d)
  }
  return n
}

/** strconv.ParseInt(s, 0, bits). */
export function parseGoInt(s: string, bits = 64): GoResult<number> {
  let body = s
  let neg = false
  if (body.startsWith('+') || body.startsWith('-')) { neg = body[0] === '-'; body = body.slice(1) }
  const mag = body === '' ? undefined : parseMagnitude(body)
  if (mag === undefined) return { ok: false, error: syntaxError('ParseInt', s) }
  const limit = 1n << BigInt(bits - 1)
  if ((!neg && mag >= limit) || (neg && mag > limit)) return { ok: false, error: rangeError('ParseInt', s) }
  return { ok: true, value: Number(neg ? -mag : mag) }
}

/** strconv.ParseUint(s, 0, bits). */
export function parseGoUint(s: string, bits = 64): GoResult<number> {
  const mag = s === '' || s.startsWith('+') || s.startsWith('-') ? undefined : parseMagnitude(s)
  if (mag === undefined) return { ok: false, error: syntaxError('ParseUint', s) }
  if (mag >= 1n << BigInt(bits)) return { ok: false, error: rangeError('ParseUint', s) }
  return { ok: true, value: Number(mag) }
}

/** strconv.ParseFloat(s, 64) for decimal literals (what sizes and CPU counts are written in). */
export function parseGoFloat(s: string): GoResult<number> {
  const m = /^[+-]?(?:\d+(?:_\d+)*(?:\.(?:\d+(?:_\d+)*)?)?|\.\d+(?:_\d+)*)(?:[eE][+-]?\d+)?$/.exec(s)
  const special = /^[+-]?(inf|infinity|nan)$/i.exec(s)
  if (special) {
    const v = special[1].toLowerCase() === 'nan' ? NaN : s.startsWith('-') ? -Infinity : Infinity
    return { ok: true, value: v }
  }
  if (!m || (s.includes('_'))) return { ok: false, error: syntaxError('ParseFloat', s) }
  const v = Number(s)
  if (!Number.isFinite(v)) return { ok: false, error: rangeError('ParseFloat', s) }
  return { ok: true, value: v }
}

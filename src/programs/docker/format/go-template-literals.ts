/** Literals in template actions as Go reads them: strconv.Unquote for "…", `…` and '…', and parse.newNumber's
 *  reading of numbers (ints with base prefixes and underscores, floats, character constants) with its errors
 *  (`illegal number syntax: "1a"`, `integer overflow: "089"`, `malformed character constant: 'ab'`). */
import { goQuote } from './go-template-fmt'
import type { NumberNode } from './go-template-nodes'
import type { ItemType } from './go-template-lex'

const CHAR_ESCAPES: Readonly<Record<string, number>> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, "'": 39, '"': 34 }

/** strconv.Unquote for "…", `…` and '…' (a character constant yields one code point). */
export function unquote(s: string): string | undefined {
  const q = s[0]
  if (s.length < 2 || s[s.length - 1] !== q) return undefined
  const body = s.slice(1, -1)
  if (q === '`') return body.includes('`') ? undefined : body.replace(/\r/g, '')
  if (q !== '"' && q !== "'") return undefined
  let out = ''
  for (let i = 0; i < body.length; ) {
    const c = body[i]
    if (c === q || c === '\n') return undefined
    if (c !== '\\') {
      const cp = body.codePointAt(i)!
      out += String.fromCodePoint(cp)
      i += cp > 0xffff ? 2 : 1
      continue
    }
    const e = body[i + 1]
    if (e === undefined) return undefined
    if (e in CHAR_ESCAPES) {
      if ((e === "'" && q === '"') || (e === '"' && q === "'")) return undefined
      out += String.fromCharCode(CHAR_ESCAPES[e])
      i += 2
      continue
    }
    const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0
    if (hexLen) {
      const h = body.slice(i + 2, i + 2 + hexLen)
      if (!new RegExp(`^[0-9a-fA-F]{${hexLen}}$`).test(h)) return undefined
      const v = parseInt(h, 16)
      if (e === 'x') {
        if (q === "'" ) out += String.fromCodePoint(v)
        else out += v < 0x80 ? String.fromCharCode(v) : '\ufffd'
      } else {
        if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return undefined
        out += String.fromCodePoint(v)
      }
      i += 2 + hexLen
      continue
    }
    if (e >= '0' && e <= '7') {
      const o = body.slice(i + 1, i + 4)
      if (!/^[0-7]{3}$/.test(o) || parseInt(o, 8) > 255) return undefined
      const v = parseInt(o, 8)
      out += v < 0x80 || q === "'" ? String.fromCharCode(v) : '\ufffd'
      i += 4
      continue
    }
    return undefined
  }
  if (q === "'" && [...out].length !== 1) return undefined
  return out
}

/** strconv's underscoreOK: underscores only between digits, or between a base prefix and a digit. */
function underscoreOK(text: string): boolean {
  let s = text
  if (s[0] === '+' || s[0] === '-') s = s.slice(1)
  let saw = '^'
  let i = 0
  let hex = false
  if (/^0[bBoOxX]/.test(s)) {
    i = 2
    saw = '0'
    hex = s[1] === 'x' || s[1] === 'X'
  }
  for (; i < s.length; i++) {
    const c = s[i]
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0'
      continue
    }
    if (c === '_') {
      if (saw !== '0') return false
      saw = '_'
      continue
    }
    if (saw === '_') return false
    saw = '!'
  }
  return saw !== '_'
}

/** strconv.ParseInt/ParseUint with base 0 as BigInt, or undefined for bad syntax. */
function parseGoInt(text: string): bigint | undefined {
  if (text.includes('_') && !underscoreOK(text)) return undefined
  let s = text.replace(/_/g, '')
  let neg = false
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-'
    s = s.slice(1)
  }
  let base = 10
  if (/^0[xX]/.test(s)) { base = 16; s = s.slice(2) }
  else if (/^0[oO]/.test(s)) { base = 8; s = s.slice(2) }
  else if (/^0[bB]/.test(s)) { base = 2; s = s.slice(2) }
  else if (/^0./.test(s)) { base = 8; s = s.slice(1) }
  const digits = '0123456789abcdef'.slice(0, base)
  if (s === '' || ![...s.toLowerCase()].every((c) => digits.includes(c))) return undefined
  let v = 0n
  for (const c of s.toLowerCase()) v = v * BigInt(base) + BigInt(digits.indexOf(c))
  return neg ? -v : v
}

/** strconv.ParseFloat for decimal (and hex mantissa) text, or undefined. */
function parseGoFloat(text: string): number | undefined {
  if (text.includes('_') && !underscoreOK(text)) return undefined
  const s = text.replace(/_/g, '')
  if (/^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)$/.test(s)) return Number(s)
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/.exec(s)
  if (hex && (hex[2] || hex[3])) {
    const mant = parseInt((hex[2] || '0') + (hex[3] || ''), 16)
    const v = mant * 2 ** (Number(hex[4]) - 4 * hex[3].length)
    return hex[1] === '-' ? -v : v
  }
  return undefined
}

const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n
const UINT64_MAX = 2n ** 64n - 1n
const toJs = (v: bigint): number | bigint => (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v)

export function newNumber(pos: number, text: string, typ: ItemType): NumberNode | string {
  if (typ === 'charConstant') {
    // strconv.UnquoteChar on what follows the opening quote, then the closing quote must be all that is left.
    const body = text.slice(1)
    const first = /^\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|[abfnrtv\\'"])/.exec(body)?.[0] ?? [...body][0] ?? ''
    const ch = first === "'" ? undefined : unquote(`'${first}'`)
    if (ch === undefined) return 'invalid syntax'
    if (body.slice(first.length) !== "'") return `malformed character constant: ${text}`
    const r = ch.codePointAt(0)!
    return { type: 'number', pos, text, isInt: true, isUint: true, isFloat: true, isComplex: false, int: r, float: r }
  }
  if (typ === 'complex' || text.endsWith('i')) {
    // Complex constants parse, as in Go; templates here never compute with them.
    const f = parseGoFloat(text.slice(0, -1))
    if (typ !== 'complex' && f === undefined) return `illegal number syntax: ${goQuote(text)}`
    return { type: 'number', pos, text, isInt: false, isUint: false, isFloat: false, isComplex: true }
  }
  const big = parseGoInt(text)
  let isInt = big !== undefined && big >= INT64_MIN && big <= INT64_MAX
  let isUint = big !== undefined && big >= 0n && big <= UINT64_MAX && !/^[+-]/.test(text)
  if (big === 0n) isUint = true
  let int: number | bigint | undefined = big !== undefined && (isInt || isUint) ? toJs(big) : undefined
  let float: number | undefined
  let isFloat = false
  if (isInt || isUint) {
    isFloat = true
    float = Number(big)
  } else {
    const f = parseGoFloat(text)
    if (f !== undefined && Number.isFinite(f)) {
      if (!/[.eEpP]/.test(text)) return `integer overflow: ${goQuote(text)}`
      isFloat = true
      float = f
      if (Number.isInteger(f) && Math.abs(f) < 2 ** 63) {
        isInt = true
        int = toJs(BigInt(f))
      }
      if (Number.isInteger(f) && f >= 0 && f < 2 ** 64) {
        isUint = true
        int = toJs(BigInt(f))
      }
    }
  }
  if (!isInt && !isUint && !isFloat) return `illegal number syntax: ${goQuote(text)}`
  return { type: 'number', pos, text, isInt, isUint, isFloat, isComplex: false, int, float }
}

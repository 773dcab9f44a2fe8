/** Go's fmt as templates reach it: the %v printing of any value (what `{{.X}}` writes), Sprint, Sprintln and
 *  Sprintf with their error spellings (`%!d(string=x)`, `%!s(MISSING)`, `%!(EXTRA int=1)`), and strconv.Quote.
 *
 *  Floats are formatted by go-template-float.ts. */
import { formatFloat } from './go-template-float'
import { kindOf, marshalerOf, numberOf, sortedEntries, structFields, typeName, utf8Bytes, type GoFloat, type GoStruct } from './go-template-values'

const IS_PRINT = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u

/** unicode.IsPrint */
export const isPrint = (r: string): boolean => IS_PRINT.test(r)

function quoteWith(s: string, quote: '"' | "'"): string {
  let out = quote
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (ch === quote || ch === '\\') out += '\\' + ch
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd'
    else if (isPrint(ch)) out += ch
    else if (c === 7) out += '\\a'
    else if (c === 8) out += '\\b'
    else if (c === 12) out += '\\f'
    else if (c === 10) out += '\\n'
    else if (c === 13) out += '\\r'
    else if (c === 9) out += '\\t'
    else if (c === 11) out += '\\v'
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0')
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0')
    else out += '\\U' + c.toString(16).padStart(8, '0')
  }
  return out + quote
}

/** strconv.Quote */
export const goQuote = (s: string): string => quoteWith(s, '"')

/** fmt's %#U: `U+0021 '!'`, or just `U+0007` for what does not print. */
export function formatRuneU(r: number): string {
  const hex = 'U+' + r.toString(16).toUpperCase().padStart(4, '0')
  const ch = String.fromCodePoint(r)
  return isPrint(ch) ? `${hex} '${ch}'` : hex
}

// ---------------------------------------------------------------------------------------------------- %v

interface Flags {
  plus: boolean
  minus: boolean
  sharp: boolean
  space: boolean
  zero: boolean
  width?: number
  prec?: number
  plusV: boolean
  sharpV: boolean
}

const noFlags = (): Flags => ({ plus: false, minus: false, sharp: false, space: false, zero: false, plusV: false, sharpV: false })

/** fmt.Sprint of one value: `{{.X}}` prints this. */
export const printValue = (v: unknown): string => printArg(v, 'v', noFlags(), 0)

function pad(s: string, f: Flags, zeroOk = true): string {
  if (f.width === undefined) return s
  const n = f.width - [...s].length
  if (n <= 0) return s
  if (f.minus) return s + ' '.repeat(n)
  if (f.zero && zeroOk) {
    const sign = /^[+\- ]/.test(s) ? s[0] : ''
    return sign + '0'.repeat(n) + s.slice(sign.length)
  }
  return ' '.repeat(n) + s
}

function badVerb(verb: string, arg: unknown): string {
  if (arg === undefined || arg === null) return `%!${verb}(<nil>)`
  return `%!${verb}(${typeName(arg)}=${printArg(arg, 'v', noFlags(), 0)})`
}

/** An integer as a character; what is not a valid code point becomes U+FFFD, as utf8.AppendRune does. */
const runeOf = (n: bigint): string => (n < 0n || n > 0x10ffffn || (n >= 0xd800n && n <= 0xdfffn) ? '\ufffd' : String.fromCodePoint(Number(n)))

function fmtInteger(v: number | bigint, verb: string, f: Flags): string | undefined {
  const big = BigInt(v)
  const neg = big < 0n
  const abs = neg ? -big : big
  let digits: string
  let prefix = ''
  switch (verb) {
    case 'v': case 'd': digits = abs.toString(10); break
    case 'b': digits = abs.toString(2); if (f.sharp) prefix = '0b'; break
    case 'o': case 'O': digits = abs.toString(8); if (verb === 'O') prefix = '0o'; else if (f.sharp) prefix = '0'; break
    case 'x': digits = abs.toString(16); if (f.sharp) prefix = '0x'; break
    case 'X': digits = abs.toString(16).toUpperCase(); if (f.sharp) prefix = '0X'; break
    case 'c': return pad(runeOf(big), f, false)
    case 'q': return pad(quoteWith(runeOf(big), "'"), f, false)
    case 'U': {
      const u = 'U+' + BigInt.asUintN(64, big).toString(16).toUpperCase().padStart(4, '0')
      const ch = runeOf(big)
      return pad(f.sharp && !neg && ch !== '\ufffd' && isPrint(ch) ? `${u} '${ch}'` : u, f, false)
    }
    default: return undefined
  }
  if (f.prec !== undefined) {
    digits = f.prec === 0 && abs === 0n ? '' : digits.padStart(f.prec, '0')
  }
  const sign = neg ? '-' : f.plus ? '+' : f.space ? ' ' : ''
  if (f.zero && !f.minus && f.prec === undefined && f.width !== undefined) {
    digits = digits.padStart(f.width - sign.length - prefix.length, '0')
  }
  return pad(sign + prefix + digits, { ...f, zero: false })
}

function fmtFloat(v: number, verb: string, f: Flags): string | undefined {
  let s: string
  switch (verb) {
    case 'v': case 'g': case 'G': s = formatFloat(v, verb === 'G' ? 'G' : 'g', f.prec ?? -1); break
    case 'e': case 'E': s = formatFloat(v, verb, f.prec ?? 6); break
    case 'f': case 'F': s = formatFloat(v, 'f', f.prec ?? 6); break
    default: return undefined
  }
  if (f.plus && !s.startsWith('-') && !s.startsWith('+')) s = '+' + s
  else if (f.space && !s.startsWith('-') && !s.startsWith('+')) s = ' ' + s
  if (!Number.isFinite(v)) return pad(s, f, false)
  return pad(s, f)
}

function hexOf(s: string, upper: boolean, f: Flags): string {
  const bytes = utf8Bytes(s)
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0'))
  const joined = f.space ? hex.map((h) => (f.sharp ? '0x' + h : h)).join(' ') : (f.sharp && hex.length ? '0x' : '') + hex.join('')
  return upper ? joined.toUpperCase() : joined
}

function fmtString(s: string, verb: string, f: Flags): string | undefined {
  const cut = f.prec !== undefined ? [...s].slice(0, f.prec).join('') : s
  switch (verb) {
    case 'v': return pad(f.sharpV ? goQuote(cut) : cut, f)
    case 's': return pad(cut, f)
    case 'q': return pad(f.sharp && !cut.includes('`') ? '`' + cut + '`' : goQuote(cut), f)
    case 'x': return pad(hexOf(cut, false, f), f)
    case 'X': return pad(hexOf(cut, true, f), f)
    default: return undefined
  }
}

function stringerOf(v: GoStruct): string | undefined {
  const s = v['String'] ?? v['Error']
  return typeof s === 'function' && s.length === 0 ? String(s.call(v)) : undefined
}

function printArg(arg: unknown, verb: string, f: Flags, depth: number): string {
  if (verb === 'T') return pad(arg === undefined || arg === null ? '<nil>' : typeName(arg), f)
  // Inside a slice, map or struct an empty interface prints <nil> whatever the verb.
  if (depth > 0 && (arg === undefined || arg === null)) return '<nil>'
  switch (kindOf(arg)) {
    case 'invalid': case 'nil':
      return verb === 'v' ? pad('<nil>', f) : badVerb(verb, arg)
    case 'ptr':
      return verb === 'v' ? pad('<nil>', f) : `%!${verb}(${typeName(arg)}=<nil>)`
    case 'bool':
      return verb === 'v' || verb === 't' ? pad(String(arg), f) : badVerb(verb, arg)
    case 'int':
      return fmtInteger(arg as number | bigint, verb, f) ?? badVerb(verb, arg)
    case 'float':
      return fmtFloat(numberOf(arg as number | GoFloat) as number, verb, f) ?? badVerb(verb, arg)
    case 'string':
      return fmtString(arg as string, verb, f) ?? badVerb(verb, arg)
    case 'func':
      return verb === 'v' || verb === 'p' ? '0x0' : badVerb(verb, arg)
    case 'slice': {
      const inner = (arg as unknown[]).map((e) => printArg(e ?? null, verb, { ...f, width: undefined }, depth + 1))
      return pad(`[${inner.join(' ')}]`, f, false)
    }
    case 'map': {
      const inner = sortedEntries(arg as object).map(
        ([k, e]) => `${printArg(k, verb, { ...f, width: undefined }, depth + 1)}:${printArg(e ?? null, verb, { ...f, width: undefined }, depth + 1)}`,
      )
      return pad(`map[${inner.join(' ')}]`, f, false)
    }
    case 'struct': {
      const str = 'vsqxX'.includes(verb) && !f.sharpV ? stringerOf(arg as GoStruct) : undefined
      if (str !== undefined) return fmtString(str, verb, f) ?? badVerb(verb, arg)
      if (marshalerOf(arg as GoStruct) && structFields(arg as object).length === 0) return pad('{}', f, false)
      const inner = structFields(arg as object).map(
        ([k, e]) => (f.plusV ? `${k}:` : '') + printArg(e ?? null, verb, { ...f, width: undefined }, depth + 1),
      )
      return pad(`{${inner.join(' ')}}`, f, false)
    }
  }
}

/** fmt.Sprint: spaces between operands when neither side is a string. */
export function sprint(args: readonly unknown[]): string {
  let out = ''
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' '
    out += printValue(a)
  })
  return out
}

/** fmt.Sprintln: spaces between all operands and a newline. */
export const sprintln = (args: readonly unknown[]): string => args.map(printValue).join(' ') + '\n'

/** fmt.Sprintf */
export function sprintf(format: string, args: readonly unknown[]): string {
  let out = ''
  let argNum = 0
  let reordered = false
  const end = format.length
  let i = 0

  const parseNum = (): number | undefined => {
    let j = i
    while (j < end && format[j] >= '0' && format[j] <= '9') j++
    if (j === i) return undefined
    const n = Number(format.slice(i, j))
    i = j
    return n
  }
  // `[n]` explicit argument index; returns false when malformed.
  const argIndex = (): boolean => {
    if (i >= end || format[i] !== '[') return true
    reordered = true
    const close = format.indexOf(']', i)
    const n = close < 0 ? NaN : Number(format.slice(i + 1, close))
    if (close < 0 || !/^\d+$/.test(format.slice(i + 1, close)) || n < 1 || n > args.length) {
      i = close < 0 ? end : close + 1
      return false
    }
    argNum = n - 1
    i = close + 1
    return true
  }
  const intArg = (): number | undefined => {
    if (argNum >= args.length) return undefined
    const a = args[argNum++]
    return typeof a === 'number' && Number.isInteger(a) ? a : undefined
  }

  while (i < end) {
    const start = i
    while (i < end && format[i] !== '%') i++
    out += format.slice(start, i)
    if (i >= end) break
    i++
    const f = noFlags()
    for (; i < end; i++) {
      const c = format[i]
      if (c === '#') f.sharp = true
      else if (c === '0') f.zero = !f.minus
      else if (c === '+') f.plus = true
      else if (c === '-') { f.minus = true; f.zero = false }
      else if (c === ' ') f.space = true
      else break
    }
    let goodArgNum = argIndex()
    if (i < end && format[i] === '*') {
      i++
      const w = intArg()
      if (w === undefined) out += '%!(BADWIDTH)'
      else if (w < 0) { f.width = -w; f.minus = true; f.zero = false }
      else f.width = w
    } else {
      f.width = parseNum()
    }
    if (i < end && format[i] === '.') {
      i++
      goodArgNum = argIndex() && goodArgNum
      if (i < end && format[i] === '*') {
        i++
        const p = intArg()
        if (p === undefined || p < 0) out += '%!(BADPREC)'
        else f.prec = p
      } else {
        f.prec = parseNum() ?? 0
      }
    }
    goodArgNum = argIndex() && goodArgNum
    if (i >= end) {
      out += '%!(NOVERB)'
      break
    }
    const verb = String.fromCodePoint(format.codePointAt(i)!)
    i += verb.length
    if (verb === '%') out += '%'
    else if (!goodArgNum) out += `%!${verb}(BADINDEX)`
    else if (argNum >= args.length) out += `%!${verb}(MISSING)`
    else {
      if (verb === 'v') {
        f.plusV = f.plus
        f.sharpV = f.sharp
        f.plus = false
        f.sharp = false
      }
      out += printArg(args[argNum++], verb, f, 0)
    }
  }
  if (!reordered && argNum < args.length) {
    const extra = args.slice(argNum).map((a) => (a === undefined || a === null ? '<nil>' : `${typeName(a)}=${printValue(a)}`))
    out += `%!(EXTRA ${extra.join(', ')})`
  }
  return out
}

/** The Set() of each pflag/docker Value type: how one occurrence's text becomes a value, with Go's error texts.
 *  bool → strconv.ParseBool; int → ParseInt(s, 0, 64); uint → ParseUint(s, 0, 64); uint16 → ParseUint(s, 0, 16);
 *  bytes → go-units RAMInBytes; decimal → docker's NanoCPUs (a rational, at most 9 decimals); duration →
 *  time.ParseDuration; filter → docker's FilterOpt (name=value, name lower-cased); strings → pflag's stringSlice
 *  (one CSV record); ulimit → go-units ParseUlimit; every other list type keeps the text as given.
 *  Invariant: a parser never throws; list parsers return the element(s) to append. */
import type { FlagParser, FlagType } from './flag-decl'
import { parseGoDuration } from './go-duration'
import { goQuote, parseGoBool, parseGoInt, parseGoUint } from './go-strconv'
import { ramInBytes } from './ram-in-bytes'

const ok = (value: unknown) => ({ ok: true as const, value })
const fail = (error: string) => ({ ok: false as const, error })

/** docker opts.ParseCPUs: a big.Rat times 1e9 that must be an integer. */
export const parseDecimal: FlagParser = (raw) => {
  const frac = /^([+-]?)(\d+)\/(\d+)$/.exec(raw)
  const dec = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(raw)
  if (frac) {
    const den = BigInt(frac[3])
    if (den === 0n) return fail(`failed to parse ${raw} as a rational number`)
    const num = BigInt(frac[2]) * 1_000_000_000n
    if (num % den !== 0n) return fail('value is too precise')
    return ok(Number(num / den) * (frac[1] === '-' ? -1 : 1))
  }
  if (!dec || (dec[2] === '' && (dec[3] ?? '') === '')) return fail(`failed to parse ${raw} as a rational number`)
  const digits = dec[2] + (dec[3] ?? '')
  const exp = Number(dec[4] ?? 0) - (dec[3] ?? '').length + 9
  let n = BigInt(digits || '0')
  if (exp >= 0) n *= 10n ** BigInt(exp)
  else {
    const div = 10n ** BigInt(-exp)
    if (n % div !== 0n) return fail('value is too precise')
    n /= div
  }
  return ok(Number(n) * (dec[1] === '-' ? -1 : 1))
}

const ULIMIT_NAMES = new Set(['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile',
  'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack'])

export const parseUlimit: FlagParser = (raw) => {
  const eq = raw.indexOf('=')
  if (eq < 0) return fail(`invalid ulimit argument: ${raw}`)
  const name = raw.slice(0, eq)
  const limits = raw.slice(eq + 1)
  if (!ULIMIT_NAMES.has(name)) return fail(`invalid ulimit type: ${name}`)
  const vals = limits.split(':')
  if (vals.length > 2) {
    return fail(`too many limit value arguments - ${limits}, can only have up to two, \`soft[:hard]\``)
  }
  const nums: number[] = []
  for (const v of vals) {
    // ParseInt(v, 10, 64): base 10 only, so no 0x or leading-zero octal.
    if (!/^[+-]?\d+$/.test(v)) return fail(`strconv.ParseInt: parsing ${goQuote(v)}: invalid syntax`)
    nums.push(Number(v))
  }
  const [soft, hard = soft] = nums
  if (hard !== -1) {
    if (soft === -1) {
      return fail(`ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: ${hard}`)
    }
    if (soft > hard) return fail(`ulimit soft limit must be less than or equal to hard limit: ${soft} > ${hard}`)
  }
  return ok(raw)
}

/** encoding/csv reading one record, as pflag's stringSlice does. */
export const parseCsvRecord: FlagParser = (raw) => {
  if (raw === '') return ok([])
  const out: string[] = []
  let i = 0
  for (;;) {
    let field = ''
    if (raw[i] === '"') {
      i++
      for (;;) {
        if (i >= raw.length) return fail(`parse error on line 1, column ${raw.length + 1}: extraneous or missing " in quoted-field`)
        if (raw[i] === '"') {
          if (raw[i + 1] === '"') { field += '"'; i += 2; continue }
          i++
          break
        }
        field += raw[i++]
      }
      // Go reports the column (1-based) of the closing quote that something other than a comma follows.
      if (i < raw.length && raw[i] !== ',') return fail(`parse error on line 1, column ${i}: extraneous or missing " in quoted-field`)
    } else {
      const end = raw.indexOf(',', i)
      field = end < 0 ? raw.slice(i) : raw.slice(i, end)
      const q = field.indexOf('"')
      if (q >= 0) return fail(`parse error on line 1, column ${i + q + 1}: bare " in non-quoted-field`)
      i = end < 0 ? raw.length : end
    }
    out.push(field)
    if (i >= raw.length) return ok(out)
    i++
  }
}

export const parseFilter: FlagParser = (raw) => {
  if (raw === '') return ok([])
  const eq = raw.indexOf('=')
  if (eq < 0) return fail('bad format of filter (expected name=value)')
  return ok(raw.slice(0, eq).trim().toLowerCase() + '=' + raw.slice(eq + 1).trim())
}

const keep: FlagParser = (raw) => ok(raw)

/** The parser a flag of this type uses when its declaration names none. */
export function defaultParser(type: FlagType): FlagParser {
  switch (type) {
    case 'bool': return parseGoBool
    case 'int': return (raw) => parseGoInt(raw, 64)
    case 'uint': return (raw) => parseGoUint(raw, 64)
    case 'uint16': return (raw) => parseGoUint(raw, 16)
    case 'bytes': return ramInBytes
    case 'decimal': return parseDecimal
    case 'duration': return parseGoDuration
    case 'filter': return parseFilter
    case 'strings': return parseCsvRecord
    case 'ulimit': return parseUlimit
    default: return keep
  }
}

/** printf [-v var] FORMAT [ARGUMENT...]: the format is reused while arguments remain; missing ones are '' or 0.
 *  conversion = "%" [flags "-+ 0#"] [width | "*"] ["." precision | ".*"] ("d" "i" "u" "o" "x" "X" "c" "s" "b" "q"
 *               "f" "F" "e" "E" "g" "G" "%")
 *  Escapes in the format are decoded; %b decodes its argument's escapes (\c stops all output).
 *  A bad number is reported (`printf: abc: invalid number`) and makes the status 1, printing 0 in its place. */
import type { Builtin } from '../builtin'
import { decodeEscapes } from '../escape-sequences'
import { quote } from '../quote'
import { isValidName, setVariable } from '../runtime'

interface Spec { flags: string; width: number | null; precision: number | null; conversion: string }

function pad(text: string, spec: Spec, numeric: boolean): string {
  const width = spec.width ?? 0
  if (text.length >= width) return text
  if (spec.flags.includes('-')) return text.padEnd(width)
  if (numeric && spec.flags.includes('0') && spec.precision === null) {
    const sign = /^[+\- ]/.test(text) ? text[0] : ''
    return sign + text.slice(sign.length).padStart(width - sign.length, '0')
  }
  return text.padStart(width)
}

function formatFloat(n: number, spec: Spec): string {
  const precision = spec.precision ?? 6
  const c = spec.conversion
  let text: string
  if (!Number.isFinite(n)) text = Number.isNaN(n) ? 'nan' : n > 0 ? 'inf' : '-inf'
  else if (c === 'f' || c === 'F') text = n.toFixed(precision)
  else if (c === 'e' || c === 'E') text = n.toExponential(precision).replace(/e([+-])(\d)$/, 'e$10$2')
  else {
    const p = precision === 0 ? 1 : precision
    const exponent = n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n)))
    text = exponent < -4 || exponent >= p
      ? n.toExponential(p - 1).replace(/\.?0+e/, 'e').replace(/e([+-])(\d)$/, 'e$10$2')
      : n.toPrecision(p).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')
  }
  if (c === 'E' || c === 'G' || c === 'F') text = text.toUpperCase()
  if (n >= 0 && spec.flags.includes('+')) text = '+' + text
  else if (n >= 0 && spec.flags.includes(' ')) text = ' ' + text
  return text
}

export const printfBuiltin: Builtin = async (ctx) => {
  const args = ctx.argv.slice(1)
  let target: string | null = null
  if (args[0] === '-v') {
    args.shift()
    target = args.shift() ?? null
    if (target === null || !isValidName(target)) {
      ctx.error(target === null ? '-v: option requires an argument' : `\`${target}': not a valid identifier`)
      return target === null ? 2 : 1
    }
  }
  if (args[0] === '--') args.shift()
  if (args.length === 0) {
    ctx.stderr.write('printf: usage: printf [-v var] format [arguments]\n')
    return 2
  }
  const format = args.shift()!
  let status = 0
  let out = ''
  let used = 0
  const next = () => (used < args.length ? args[used++] : undefined)
  const integer = (arg: string | undefined): bigint => {
    if (arg === undefined || arg === '') return 0n
    if (/^['"]/.test(arg)) return BigInt(arg.codePointAt(1) ?? 0)
    const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(arg)
    const value = m ? BigInt(m[1] === '-' ? -1 : 1) * BigInt(/^0[0-7]+$/.test(m[2]) ? '0o' + m[2].slice(1) : m[2]) : 0n
    if (!m || m[0].length !== arg.length) {
      ctx.error(`${arg}: invalid number`)
      status = 1
    }
    return value
  }
  const convert = (spec: Spec): string | null => {
    const arg = next()
    switch (spec.conversion) {
      case 's': { const s = arg ?? ''; return pad(spec.precision === null ? s : s.slice(0, spec.precision), spec, false) }
      case 'q': return pad(arg === undefined ? "''" : quote(arg), spec, false)
      case 'c': return pad((arg ?? '').slice(0, 1), spec, false)
      case 'b': {
        const decoded = decodeEscapes(arg ?? '', 'percent-b')
        return decoded.stopped ? null : pad(decoded.text, spec, false) + ''
      }
      case 'd': case 'i': {
        const n = integer(arg)
        let digits = (n < 0n ? -n : n).toString()
        if (spec.precision !== null) digits = digits.padStart(spec.precision, '0')
        const sign = n < 0n ? '-' : spec.flags.includes('+') ? '+' : spec.flags.includes(' ') ? ' ' : ''
        return pad(sign + digits, spec, true)
      }
      case 'u': case 'o': case 'x': case 'X': {
        const n = BigInt.asUintN(64, integer(arg))
        const radix = spec.conversion === 'o' ? 8 : spec.conversion === 'u' ? 10 : 16
        let digits = n.toString(radix)
        if (spec.conversion === 'X') digits = digits.toUpperCase()
        if (spec.precision !== null) digits = digits.padStart(spec.precision, '0')
        if (spec.flags.includes('#') && n !== 0n) digits = (spec.conversion === 'o' ? '0' : spec.conversion === 'x' ? '0x' : spec.conversion === 'X' ? '0X' : '') + digits
        return pad(digits, spec, true)
      }
      default: {
        const n = arg === undefined ? 0 : Number(arg)
        if (Number.isNaN(n) && arg !== undefined) { ctx.error(`${arg}: invalid number`); status = 1 }
        return pad(formatFloat(Number.isNaN(n) ? 0 : n, spec), spec, true)
      }
    }
  }
  const conversion = /%([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXcsbqfFeEgG%])/y
  do {
    const start = used
    let i = 0
    while (i < format.length) {
      if (format[i] === '%') {
        conversion.lastIndex = i
        const m = conversion.exec(format)
        if (!m) { out += '%'; i++; continue }
        i = conversion.lastIndex
        if (m[4] === '%') { out += '%'; continue }
        const width = m[2] === '*' ? Number(integer(next())) : m[2] ? Number(m[2]) : null
        const precision = m[3] === undefined ? null : m[3] === '*' ? Number(integer(next())) : Number(m[3] || 0)
        const flags = (m[1] ?? '') + (width !== null && width < 0 ? '-' : '')
        const text = convert({ flags, width: width === null ? null : Math.abs(width), precision, conversion: m[4] })
        if (text === null) { used = args.length; break }
        out += text
        continue
      }
      const nextPercent = format.indexOf('%', i)
      const literal = format.slice(i, nextPercent < 0 ? format.length : nextPercent)
      const decoded = decodeEscapes(literal, 'format')
      out += decoded.text
      i += literal.length
    }
    if (used === start) break
  } while (used < args.length)
  if (target !== null) setVariable(ctx.runtime, target, out)
  else ctx.stdout.write(out)
  return status
}

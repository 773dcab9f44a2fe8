/** printf(3)-style formatting for awk's printf/sprintf and number output (%d %i %o %x %X %u %c %s %e %f %g %%, with
 *  flags -+ 0#, width and precision, `*` taken from the arguments). */

export type FormatArg = string | number

const toNum = (v: FormatArg | undefined): number => (typeof v === 'number' ? v : v === undefined ? 0 : parseFloat(v) || 0)
const toStr = (v: FormatArg | undefined): string => (v === undefined ? '' : typeof v === 'number' ? numberToString(v) : v)

/** %g as C prints it. */
export function formatG(n: number, precision = 6, alt = false): string {
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : n < 0 ? '-inf' : 'nan'
  const p = precision === 0 ? 1 : precision
  if (n === 0) return alt ? (0).toFixed(p - 1) : '0'
  let s: string
  const e = Number(n.toExponential(p - 1).split('e')[1])
  if (e < -4 || e >= p) {
    s = n.toExponential(p - 1)
    if (!alt) s = s.replace(/\.?0+e/, 'e')
    s = s.replace(/e([+-])(\d)$/, 'e$10$2')
  } else {
    s = n.toFixed(Math.max(0, p - 1 - e))
    if (!alt && s.includes('.')) s = s.replace(/\.?0+$/, '')
  }
  return s
}

/** awk's number → string: integers as integers, others through CONVFMT (%.6g). */
export function numberToString(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n)
  return formatG(n, 6)
}

export function cFormat(format: string, args: readonly FormatArg[]): string {
  let out = ''
  let ai = 0
  for (let i = 0; i < format.length; i++) {
    const c = format[i]
    if (c !== '%') { out += c; continue }
    const m = /^%([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXcseEfgG%])/.exec(format.slice(i))
    if (!m) { out += c; continue }
    i += m[0].length - 1
    const flags = m[1]
    let width = m[2] === '*' ? toNum(args[ai++]) : m[2] ? Number(m[2]) : 0
    let left = flags.includes('-')
    if (width < 0) { left = true; width = -width }
    const precision = m[3] === undefined ? undefined : m[3] === '*' ? toNum(args[ai++]) : Number(m[3] || 0)
    const conv = m[4]
    if (conv === '%') { out += '%'; continue }
    const arg = args[ai++]
    let body: string
    let numeric = true
    switch (conv) {
      case 'd': case 'i': {
        const n = Math.trunc(toNum(arg))
        body = Math.abs(n).toString()
        if (precision !== undefined) body = body.padStart(precision, '0')
        body = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body
        break
      }
      case 'o': case 'u': case 'x': case 'X': {
        const n = Math.trunc(toNum(arg))
        const v = n < 0 ? 2 ** 64 + n : n
        body = conv === 'o' ? v.toString(8) : conv === 'u' ? String(v) : v.toString(16)
        if (conv === 'X') body = body.toUpperCase()
        if (precision !== undefined) body = body.padStart(precision, '0')
        if (flags.includes('#') && n !== 0) body = (conv === 'o' ? '0' : conv === 'x' ? '0x' : conv === 'X' ? '0X' : '') + body
        break
      }
      case 'c': numeric = false; body = typeof arg === 'number' ? String.fromCharCode(arg) : toStr(arg).slice(0, 1); break
      case 's': numeric = false; body = toStr(arg); if (precision !== undefined) body = body.slice(0, precision); break
      case 'e': case 'E': {
        const n = toNum(arg)
        body = n.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2')
        if (conv === 'E') body = body.toUpperCase()
        if (n >= 0 && flags.includes('+')) body = '+' + body
        break
      }
      case 'f': {
        const n = toNum(arg)
        body = n.toFixed(precision ?? 6)
        if (n >= 0 && flags.includes('+')) body = '+' + body
        else if (n >= 0 && flags.includes(' ')) body = ' ' + body
        break
      }
      default: {
        const n = toNum(arg)
        body = formatG(n, precision ?? 6, flags.includes('#'))
        if (conv === 'G') body = body.toUpperCase()
        if (n >= 0 && flags.includes('+')) body = '+' + body
      }
    }
    if (body.length < width) {
      if (left) body = body.padEnd(width)
      else if (numeric && flags.includes('0') && precision === undefined || (numeric && flags.includes('0') && 'eEfgG'.includes(conv))) {
        const sign = /^[+ -]/.test(body) ? body[0] : ''
        body = sign + body.slice(sign.length).padStart(width - sign.length, '0')
      } else body = body.padStart(width)
    }
    out += body
  }
  return out
}

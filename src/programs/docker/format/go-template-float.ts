/** strconv.FormatFloat for the verbs templates print with: the shortest form (what %v and %g without precision
 *  write, an exponent from 1e+06 up and below 1e-04) and fixed precisions, rounded half to even on the exact
 *  binary value as strconv does (JS's toFixed rounds those ties away from zero: 0.125 → "0.13", Go says "0.12"). */

/** Decimal digits of |x| (no trailing zeros; "0" for zero) and the decimal point's position: x = 0.d1d2… × 10^dp. */
interface Digits {
  readonly d: string
  readonly dp: number
}

/** The shortest digits that read back as x, as strconv's shortest mode (and JS) find them. */
function shortest(x: number): Digits {
  if (x === 0) return { d: '0', dp: 1 }
  const [mant, exp] = Math.abs(x).toExponential().split('e')
  return { d: mant.replace('.', '').replace(/0+$/, '') || '0', dp: Number(exp) + 1 }
}

/** The exact decimal expansion of a double: every double is a finite decimal. */
function exact(x: number): Digits {
  if (x === 0) return { d: '0', dp: 1 }
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, Math.abs(x))
  const hi = view.getUint32(0)
  const bits = (hi >>> 20) & 0x7ff
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4))
  let e2 = -1074
  if (bits !== 0) {
    mant |= 1n << 52n
    e2 = bits - 1075
  }
  const digits = e2 >= 0 ? (mant << BigInt(e2)).toString() : (mant * 5n ** BigInt(-e2)).toString()
  const dp = e2 >= 0 ? digits.length : digits.length + e2
  return { d: digits.replace(/0+$/, '') || '0', dp }
}

/** Rounds to nd digits, half to even as strconv's decimal.Round does. */
function round(v: Digits, nd: number): Digits {
  if (v.d === '0' || v.d.length <= nd) return v
  if (nd < 0) return { d: '0', dp: 1 }
  const c = v.d[nd]
  const up = c > '5' || (c === '5' && (nd + 1 < v.d.length || (nd > 0 && Number(v.d[nd - 1]) % 2 === 1)))
  let head = v.d.slice(0, nd)
  if (!up) {
    head = head.replace(/0+$/, '')
    return head ? { d: head, dp: v.dp } : { d: '0', dp: 1 }
  }
  let i = head.length - 1
  while (i >= 0 && head[i] === '9') i--
  if (i < 0) return { d: '1', dp: v.dp + 1 }
  return { d: head.slice(0, i) + String(Number(head[i]) + 1), dp: v.dp }
}

function expForm(d: string, dp: number, decimals: number, e: 'e' | 'E'): string {
  const digits = d.padEnd(decimals + 1, '0')
  const exp = d === '0' ? 0 : dp - 1
  const mant = decimals > 0 ? digits[0] + '.' + digits.slice(1, decimals + 1) : digits[0]
  return `${mant}${e}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
}

function fixedForm(d: string, dp: number, decimals: number): string {
  const int = dp > 0 ? d.slice(0, dp).padEnd(dp, '0') : '0'
  let frac = ''
  for (let i = 0; i < decimals; i++) {
    const k = dp + i
    frac += k >= 0 && k < d.length ? d[k] : '0'
  }
  return decimals > 0 ? `${int}.${frac}` : int
}

/** strconv.FormatFloat(x, verb, prec, 64) for verbs e, E, f, g, G; prec -1 is the shortest exact form. */
export function formatFloat(x: number, verb: 'e' | 'E' | 'f' | 'g' | 'G', prec: number): string {
  if (Number.isNaN(x)) return 'NaN'
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf'
  const sign = x < 0 || Object.is(x, -0) ? '-' : ''
  if (verb === 'f') {
    const v = prec < 0 ? shortest(x) : ((e) => round(e, e.dp + prec))(exact(x))
    return sign + fixedForm(v.d, v.dp, prec < 0 ? Math.max(v.d.length - v.dp, 0) : prec)
  }
  if (verb === 'e' || verb === 'E') {
    const v = prec < 0 ? shortest(x) : round(exact(x), prec + 1)
    return sign + expForm(v.d, v.dp, prec < 0 ? v.d.length - 1 : prec, verb)
  }
  const isShortest = prec < 0
  const p = prec === 0 ? 1 : prec
  const { d, dp } = isShortest ? shortest(x) : round(exact(x), p)
  let eprec = isShortest ? d.length : p
  if (eprec > d.length && d.length >= dp) eprec = d.length
  if (isShortest) eprec = 6
  const exp = dp - 1
  const e = verb === 'G' ? 'E' : 'e'
  if (x !== 0 && (exp < -4 || exp >= eprec)) {
    const digits = isShortest ? d.length : Math.min(p, d.length)
    return sign + expForm(d, dp, digits - 1, e)
  }
  const digits = isShortest || p > dp ? d.length : p
  return sign + fixedForm(d, dp, Math.max(digits - dp, 0))
}

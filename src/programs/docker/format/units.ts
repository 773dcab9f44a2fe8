/** docker/go-units: HumanDuration ("About a minute"), HumanSize (4 significant digits, decimal units) and
 *  HumanSizeWithPrecision(x, 3), BytesSize (binary units). Go's %g formatting is reproduced, including its
 *  exponent form for values that round up to 1000 of a unit. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  if (seconds < 1) return 'Less than a second'
  if (seconds === 1) return '1 second'
  if (seconds < 60) return `${seconds} seconds`
  const minutes = Math.floor(seconds / 60)
  if (minutes === 1) return 'About a minute'
  if (minutes < 60) return `${minutes} minutes`
  // go-units rounds to the nearest hour from here on, except for years.
  const hours = Math.floor(ms / 3_600_000 + 0.5)
  if (hours === 1) return 'About an hour'
  if (hours < 48) return `${hours} hours`
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`
  return `${Math.floor(Math.floor(ms / 3_600_000) / 24 / 365)} years`
}

/** Go's strconv %.<p>g for positive numbers. */
export function formatG(v: number, precision: number): string {
  if (v === 0) return '0'
  const rounded = Number(v.toPrecision(precision))
  const e = Math.floor(Math.log10(Math.abs(rounded)))
  if (e < -4 || e >= precision) {
    const [m, x] = rounded.toExponential(precision - 1).split('e')
    const mant = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m
    const n = Number(x)
    return `${mant}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`
  }
  const s = rounded.toFixed(Math.max(0, precision - 1 - e))
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s
}

const DECIMAL = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB']
const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB']

function unitize(size: number, base: number, units: readonly string[], precision: number): string {
  let i = 0
  let v = size
  while (v >= base && i < units.length - 1) { v /= base; i++ }
  return `${formatG(v, precision)}${units[i]}`
}

const sizeTexts = new Map<number, string>()

/** Memoised for the listings' precision 3: a table of 200 images asks for the same few sizes again and again. */
export const humanSizeWithPrecision = (size: number, precision: number): string => {
  if (precision !== 3) return unitize(size, 1000, DECIMAL, precision)
  let text = sizeTexts.get(size)
  if (text === undefined) {
    if (sizeTexts.size > 10_000) sizeTexts.clear()
    text = unitize(size, 1000, DECIMAL, 3)
    sizeTexts.set(size, text)
  }
  return text
}
export const humanSize = (size: number): string => humanSizeWithPrecision(size, 4)
export const bytesSize = (size: number): string => unitize(size, 1024, BINARY, 4)

/** Dates as the C library prints them, in UTC (the machine's time zone): strftime(3) for `date +FORMAT`, and the
 *  `ls -l` date column (`Jan  1 00:00` within six months, `Nov 12  2020` otherwise). */

export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c)

export function lsDate(ms: number, now: number): string {
  const d = new Date(ms)
  const recent = now - ms < 182.5 * 24 * 3600 * 1000 && ms - now < 3600 * 1000
  const tail = recent ? `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : pad(d.getUTCFullYear(), 5, ' ')
  return `${MONTHS[d.getUTCMonth()].slice(0, 3)} ${pad(d.getUTCDate(), 2, ' ')} ${tail}`
}

function dayOfYear(d: Date): number {
  return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1
}

function weekOfYear(d: Date, firstDay: 0 | 1): number {
  const yday = dayOfYear(d) - 1
  const wday = (d.getUTCDay() + 7 - firstDay) % 7
  return Math.floor((yday + 7 - wday) / 7)
}

/** strftime(3) for one instant in UTC; `nanos` fills %N. Unknown conversions are printed as written. */
export function strftime(format: string, ms: number, nanos = (ms % 1000) * 1_000_000): string {
  const d = new Date(ms)
  const Y = d.getUTCFullYear()
  const H = d.getUTCHours()
  const h12 = H % 12 || 12
  const conv = (c: string): string | undefined => {
    switch (c) {
      case 'a': return DAYS[d.getUTCDay()].slice(0, 3)
      case 'A': return DAYS[d.getUTCDay()]
      case 'b': case 'h': return MONTHS[d.getUTCMonth()].slice(0, 3)
      case 'B': return MONTHS[d.getUTCMonth()]
      case 'c': return `${conv('a')} ${conv('b')} ${conv('e')} ${conv('T')} ${Y}`
      case 'C': return pad(Math.floor(Y / 100))
      case 'd': return pad(d.getUTCDate())
      case 'D': return `${conv('m')}/${conv('d')}/${conv('y')}`
      case 'e': return pad(d.getUTCDate(), 2, ' ')
      case 'F': return `${Y}-${conv('m')}-${conv('d')}`
      case 'H': return pad(H)
      case 'I': return pad(h12)
      case 'j': return pad(dayOfYear(d), 3)
      case 'k': return pad(H, 2, ' ')
      case 'l': return pad(h12, 2, ' ')
      case 'm': return pad(d.getUTCMonth() + 1)
      case 'M': return pad(d.getUTCMinutes())
      case 'n': return '\n'
      case 'N': return pad(nanos, 9)
      case 'p': return H < 12 ? 'AM' : 'PM'
      case 'P': return H < 12 ? 'am' : 'pm'
      case 'r': return `${conv('I')}:${conv('M')}:${conv('S')} ${conv('p')}`
      case 'R': return `${conv('H')}:${conv('M')}`
      case 's': return String(Math.floor(ms / 1000))
      case 'S': return pad(d.getUTCSeconds())
      case 't': return '\t'
      case 'T': return `${conv('H')}:${conv('M')}:${conv('S')}`
      case 'u': return String(d.getUTCDay() || 7)
      case 'U': return pad(weekOfYear(d, 0))
      case 'W': return pad(weekOfYear(d, 1))
      case 'w': return String(d.getUTCDay())
      case 'x': return `${conv('m')}/${conv('d')}/${conv('y')}`
      case 'X': return conv('T')
      case 'y': return pad(Y % 100)
      case 'Y': return String(Y)
      case 'z': return '+0000'
      case ':z': return '+00:00'
      case 'Z': return 'UTC'
      case '%': return '%'
      default: return undefined
    }
  }
  let out = ''
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]
    if (ch !== '%' || i === format.length - 1) { out += ch; continue }
    let j = i + 1
    let flag = ''
    if ('-_0^'.includes(format[j]) && j + 1 < format.length) flag = format[j++]
    let c = format[j]
    if (c === ':' && format[j + 1] === 'z') { c = ':z'; j++ }
    let v = conv(c)
    if (v === undefined) { out += format.slice(i, j + 1); i = j; continue }
    if (flag === '-') v = v.replace(/^[0 ]+(?=.)/, '')
    else if (flag === '_') v = v.replace(/^0+(?=.)/, (z) => ' '.repeat(z.length))
    else if (flag === '^') v = v.toUpperCase()
    out += v
    i = j
  }
  return out
}

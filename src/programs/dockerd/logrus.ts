/** Log lines as logrus's TextFormatter writes them for dockerd and containerd: `time="…" level=info msg="…" k=v`
 *  off a terminal (the journal), `INFO[2026-01-01T09:30:05.000000000Z] msg   k=v` with colours on one. Times are
 *  RFC 3339 with nine fraction digits, in UTC. */
import type { Process } from '../../os/process'

export type Level = 'debug' | 'info' | 'warning' | 'error' | 'fatal'

const COLORS: Record<Level, number> = { debug: 37, info: 36, warning: 33, error: 31, fatal: 31 }

const needsQuote = (s: string) => s === '' || /[^A-Za-z0-9\-._/@^+]/.test(s)
const quote = (s: string) => (needsQuote(s) ? JSON.stringify(s) : s)

export function rfc3339Nano(ms: number, seq: number): string {
  const iso = new Date(ms).toISOString()
  const nanos = String((ms % 1000) * 1_000_000 + ((seq * 7_919 + 104_729) % 1_000_000)).padStart(9, '0')
  return `${iso.slice(0, 19)}.${nanos}Z`
}

export function createLogger(p: Process): (level: Level, msg: string, fields?: Record<string, string>) => void {
  let seq = 0
  const tty = p.isatty(2)
  return (level, msg, fields = {}) => {
    const time = rfc3339Nano(p.host.now(), seq++)
    const kv = Object.entries(fields).map(([k, v]) => `${k}=${quote(v)}`)
    if (tty) {
      const head = `\x1b[${COLORS[level]}m${level.toUpperCase().slice(0, 4)}\x1b[0m[${time}] ${msg}`
      p.stderr.write(`${kv.length ? `${head.padEnd(44 + 10 + 2 + time.length)} ${kv.map((x) => x.replace(/^([^=]+)=/, `\x1b[${COLORS[level]}m$1\x1b[0m=`)).join(' ')}` : head}\n`)
      return
    }
    p.stderr.write(`time="${time}" level=${level} msg=${quote(msg)}${kv.length ? ` ${kv.join(' ')}` : ''}\n`)
  }
}

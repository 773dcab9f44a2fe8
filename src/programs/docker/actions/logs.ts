/** docker logs: the container's log lines, stdout ones on stdout and stderr ones on stderr (a TTY container has
 *  only stdout). --tail N keeps the last N lines, --since/--until filter by time (a Go duration before now, an
 *  RFC 3339 date or a unix timestamp), -t puts the RFC 3339 timestamp with 9 decimals before each line, -f keeps
 *  printing new lines until the container stops (or the client is interrupted). */
import type { LogEntry } from '../../../engine/container/container-record'
import type { ActionContext } from './action-context'
import { daemonErrorText } from './daemon-error'
import { parseGoDuration } from '../cli/go-duration'

export interface LogsFlags { follow: boolean; tail: string; timestamps: boolean; since: string; until: string; details: boolean }

/** docker's timetypes.GetTimestamp: ms since the epoch, or an error text. */
export function parseTimestamp(value: string, now: number): number | undefined {
  if (value === '') return undefined
  if (/^\d+(\.\d+)?$/.test(value)) return Math.floor(Number(value) * 1000)
  const d = parseGoDuration(value)
  if (d.ok) return now - Math.floor(d.value / 1e6)
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d)(?::(\d\d)(?::(\d\d)(\.\d+)?)?)?)?(Z|[+-]\d\d:\d\d)?$/.exec(value)
  if (!m) return NaN
  const [, y, mo, da, h = '00', mi = '00', se = '00', frac = '', zone = 'Z'] = m
  const t = Date.parse(`${y}-${mo}-${da}T${h}:${mi}:${se}${frac.slice(0, 4)}${zone}`)
  return Number.isNaN(t) ? NaN : t
}

/** RFC3339NanoFixed: `2025-06-20T10:00:00.123456789Z`. */
export function logTimestamp(e: LogEntry): string {
  const iso = new Date(e.t).toISOString()
  return `${iso.slice(0, 19)}.${String(e.t % 1000).padStart(3, '0')}${String(e.n ?? 0).padStart(6, '0')}Z`
}

export async function logsAction(ctx: ActionContext, name: string, f: LogsFlags): Promise<number> {
  const p = ctx.process
  const now = p.host.now()
  const since = parseTimestamp(f.since, now)
  if (since !== undefined && Number.isNaN(since)) {
    ctx.stderr.write(`invalid value for "since": failed to parse value as time or duration: "${f.since}"\n`)
    return 1
  }
  const until = parseTimestamp(f.until, now)
  if (until !== undefined && Number.isNaN(until)) {
    ctx.stderr.write(`invalid value for "until": failed to parse value as time or duration: "${f.until}"\n`)
    return 1
  }
  let entries: LogEntry[]
  let id
  try {
    const c = ctx.api.container(name)
    id = c.id
    entries = ctx.api.logs(name)
  } catch (e) {
    ctx.stderr.write(`${daemonErrorText(e)}\n`)
    return 1
  }
  const keep = (e: LogEntry) => (since === undefined || e.t >= since) && (until === undefined || e.t <= until)
  entries = entries.filter(keep)
  if (f.tail !== 'all' && f.tail !== '') {
    const n = /^-?\d+$/.test(f.tail) ? Number(f.tail) : -1
    if (n >= 0) entries = n === 0 ? [] : entries.slice(-n)
  }
  const print = (e: LogEntry) => {
    const text = f.timestamps ? e.data.replace(/^/, `${logTimestamp(e)} `) : e.data
    ;(e.stream === 'stderr' ? ctx.stderr : ctx.stdout).write(text)
  }
  for (const e of entries) print(e)
  if (!f.follow || until !== undefined) return 0
  const c = ctx.api.resolveContainer(id)
  if (!c || (c.state.status !== 'running' && c.state.status !== 'paused' && c.state.status !== 'restarting')) return 0
  let off = () => {}
  try {
    await p.wait(new Promise<void>((resolve) => {
      off = ctx.api.followLogs(id, (e) => {
        if (e === null) { resolve(); return }
        if (keep(e)) print(e)
      })
    }))
  } finally {
    off()
  }
  return 0
}

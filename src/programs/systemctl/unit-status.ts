/** `systemctl status UNIT` as systemd 219 (CentOS 7) prints it:
 *    ● docker.service - Docker Application Container Engine
 *       Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; vendor preset: disabled)
 *      Drop-In: /etc/systemd/system/docker.service.d
 *               └─mirror.conf
 *       Active: active (running) since Thu 2026-01-01 09:30:05 UTC; 5s ago
 *         Docs: https://docs.docker.com
 *      Process: 1050 ExecStart=… (code=exited, status=1/FAILURE)        (a failed unit)
 *     Main PID: 1043 (dockerd)
 *        Tasks: 8                                                        (units with Delegate=yes)
 *       Memory: 45.6M
 *       CGroup: /system.slice/docker.service
 *               └─1043 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock
 *
 *    <the last 10 journal lines>
 *  The dot is green when active, red when failed; on a terminal lines are cut at its width, as the pager shows
 *  them. */
import { journalLine } from '../../os/journal'
import type { UnitView } from '../../os/service-manager'
import { execArgv } from '../../os/unit-file'

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const two = (n: number) => String(n).padStart(2, '0')

/** `Thu 2026-01-01 09:30:05 UTC` */
export function systemdTimestamp(ms: number): string {
  const d = new Date(ms)
  return `${DAYS[d.getUTCDay()]} ${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC`
}

/** format_timestamp_relative() of systemd 219. */
export function relativeTime(ms: number): string {
  const s = Math.floor(ms / 1000)
  const MIN = 60
  const H = 3600
  const D = 86400
  const W = 7 * D
  const MON = 2_629_800
  const Y = 31_557_600
  if (s >= Y) return `${Math.floor(s / Y)} years ${Math.floor((s % Y) / MON)} months ago`
  if (s >= MON) return `${Math.floor(s / MON)} months ${Math.floor((s % MON) / D)} days ago`
  if (s >= W) return `${Math.floor(s / W)} weeks ${Math.floor((s % W) / D)} days ago`
  if (s >= 2 * D) return `${Math.floor(s / D)} days ago`
  if (s >= 25 * H) return `1 day ${Math.floor((s - D) / H)}h ago`
  if (s >= 6 * H) return `${Math.floor(s / H)}h ago`
  if (s >= H) return `${Math.floor(s / H)}h ${Math.floor((s % H) / MIN)}min ago`
  if (s >= 5 * MIN) return `${Math.floor(s / MIN)}min ago`
  if (s >= MIN) return `${Math.floor(s / MIN)}min ${s % MIN}s ago`
  if (s >= 1) return `${s}s ago`
  if (ms >= 1) return `${ms}ms ago`
  return 'now'
}

const GREEN = '\x1b[0;1;32m'
const RED = '\x1b[0;1;31m'
const OFF = '\x1b[0m'

export interface StatusContext {
  now: number
  hostname: string
  color: boolean
  /** The command line of a live process (for the CGroup tree). */
  cmdline(pid: number): string | undefined
}

/** Resource use a delegated unit shows (dockerd's threads and heap). */
const ACCOUNTING: Record<string, { tasks: number; memory: string }> = {
  'docker.service': { tasks: 8, memory: '45.6M' },
  'containerd.service': { tasks: 9, memory: '27.5M' },
}

export function renderStatus(v: UnitView, c: StatusContext): string[] {
  const paint = (s: string, color: string) => (c.color ? `${color}${s}${OFF}` : s)
  const r = v.record
  const lines: string[] = []
  const dot = v.active === 'active' ? paint('●', GREEN) : v.active === 'failed' ? paint('●', RED) : '●'
  const description = v.file.first('Unit', 'Description')
  lines.push(`${dot} ${v.name}${description ? ` - ${description}` : ''}`)
  lines.push(`   Loaded: loaded (${v.file.path}; ${v.enabled}; vendor preset: ${v.vendorPreset})`)
  const dirs: string[] = []
  for (const d of v.file.dropIns) { const dir = d.slice(0, d.lastIndexOf('/')); if (!dirs.includes(dir)) dirs.push(dir) }
  dirs.forEach((dir, i) => {
    lines.push(`${i === 0 ? '  Drop-In: ' : '           '}${dir}`)
    lines.push(`           └─${v.file.dropIns.filter((d) => d.startsWith(`${dir}/`)).map((d) => d.slice(dir.length + 1)).join(', ')}`)
  })
  const since = r.since !== undefined ? ` since ${systemdTimestamp(r.since)}; ${relativeTime(c.now - r.since)}` : ''
  const state = v.active === 'active' ? paint(`active (${v.sub})`, GREEN) : v.active === 'failed' ? paint('failed', RED) : 'inactive (dead)'
  const result = v.active === 'failed' && r.result ? ` (Result: ${r.result})` : ''
  lines.push(`   Active: ${state}${result}${since}`)
  const docs = v.file.get('Unit', 'Documentation').flatMap((d) => d.split(/\s+/))
  docs.forEach((d, i) => lines.push(` ${(i === 0 ? 'Docs:' : '').padStart(9)} ${d}`))
  if (v.name.endsWith('.socket')) {
    for (const l of v.file.get('Socket', 'ListenStream')) lines.push(`   Listen: ${l} (Stream)`)
  }
  if (v.active === 'failed' && r.mainPid) {
    const code = r.result === 'signal' ? `code=killed, signal=${SIGNALS[r.exitStatus ?? 0] ?? r.exitStatus}` : `code=exited, status=${r.exitStatus}/${r.exitStatus === 1 ? 'FAILURE' : r.exitStatus}`
    lines.push(`  Process: ${r.mainPid} ExecStart=${r.lastExec ?? ''} ${paint(`(${code})`, RED)}`)
    lines.push(` Main PID: ${r.mainPid} (${code})`)
  }
  if (v.active === 'active' && r.mainPid) {
    const argv = v.base ? v.base.exec.split(' ') : execArgv(c.cmdline(r.mainPid) ?? r.execStart ?? '')
    const comm = v.base?.comm ?? (argv[0] ?? '').split('/').pop()
    lines.push(` Main PID: ${r.mainPid} (${comm})`)
    const acct = ACCOUNTING[v.name]
    if (acct) { lines.push(`    Tasks: ${acct.tasks}`); lines.push(`   Memory: ${acct.memory}`) }
    lines.push(`   CGroup: /system.slice/${v.name}`)
    lines.push(`           └─${r.mainPid} ${c.cmdline(r.mainPid) ?? v.base?.exec ?? r.execStart ?? ''}`)
  }
  const journal = (r.journal ?? []).slice(-10)
  if (journal.length) {
    lines.push('')
    for (const e of journal) lines.push(journalLine(e, c.hostname))
  }
  return lines
}

const SIGNALS: Record<number, string> = { 1: 'HUP', 2: 'INT', 3: 'QUIT', 6: 'ABRT', 9: 'KILL', 15: 'TERM' }

/** docker top, port, stats and diff: what a container runs, publishes, uses and changed.
 *    top    the daemon runs `ps -ef` over the container's processes: host pids, the host's user names (uid 101 is
 *           whatever the host calls it), a tabwriter of minimum width 20
 *    port   `80/tcp -> 0.0.0.0:8080` lines sorted naturally, or one port's addresses
 *    stats  one table (--no-stream), or a refreshing one until interrupted
 *    diff   `C /etc`, `A /run/nginx.pid`, `D …`, sorted by path */
import { shortId } from '../../../engine/ids'
import type { ContainerRecord } from '../../../engine/container/container-record'
import type { ActionContext } from './action-context'
import { daemonErrorText } from './daemon-error'
import { tabwrite } from '../format/tabwriter'
import { bytesSize, humanSizeWithPrecision } from '../format/units'

const fail = (ctx: ActionContext, e: unknown) => { ctx.stderr.write(`${daemonErrorText(e)}\n`); return 1 }
const two = (n: number) => String(n).padStart(2, '0')

function hostUsers(ctx: ActionContext): Map<number, string> {
  const out = new Map<number, string>()
  try {
    for (const line of ctx.process.fs.readText('/etc/passwd').split('\n')) {
      const f = line.split(':')
      if (f.length > 2) out.set(Number(f[2]), f[0])
    }
  } catch { /* no passwd */ }
  return out
}

export async function topAction(ctx: ActionContext, name: string, psArgs: readonly string[]): Promise<number> {
  let procs
  try {
    procs = ctx.api.containerProcesses(name)
  } catch (e) {
    return fail(ctx, e)
  }
  const users = hostUsers(ctx)
  const userName = (uid: number) => {
    const n = users.get(uid) ?? String(uid)
    return n.length > 8 ? `${n.slice(0, 7)}+` : n
  }
  const stime = (ms: number) => { const d = new Date(ms); return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` }
  const aux = psArgs.length > 0 && !psArgs[0].startsWith('-') && psArgs[0].includes('u')
  const rows = aux
    ? [['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND'],
      ...procs.map((p) => [userName(p.uid), String(p.pid), '0.0', '0.1', '11412', '7384', p.tty, p.nsPid === 1 ? 'Ss' : 'S', stime(p.started), '0:00', p.command])]
    : [['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
      ...procs.map((p) => [userName(p.uid), String(p.pid), String(p.ppid), '0', stime(p.started), p.tty, '00:00:00', p.command])]
  ctx.stdout.write(tabwrite(rows, 20, 3))
  return 0
}

/** sortorder.NaturalLess: digit runs compare as numbers. */
function naturalLess(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? []
  const pb = b.match(/\d+|\D+/g) ?? []
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue
    if (/^\d/.test(pa[i]) && /^\d/.test(pb[i])) return Number(pa[i]) - Number(pb[i])
    return pa[i] < pb[i] ? -1 : 1
  }
  return pa.length - pb.length
}

const hostPort = (ip: string, port: string) => `${ip.includes(':') ? `[${ip}]` : ip}:${port}`

export async function portAction(ctx: ActionContext, name: string, port: string | undefined): Promise<number> {
  let c: ContainerRecord
  try {
    c = ctx.api.container(name)
  } catch (e) {
    return fail(ctx, e)
  }
  const ports = c.network?.ports ?? {}
  const out: string[] = []
  if (port !== undefined) {
    const [num, proto = 'tcp'] = port.split('/')
    if (!/^\d+$/.test(num) || Number(num) > 65535) {
      ctx.stderr.write(`Error: invalid port (${num}): strconv.ParseUint: parsing ${JSON.stringify(num)}: ${/^\d+$/.test(num) ? 'value out of range' : 'invalid syntax'}\n`)
      return 1
    }
    const frontends = ports[`${num}/${proto}`] ?? []
    if (!frontends.length) { ctx.stderr.write(`Error: No public port '${port}' published for ${name}\n`); return 1 }
    for (const f of frontends) out.push(hostPort(f.hostIp, f.hostPort))
  } else {
    for (const [key, frontends] of Object.entries(ports)) for (const f of frontends) out.push(`${key} -> ${hostPort(f.hostIp, f.hostPort)}`)
  }
  if (out.length) ctx.stdout.write(`${out.sort(naturalLess).join('\n')}\n`)
  return 0
}

export interface StatsFlags { all: boolean; 'no-stream': boolean; 'no-trunc': boolean; format: string }

export async function statsAction(ctx: ActionContext, names: readonly string[], f: StatsFlags): Promise<number> {
  const p = ctx.process
  let list: ContainerRecord[]
  try {
    list = names.length ? names.map((n) => ctx.api.container(n)) : ctx.api.containers().filter((c) => f.all || c.state.status === 'running' || c.state.status === 'paused')
  } catch (e) {
    return fail(ctx, e)
  }
  const table = () => {
    const rows = [['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS']]
    for (const c of list) {
      const s = ctx.api.containerStats(c.id)
      const running = c.state.status === 'running' || c.state.status === 'paused'
      rows.push([
        f['no-trunc'] ? c.id : shortId(c.id), running ? c.name : '--', `${s.cpuPercent.toFixed(2)}%`,
        running ? `${bytesSize(s.memUsage)} / ${bytesSize(s.memLimit)}` : '0B / 0B', `${running ? ((s.memUsage / s.memLimit) * 100).toFixed(2) : '0.00'}%`,
        `${humanSizeWithPrecision(s.netRx, 3)} / ${humanSizeWithPrecision(s.netTx, 3)}`, `${humanSizeWithPrecision(s.blockRead, 3)} / ${humanSizeWithPrecision(s.blockWrite, 3)}`,
        String(s.pids),
      ])
    }
    return tabwrite(rows)
  }
  if (f['no-stream']) { ctx.stdout.write(table()); return 0 }
  for (;;) {
    ctx.stdout.write(`\x1b[2J\x1b[H${table()}`)
    await p.sleep(1000)
  }
}

export async function diffAction(ctx: ActionContext, name: string): Promise<number> {
  try {
    const changes = await ctx.process.wait(ctx.api.containerChanges(name))
    if (changes.length) ctx.stdout.write(changes.map((ch) => `${ch.kind} ${ch.path}\n`).join(''))
    return 0
  } catch (e) {
    return fail(ctx, e)
  }
}

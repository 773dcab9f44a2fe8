/** docker ps / docker container ls: running containers (all with -a), newest first; -n/-l, -q, --no-trunc, -s,
 *  --filter (status, name, id, ancestor, exited, label, before, since, volume, network, publish, expose) and
 *  --format over formatter.ContainerContext. PORTS follows the CLI's DisplayablePorts: bare and same-port entries
 *  first, grouped into ranges, then the mappings to other host ports. */
import { shortId } from '../../../engine/ids'
import { isRunning, type ContainerRecord } from '../../../engine/container/container-record'
import { treeSize } from '../../../engine/layer/file-tree'
import type { ActionContext } from './action-context'
import { tabwrite } from '../format/tabwriter'
import { humanDuration, humanSizeWithPrecision } from '../format/units'
import { reportDaemonError } from './daemon-error'
import type { DockerApi } from '../docker-api'
import { formatterContext, renderFormatted } from '../format/format-output'
import { goNil } from '../format/go-template'

export interface PsFlags {
  all: boolean; quiet: boolean; noTrunc: boolean; latest: boolean; last: number
  filter?: readonly string[]; format?: string; size?: boolean
}

/** Go's %q for the COMMAND column. */
export const goQuote = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

const commandTexts = [new WeakMap<ContainerRecord, string>(), new WeakMap<ContainerRecord, string>()]

/** A container's command never changes, so its column text is made once per record. */
export function commandText(c: ContainerRecord, noTrunc: boolean): string {
  const memo = commandTexts[noTrunc ? 1 : 0]
  let text = memo.get(c)
  if (text === undefined) {
    const full = [c.path, ...c.args].map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' ')
    const chars = full.length > 20 ? [...full] : undefined
    text = goQuote(!noTrunc && chars && chars.length > 20 ? chars.slice(0, 19).join('') + '…' : full)
    memo.set(c, text)
  }
  return text
}

export function statusText(c: ContainerRecord, now: number): string {
  const s = c.state
  switch (s.status) {
    case 'created': return 'Created'
    case 'running': return `Up ${humanDuration(now - s.startedAt)}`
    case 'paused': return `Up ${humanDuration(now - s.startedAt)} (Paused)`
    case 'restarting': return `Restarting (${s.exitCode}) ${humanDuration(now - s.finishedAt)} ago`
    case 'removing': return 'Removal In Progress'
    case 'dead': return 'Dead'
    default: return `Exited (${s.exitCode}) ${humanDuration(now - s.finishedAt)} ago`
  }
}

/** The IMAGE column: the reference as given, unless it no longer names the container's image. */
export function imageText(api: DockerApi, c: ContainerRecord, memo?: Map<string, string | undefined>): string {
  let current: string | undefined
  if (memo?.has(c.imageRef)) current = memo.get(c.imageRef)
  else {
    current = api.resolveImage(c.imageRef)?.id
    memo?.set(c.imageRef, current)
  }
  return current === c.image ? c.imageRef : shortId(c.image)
}

interface ApiPort { ip: string; privatePort: number; publicPort: number; type: string }

/** The API's port list: a binding per published address, a bare entry per exposed port without one. */
function apiPorts(c: ContainerRecord): ApiPort[] {
  if (!c.network) return []
  const out: ApiPort[] = []
  for (const [key, bindings] of Object.entries(c.network.ports)) {
    const [port, type] = key.split('/')
    if (!bindings.length) out.push({ ip: '', privatePort: Number(port), publicPort: 0, type })
    for (const b of bindings) out.push({ ip: b.hostIp, privatePort: Number(port), publicPort: Number(b.hostPort), type })
  }
  return out
}

const joinHostPort = (ip: string, port: string) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`)

/** docker/cli formatter.DisplayablePorts. */
export function displayablePorts(ports: readonly ApiPort[]): string {
  const sorted = [...ports].sort((a, b) => a.privatePort - b.privatePort || (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0) || a.publicPort - b.publicPort || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
  const groups = new Map<string, { first: number; last: number }>()
  const order: string[] = []
  const result: string[] = []
  const mappings: string[] = []
  const form = (key: string, g: { first: number; last: number }) => {
    const parts = key.split('/')
    const type = parts.length > 1 ? parts[parts.length - 1] : parts[0]
    const ip = parts.length > 1 ? parts.slice(0, -1).join('/') : ''
    let group = g.first === g.last ? String(g.first) : `${g.first}-${g.last}`
    if (ip) group = `${joinHostPort(ip, group)}->${group}`
    return `${group}/${type}`
  }
  for (const port of sorted) {
    let key = port.type
    if (port.ip) {
      if (port.publicPort !== port.privatePort) {
        mappings.push(`${joinHostPort(port.ip, String(port.publicPort))}->${port.privatePort}/${port.type}`)
        continue
      }
      key = `${port.ip}/${port.type}`
    }
    const g = groups.get(key)
    if (!g) { groups.set(key, { first: port.privatePort, last: port.privatePort }); order.push(key); continue }
    if (port.privatePort === g.last + 1) { g.last = port.privatePort; continue }
    result.push(form(key, g))
    groups.set(key, { first: port.privatePort, last: port.privatePort })
  }
  for (const key of order) result.push(form(key, groups.get(key)!))
  return [...result, ...mappings].join(', ')
}

export const portsText = (c: ContainerRecord): string => (isRunning(c) ? displayablePorts(apiPorts(c)) : '')

const STATUSES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead']
const FILTERS = ['ancestor', 'before', 'expose', 'exited', 'health', 'id', 'isolation', 'is-task', 'label', 'name', 'network', 'publish', 'since', 'status', 'volume']

function applyFilters(ctx: ActionContext, list: ContainerRecord[], filters: readonly string[]): ContainerRecord[] | string {
  if (filters.length === 0) return list
  const byKey = new Map<string, string[]>()
  for (const f of filters) {
    const i = f.indexOf('=')
    const key = (i < 0 ? f : f.slice(0, i)).toLowerCase()
    const value = i < 0 ? '' : f.slice(i + 1)
    if (!FILTERS.includes(key)) return `invalid filter '${key}'`
    if (key === 'status' && !STATUSES.includes(value)) return `invalid filter 'status=${value}': invalid value for state (${value}): must be one of ${STATUSES.join(', ')}`
    byKey.set(key, [...(byKey.get(key) ?? []), value])
  }
  const any = (key: string, test: (v: string) => boolean) => !byKey.has(key) || byKey.get(key)!.some(test)
  const ref = (v: string) => ctx.api.resolveContainer(v)
  return list.filter((c) => {
    const image = ctx.api.images().get(c.image)
    return any('status', (v) => c.state.status === v)
      && any('name', (v) => new RegExp(v).test(c.name))
      && any('id', (v) => c.id.startsWith(v))
      && any('exited', (v) => c.state.status === 'exited' && String(c.state.exitCode) === v)
      && any('ancestor', (v) => ctx.api.resolveImage(v)?.id === c.image || (image !== undefined && c.imageRef.split(':')[0] === v))
      && any('label', (v) => { const [k, val] = v.split(/=(.*)/s); return k in c.config.labels && (val === undefined || c.config.labels[k] === val) })
      && any('before', (v) => { const o = ref(v); return o !== undefined && c.created < o.created })
      && any('since', (v) => { const o = ref(v); return o !== undefined && c.created > o.created })
      && any('volume', (v) => (c.mounts ?? []).some((m) => m.name === v || m.destination === v || m.source === v))
      && any('network', (v) => v === 'bridge')
      && any('publish', (v) => Object.entries(c.network?.ports ?? {}).some(([k, bs]) => k === (v.includes('/') ? v : `${v}/tcp`) && bs.length > 0) || Object.values(c.network?.ports ?? {}).some((bs) => bs.some((b) => b.hostPort === v.split('/')[0])))
      && any('expose', (v) => c.config.exposedPorts.includes(v.includes('/') ? v : `${v}/tcp`))
  })
}

const PS_HEADER = {
  ID: 'CONTAINER ID', Names: 'NAMES', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED',
  Ports: 'PORTS', State: 'STATE', Status: 'STATUS', Size: 'SIZE', Labels: 'LABELS', Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES', Networks: 'NETWORKS', Platform: 'PLATFORM',
}

/** Go's time.Time.String in UTC: `2026-01-01 00:00:05 +0000 UTC`. */
const goTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} +0000 UTC`

function sizeText(ctx: ActionContext, c: ContainerRecord): string {
  const image = ctx.api.images().get(c.image)
  const rw = treeSize(c.rw)
  return `${humanSizeWithPrecision(rw, 3)} (virtual ${humanSizeWithPrecision(rw + (image?.size ?? 0), 3)})`
}

function containerContext(ctx: ActionContext, c: ContainerRecord, now: number, noTrunc: boolean) {
  const labels = Object.entries(c.config.labels).map(([k, v]) => `${k}=${v}`).sort()
  const mounts = (c.mounts ?? []).map((m) => { const n = m.name ?? m.source; return !noTrunc && [...n].length > 15 ? [...n].slice(0, 14).join('') + '…' : n })
  return formatterContext('*formatter.ContainerContext', {
    ID: noTrunc ? c.id : shortId(c.id), Names: c.name, Image: imageText(ctx.api, c), Command: commandText(c, noTrunc),
    CreatedAt: goTime(c.created), RunningFor: `${humanDuration(now - c.created)} ago`, Ports: portsText(c), State: c.state.status,
    Status: statusText(c, now), Size: () => sizeText(ctx, c), Labels: labels.join(','), Mounts: mounts.join(','),
    LocalVolumes: String((c.mounts ?? []).filter((m) => m.type === 'volume').length), Networks: 'bridge',
    Platform: goNil('*formatter.Platform'), Label: (name: string) => c.config.labels[name] ?? '',
  })
}

const EMPTY_CONTEXT = formatterContext('*formatter.ContainerContext', {
  Command: '""', CreatedAt: '1970-01-01 00:00:00 +0000 UTC', ID: '', Image: '<no image>', Labels: '', LocalVolumes: '0',
  Mounts: '', Names: '', Networks: '', Ports: '', RunningFor: '56 years ago', Size: '0B', State: '', Status: '',
  Platform: goNil('*formatter.Platform'), Label: () => '',
})

export async function psAction(ctx: ActionContext, flags: PsFlags): Promise<number> {
  let list: ContainerRecord[]
  try {
    list = ctx.api.containers()
  } catch (e) {
    return reportDaemonError(ctx.stderr, e)
  }
  const filters = flags.filter ?? []
  const impliesAll = filters.some((f) => /^(status|exited)=/i.test(f))
  if (flags.latest) list = list.slice(0, 1)
  else if (flags.last > 0) list = list.slice(0, flags.last)
  else if (!flags.all && !impliesAll) list = list.filter((c) => isRunning(c) || c.state.status === 'restarting')
  const filtered = applyFilters(ctx, list, filters)
  if (typeof filtered === 'string') { ctx.stderr.write(`Error response from daemon: ${filtered}\n`); return 1 }
  list = filtered
  const id = (c: ContainerRecord) => (flags.noTrunc ? c.id : shortId(c.id))
  if (flags.quiet) {
    for (const c of list) ctx.stdout.write(`${id(c)}\n`)
    return 0
  }
  const now = ctx.process.host.now()
  if (flags.format) {
    const format = flags.format === 'table' ? `table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}${flags.size ? '\t{{.Size}}' : ''}` : flags.format
    const r = renderFormatted(list.map((c) => containerContext(ctx, c, now, flags.noTrunc)), format === 'json' ? '{{json .}}' : format, { header: PS_HEADER, precheck: EMPTY_CONTEXT })
    if (!r.ok) { ctx.stderr.write(`${r.error}\n`); return 1 }
    ctx.stdout.write(r.output)
    return 0
  }
  const images = new Map<string, string | undefined>()
  const rows = list.map((c) => [id(c), imageText(ctx.api, c, images), commandText(c, flags.noTrunc), `${humanDuration(now - c.created)} ago`, statusText(c, now), portsText(c), c.name, ...(flags.size ? [sizeText(ctx, c)] : [])])
  ctx.stdout.write(tabwrite([['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES', ...(flags.size ? ['SIZE'] : [])], ...rows]))
  return 0
}

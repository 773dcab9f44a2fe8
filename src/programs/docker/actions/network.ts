/** docker network ls / create / rm / inspect (docker/cli network/*.go over the daemon's network store):
 *    ls       NETWORK ID / NAME / DRIVER / SCOPE, sorted by name in natural order; -q, --no-trunc, --filter
 *             (driver, id, name, scope, type=builtin|custom), --format over formatter.networkContext;
 *    create   prints the new network's full ID;
 *    rm       prints each name as typed, then every error; -f ignores missing networks;
 *    inspect  moby's network.Inspect JSON (4-space indent) or -f templates; `[]` and the errors for missing ones. */
import type { ActionContext } from './action-context'
import type { NetworkEndpoint, NetworkRecord } from '../../../engine/network/network-api'
import { daemonErrorText, reportDaemonError } from './daemon-error'
import { tabwrite } from '../format/tabwriter'
import { formatterContext, renderFormatted } from '../format/format-output'
import { formatElement, inspectFormatter } from './inspect-format'
import { EngineError } from '../../../engine/engine-error'

/** sortorder.NaturalLess: digit runs compare by value, everything else byte by byte. */
export function naturalLess(a: string, b: string): boolean {
  const re = /(\d+|\D+)/g
  const xs = a.match(re) ?? []
  const ys = b.match(re) ?? []
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const [x, y] = [xs[i], ys[i]]
    if (x === y) continue
    const dx = /^\d/.test(x)
    const dy = /^\d/.test(y)
    if (dx && dy) {
      const nx = BigInt(x)
      const ny = BigInt(y)
      if (nx !== ny) return nx < ny
      return x.length < y.length
    }
    return x < y
  }
  return xs.length < ys.length
}

const driverName = (n: NetworkRecord) => n.driver
const BUILTIN = new Set(['bridge', 'host', 'none'])
const FILTERS = ['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type']

const HEADER = { ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', IPv6: 'IPV6', Internal: 'INTERNAL', Labels: 'LABELS', CreatedAt: 'CREATED AT' }
const goTime = (ms: number) => `${new Date(ms).toISOString().replace('T', ' ').replace(/Z$/, '').replace(/\.?0+$/, '')} +0000 UTC`

export interface NetworkLsFlags { quiet: boolean; noTrunc: boolean; filter: readonly string[]; format?: string }

export async function networkLsAction(ctx: ActionContext, flags: NetworkLsFlags): Promise<number> {
  const byKey = new Map<string, string[]>()
  for (const f of flags.filter) {
    const i = f.indexOf('=')
    const key = (i < 0 ? f : f.slice(0, i)).toLowerCase()
    if (!FILTERS.includes(key)) { ctx.stderr.write(`Error response from daemon: invalid filter '${key}'\n`); return 1 }
    byKey.set(key, [...(byKey.get(key) ?? []), i < 0 ? '' : f.slice(i + 1)])
  }
  for (const t of byKey.get('type') ?? []) {
    if (t !== 'custom' && t !== 'builtin') { ctx.stderr.write(`Error response from daemon: invalid filter: 'type'='${t}'\n`); return 1 }
  }
  let list: NetworkRecord[]
  try { list = await ctx.process.wait(ctx.api.networks()) } catch (e) { return reportDaemonError(ctx.stderr, e) }
  const any = (key: string, test: (v: string) => boolean) => !byKey.has(key) || byKey.get(key)!.some(test)
  list = list.filter((n) => any('driver', (v) => driverName(n) === v)
    && any('id', (v) => n.id.includes(v))
    && any('name', (v) => n.name.includes(v))
    && any('scope', (v) => v === 'local')
    && any('type', (v) => (v === 'builtin') === BUILTIN.has(n.name))
    && any('label', (v) => { const [k, val] = v.split(/=(.*)/s); return k in n.labels && (val === undefined || n.labels[k] === val) })
    && any('dangling', () => !BUILTIN.has(n.name)))
  list.sort((a, b) => (naturalLess(a.name, b.name) ? -1 : naturalLess(b.name, a.name) ? 1 : 0))
  const id = (n: NetworkRecord) => (flags.noTrunc ? n.id : n.id.slice(0, 12))
  if (flags.quiet && !flags.format) {
    ctx.stdout.write(list.map((n) => `${id(n)}\n`).join(''))
    return 0
  }
  if (flags.format && flags.format !== 'table') {
    const items = list.map((n) => formatterContext('*formatter.networkContext', {
      ID: id(n), Name: n.name, Driver: driverName(n), Scope: 'local', IPv6: 'false', Internal: String(n.internal),
      Labels: Object.entries(n.labels).map(([k, v]) => `${k}=${v}`).join(','), CreatedAt: goTime(n.created),
      Label: (name: string) => n.labels[name] ?? '',
    }))
    const r = renderFormatted(items, flags.format === 'json' ? '{{json .}}' : flags.format, { header: HEADER })
    if (!r.ok) { ctx.stderr.write(`${r.error}\n`); return 1 }
    ctx.stdout.write(r.output)
    return 0
  }
  ctx.stdout.write(tabwrite([['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'], ...list.map((n) => [id(n), n.name, driverName(n), 'local'])]))
  return 0
}

export interface NetworkCreateFlags { driver: string; internal: boolean; attachable: boolean; label: readonly string[] }

export async function networkCreateAction(ctx: ActionContext, name: string, flags: NetworkCreateFlags): Promise<number> {
  const labels: Record<string, string> = {}
  for (const l of flags.label) { const [k, v = ''] = l.split(/=(.*)/s); labels[k] = v }
  try {
    const n = await ctx.process.wait(ctx.api.createNetwork({ name, driver: flags.driver, internal: flags.internal, attachable: flags.attachable, labels }))
    ctx.stdout.write(`${n.id}\n`)
    return 0
  } catch (e) {
    return reportDaemonError(ctx.stderr, e)
  }
}

export async function networkRmAction(ctx: ActionContext, names: readonly string[], force: boolean): Promise<number> {
  const errors: string[] = []
  for (const name of names) {
    try {
      await ctx.process.wait(ctx.api.removeNetwork(name))
      ctx.stdout.write(`${name}\n`)
    } catch (e) {
      if (force && e instanceof EngineError && e.code === 'not_found') continue
      errors.push(daemonErrorText(e))
    }
  }
  if (errors.length) ctx.stderr.write(errors.map((e) => `${e}\n`).join(''))
  return errors.length ? 1 : 0
}

const rfc3339Nano = (ms: number) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, (_, f: string) => (f === '000' ? 'Z' : `.${f.replace(/0+$/, '')}Z`))

/** network.Inspect as moby 28 serves it, keys in the API's order. */
function inspectBody(n: NetworkRecord, endpoints: readonly NetworkEndpoint[]): Record<string, unknown> {
  const isDefaultBridge = n.name === 'bridge'
  return {
    Name: n.name,
    Id: n.id,
    Created: rfc3339Nano(n.created),
    Scope: 'local',
    Driver: driverName(n),
    EnableIPv4: n.driver === 'bridge',
    EnableIPv6: false,
    IPAM: {
      Driver: 'default',
      Options: isDefaultBridge ? null : {},
      Config: n.subnet ? [{ Subnet: n.subnet, Gateway: n.gateway }] : null,
    },
    Internal: n.internal,
    Attachable: n.attachable,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: Object.fromEntries(endpoints.map((e) => [e.id, { Name: e.name, EndpointID: e.endpointId, MacAddress: e.mac, IPv4Address: e.ipv4, IPv6Address: '' }])),
    Options: n.options,
    Labels: n.labels,
  }
}

export async function networkInspectAction(ctx: ActionContext, names: readonly string[], format: string | undefined): Promise<number> {
  const formatter = inspectFormatter(format ?? '')
  if (formatter.kind === 'error') { ctx.stderr.write(`${formatter.message}\n`); return 1 }
  const bodies: Record<string, unknown>[] = []
  const errors: string[] = []
  for (const name of names) {
    try {
      const r = await ctx.process.wait(ctx.api.inspectNetwork(name))
      bodies.push(inspectBody(r.network, r.endpoints))
    } catch (e) {
      errors.push(daemonErrorText(e))
    }
  }
  if (formatter.kind === 'template') {
    for (const b of bodies) {
      const r = formatElement(formatter.template, JSON.stringify(b))
      if ('error' in r) { ctx.stderr.write(`${r.error}\n`); return 1 }
      ctx.stdout.write(r.output)
    }
  } else if (formatter.kind === 'json') {
    ctx.stdout.write(`${JSON.stringify(bodies)}\n`)
  } else {
    ctx.stdout.write(`${JSON.stringify(bodies, null, 4)}\n`)
  }
  if (errors.length) ctx.stderr.write(errors.map((e) => `${e}\n`).join(''))
  return errors.length ? 1 : 0
}

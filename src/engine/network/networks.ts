/** libnetwork's network store, as `docker network` sees it: the three predefined networks (bridge, host, none) and
 *  user-defined bridge networks, each a `meta` row `network/<name>`. The predefined ones are made on first use
 *  (so their IDs come from the seeded random stream only when someone asks) and cannot be removed.
 *  User networks take the next free 172.N.0.0/16 from 172.18 on, as the default address pools hand them out.
 *  Containers stay on the default bridge: joining user networks is not modelled. */
import type { DaemonContext } from '../daemon/daemon-context'
import { EngineError } from '../engine-error'
import { randomHex } from '../random'
import { isRunning } from '../container/container-record'
import { BRIDGE } from '../container/container-network'

export interface NetworkRecord {
  name: string
  id: string
  driver: 'bridge' | 'host' | 'null'
  created: number
  /** Empty for host and none. */
  subnet?: string
  gateway?: string
  internal: boolean
  attachable: boolean
  labels: Record<string, string>
  options: Record<string, string>
}

export interface NetworkEndpoint { id: string; name: string; endpointId: string; mac: string; ipv4: string }

const KEY = 'network/'
const PREDEFINED = ['bridge', 'host', 'none']
const DEFAULT_BRIDGE_OPTIONS = {
  'com.docker.network.bridge.default_bridge': 'true',
  'com.docker.network.bridge.enable_icc': 'true',
  'com.docker.network.bridge.enable_ip_masquerade': 'true',
  'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
  'com.docker.network.bridge.name': 'docker0',
  'com.docker.network.driver.mtu': '1500',
}

const stores = new WeakMap<DaemonContext, Promise<Map<string, NetworkRecord>>>()

function store(ctx: DaemonContext): Promise<Map<string, NetworkRecord>> {
  let s = stores.get(ctx)
  if (!s) {
    s = ctx.storage.readTable('meta').then(async (rows) => {
      const byName = new Map<string, NetworkRecord>()
      for (const [key, row] of rows) if (key.startsWith(KEY)) { const n = row.value as NetworkRecord; byName.set(n.name, n) }
      const made: NetworkRecord[] = []
      const make = (name: string, driver: NetworkRecord['driver'], extra: Partial<NetworkRecord> = {}) => {
        if (byName.has(name)) return
        const n: NetworkRecord = { name, id: randomHex(ctx.random, 64), driver, created: ctx.clock.now(), internal: false, attachable: false, labels: {}, options: {}, ...extra }
        byName.set(name, n)
        made.push(n)
      }
      make('bridge', 'bridge', { subnet: BRIDGE.subnet, gateway: BRIDGE.gateway, options: { ...DEFAULT_BRIDGE_OPTIONS } })
      make('host', 'host')
      make('none', 'null')
      if (made.length) await ctx.commit({ put: made.map((n) => ({ table: 'meta' as const, key: KEY + n.name, row: { key: KEY + n.name, value: n } })) })
      return byName
    })
    stores.set(ctx, s)
  }
  return s
}

/** By exact name, full ID, or unique ID prefix (libnetwork's FindNetwork). */
function find(all: Map<string, NetworkRecord>, input: string): NetworkRecord | undefined {
  const byName = all.get(input)
  if (byName) return byName
  const byId = [...all.values()].filter((n) => n.id.startsWith(input))
  return byId.length === 1 ? byId[0] : undefined
}

export async function listNetworks(ctx: DaemonContext): Promise<NetworkRecord[]> {
  return [...(await store(ctx)).values()]
}

export async function inspectNetwork(ctx: DaemonContext, input: string): Promise<{ network: NetworkRecord; endpoints: NetworkEndpoint[] }> {
  const n = find(await store(ctx), input)
  if (!n) throw new EngineError('not_found', `network ${input} not found`)
  const endpoints = n.name !== 'bridge' ? [] : [...ctx.containers.values()]
    .filter((c) => isRunning(c) && c.network)
    .map((c) => ({ id: c.id, name: c.name, endpointId: c.network!.endpointId, mac: c.network!.mac, ipv4: `${c.network!.ip}/${BRIDGE.prefixLen}` }))
  return { network: n, endpoints }
}

export async function createNetwork(ctx: DaemonContext, o: { name: string; driver?: string; internal?: boolean; attachable?: boolean; labels?: Record<string, string> }): Promise<NetworkRecord> {
  const all = await store(ctx)
  const driver = o.driver ?? 'bridge'
  if (driver === 'host' || driver === 'null') throw new EngineError('forbidden', `only one instance of "${driver}" network is allowed`)
  if (driver !== 'bridge') throw new EngineError('not_found', `plugin "${driver}" not found`)
  if (all.has(o.name)) throw new EngineError('conflict', `network with name ${o.name} already exists`)
  const taken = new Set([...all.values()].map((n) => n.subnet))
  let second = 18
  while (taken.has(`172.${second}.0.0/16`)) second++
  const n: NetworkRecord = {
    name: o.name, id: randomHex(ctx.random, 64), driver: 'bridge', created: ctx.clock.now(), subnet: `172.${second}.0.0/16`, gateway: `172.${second}.0.1`,
    internal: o.internal ?? false, attachable: o.attachable ?? false, labels: o.labels ?? {}, options: {},
  }
  all.set(n.name, n)
  await ctx.commit({ put: [{ table: 'meta', key: KEY + n.name, row: { key: KEY + n.name, value: n } }] })
  return n
}

export async function removeNetwork(ctx: DaemonContext, input: string): Promise<void> {
  const all = await store(ctx)
  const n = find(all, input)
  if (!n) throw new EngineError('not_found', `network ${input} not found`)
  if (PREDEFINED.includes(n.name)) throw new EngineError('forbidden', `${n.name} is a pre-defined network and cannot be removed`)
  all.delete(n.name)
  await ctx.commit({ delete: [{ table: 'meta', key: KEY + n.name }] })
}

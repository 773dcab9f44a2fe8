/** libnetwork's default bridge, as far as containers see it: an address from 172.17.0.0/16 (gateway .1, the lowest
 *  free address from .2 on, handed out when a container starts and freed when it stops) and published ports.
 *  Publishing `-p 8080:80` binds 0.0.0.0 and :: (as docker-proxy does); `-p 80` and `-P` take host ports from the
 *  ephemeral range 32768–60999, the next free one after the last taken. A port already bound by a running container
 *  on an overlapping address fails the start: `Bind for 0.0.0.0:8080 failed: port is already allocated`. */
import type { DaemonContext } from '../daemon/daemon-context'
import { EngineError } from '../engine-error'
import type { ContainerRecord, PortBinding, PortMap } from './container-record'
import type { PublishedPort } from './runtime'
import { moduleState } from './container-state'
import { randomHex } from '../random'

export const BRIDGE = { subnet: '172.17.0.0/16', gateway: '172.17.0.1', prefixLen: 16 }
const EPHEMERAL = { first: 32768, last: 60999 }

const running = (ctx: DaemonContext) => [...ctx.containers.values()].filter((c) => c.network && (c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting'))

export function allocateIp(ctx: DaemonContext): string {
  const used = new Set(running(ctx).map((c) => c.network!.ip))
  for (let n = 2; n < 65535; n++) {
    const ip = `172.17.${n >> 8}.${n & 255}`
    if (!used.has(ip)) return ip
  }
  throw new EngineError('system', 'no available IPv4 addresses on this network\'s address pools: bridge')
}

const overlaps = (a: string, b: string) => a === b || a === '0.0.0.0' || b === '0.0.0.0' || a === '::' || b === '::'
const sameFamily = (a: string, b: string) => a.includes(':') === b.includes(':')

function boundPorts(ctx: DaemonContext): { ip: string; port: number; proto: string }[] {
  const out: { ip: string; port: number; proto: string }[] = []
  for (const c of running(ctx)) {
    for (const [key, bindings] of Object.entries(c.network!.ports)) {
      for (const b of bindings) out.push({ ip: b.hostIp, port: Number(b.hostPort), proto: key.split('/')[1] })
    }
  }
  return out
}

/** Resolves a container's port bindings (and -P) to concrete host ports; throws when one is taken. */
export function publishPorts(ctx: DaemonContext, c: ContainerRecord, endpoint: string): { ports: PortMap; published: PublishedPort[] } {
  const state = moduleState(ctx)
  const taken = boundPorts(ctx)
  const isTaken = (ip: string, port: number, proto: string) => taken.some((t) => t.port === port && t.proto === proto && sameFamily(t.ip, ip) && overlaps(t.ip, ip))
  const requests: PortMap = {}
  for (const [key, bindings] of Object.entries(c.hostConfig.portBindings)) requests[key] = bindings.map((b) => ({ ...b }))
  if (c.hostConfig.publishAllPorts) for (const key of c.config.exposedPorts) if (!requests[key]) requests[key] = [{ hostIp: '', hostPort: '' }]
  const ports: PortMap = {}
  const published: PublishedPort[] = []
  for (const key of c.config.exposedPorts) ports[key] = []
  const keys = Object.keys(requests).sort((a, b) => parseInt(a) - parseInt(b))
  for (const key of keys) {
    const [containerPort, proto = 'tcp'] = key.split('/')
    const out: PortBinding[] = []
    for (const b of requests[key]) {
      const ips = b.hostIp ? [b.hostIp] : ['0.0.0.0', '::']
      const [lo, hiGiven] = b.hostPort ? b.hostPort.split('-').map(Number) : [0, 0]
      const hi = hiGiven ?? lo
      let port = lo
      if (!lo) {
        port = 0
        for (let i = 0; i <= EPHEMERAL.last - EPHEMERAL.first; i++) {
          const next = state.lastPort + 1 + i
          const candidate = next > EPHEMERAL.last ? EPHEMERAL.first + (next - EPHEMERAL.last - 1) : next
          if (ips.every((ip) => !isTaken(ip, candidate, proto))) { port = candidate; break }
        }
        state.lastPort = port
      } else {
        for (port = lo; port <= hi && ips.some((ip) => isTaken(ip, port, proto)); port++);
        if (port > hi) {
          const ip = ips.find((i) => isTaken(i, lo, proto)) ?? ips[0]
          const addr = ip.includes(':') ? `[${ip}]` : ip
          throw new EngineError('system', `failed to set up container networking: driver failed programming external connectivity on endpoint ${c.name} (${endpoint}): Bind for ${addr}:${lo} failed: port is already allocated`)
        }
      }
      for (const ip of ips) {
        out.push({ hostIp: ip, hostPort: String(port) })
        taken.push({ ip, port, proto })
        published.push({ hostIp: ip, hostPort: port, containerPort: Number(containerPort), proto: proto as 'tcp' | 'udp' })
      }
    }
    ports[key] = out
  }
  return { ports, published }
}

/** A locally administered MAC address (six octets), as libnetwork makes them since 25.0. */
export function randomMac(ctx: DaemonContext): string {
  const hex = randomHex(ctx.random, 12)
  const first = ((parseInt(hex.slice(0, 2), 16) & 0xfc) | 0x02).toString(16).padStart(2, '0')
  return [first, ...hex.slice(2).match(/../g)!].join(':')
}

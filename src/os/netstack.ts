/** The machine's TCP/IP in miniature: network namespaces (the host's, and one per container on the docker0
 *  bridge), listening sockets and connections as pairs of byte streams.
 *    host namespace      127.0.0.1, ::1, 10.0.2.15 (eth0) and 172.17.0.1 (docker0)
 *    container           127.0.0.1, ::1 and its bridge address 172.17.0.x; 172.17.0.1 is the host
 *  A connection to an address nobody listens on is refused; an address no namespace has is unreachable.
 *  Published ports are host listeners (docker-proxy) that open a connection to the container from 172.17.0.1,
 *  which is why nginx logs 172.17.0.1 for `curl localhost:8080`. No names are resolved here (see /etc/hosts). */
import { createPipe, type Reader, type Writer } from './stream'

export type NetErrno = 'ECONNREFUSED' | 'EHOSTUNREACH' | 'EADDRINUSE'

export class NetError extends Error {
  constructor(readonly errno: NetErrno, message: string) { super(message) }
}

export interface Connection {
  /** The peer's address and port as this end sees them. */
  remoteAddress: string
  remotePort: number
  localAddress: string
  localPort: number
  reader: Reader
  /** close() ends the peer's reader. */
  writer: Writer
}

export interface Listener {
  readonly port: number
  /** The next incoming connection, or null once closed. */
  accept(): Promise<Connection | null>
  close(): void
}

export interface NetNamespace {
  readonly name: string
  /** Addresses of this namespace's interfaces (loopback first). */
  readonly addresses: readonly string[]
  /** Binds `ip` (0.0.0.0 and :: = every address) and `port`. Throws NetError('EADDRINUSE'). */
  listen(port: number, ip?: string): Listener
  connect(ip: string, port: number): Promise<Connection>
  /** Bytes received and sent through this namespace's interfaces. */
  readonly counters: { rx: number; tx: number }
}

export interface NetStack {
  readonly host: NetNamespace
  /** A container's namespace on the bridge. */
  createNamespace(name: string, ip: string): NetNamespace & { destroy(): void }
  /** docker-proxy: host `hostIp:hostPort` forwards to `targetIp:targetPort`. Returns a function that unpublishes. */
  publish(hostIp: string, hostPort: number, targetIp: string, targetPort: number): () => void
}

export const BRIDGE_GATEWAY = '172.17.0.1'
const HOST_ETH0 = '10.0.2.15'

const isLoopback = (ip: string) => ip.startsWith('127.') || ip === '::1' || ip === 'localhost'
const anyAddress = (ip: string) => ip === '0.0.0.0' || ip === '::' || ip === ''

interface Bound { ip: string; port: number; queue: Connection[]; waiting: ((c: Connection | null) => void)[]; closed: boolean }

export function createNetStack(): NetStack {
  const spaces = new Map<string, Space>()
  let ephemeral = 40000

  class Space implements NetNamespace {
    readonly bound: Bound[] = []
    readonly counters = { rx: 0, tx: 0 }
    constructor(readonly name: string, readonly addresses: readonly string[], readonly bridgeIp: string) {}

    listen(port: number, ip = '0.0.0.0'): Listener {
      const clash = this.bound.find((b) => !b.closed && b.port === port && (b.ip === ip || anyAddress(b.ip) || anyAddress(ip)) && b.ip.includes(':') === ip.includes(':'))
      if (clash) throw new NetError('EADDRINUSE', `listen tcp ${ip}:${port}: bind: address already in use`)
      const b: Bound = { ip, port, queue: [], waiting: [], closed: false }
      this.bound.push(b)
      return {
        port,
        accept: () => {
          if (b.queue.length) return Promise.resolve(b.queue.shift()!)
          if (b.closed) return Promise.resolve(null)
          return new Promise((resolve) => b.waiting.push(resolve))
        },
        close: () => {
          b.closed = true
          this.bound.splice(this.bound.indexOf(b), 1)
          for (const w of b.waiting.splice(0)) w(null)
        },
      }
    }

    /** The listener that takes a connection to `ip:port` arriving at this namespace. */
    listenerFor(ip: string, port: number): Bound | undefined {
      const v6 = ip.includes(':')
      return this.bound.find((b) => !b.closed && b.port === port && (b.ip === ip || (anyAddress(b.ip) && (b.ip.includes(':') === v6 || b.ip === '::'))))
        ?? this.bound.find((b) => !b.closed && b.port === port && anyAddress(b.ip))
    }

    async connect(ip: string, port: number): Promise<Connection> {
      const { target, from } = route(this, ip)
      if (!target) throw new NetError('EHOSTUNREACH', `connect ${ip}:${port}: no route to host`)
      const bound = target.listenerFor(isLoopback(ip) ? (ip.includes(':') ? '::1' : '127.0.0.1') : ip, port)
      if (!bound) throw new NetError('ECONNREFUSED', `connect ${ip}:${port}: connection refused`)
      const up = createPipe()
      const down = createPipe()
      const localPort = ++ephemeral > 60999 ? (ephemeral = 40000) : ephemeral
      // Traffic that crosses the bridge counts on each container's interface.
      const counted = (w: Writer, ...on: [Space, 'rx' | 'tx'][]): Writer => ({
        write(d) {
          const n = typeof d === 'string' ? new TextEncoder().encode(d).length : d.length
          for (const [space, dir] of on) space.counters[dir] += n
          w.write(d)
        },
        close: () => w.close?.(),
      })
      const crossing = target !== this
      const toServer: [Space, 'rx' | 'tx'][] = crossing ? [[this, 'tx'], [target, 'rx']] : []
      const toClient: [Space, 'rx' | 'tx'][] = crossing ? [[target, 'tx'], [this, 'rx']] : []
      const server: Connection = { remoteAddress: from, remotePort: localPort, localAddress: ip, localPort: port, reader: up.reader, writer: counted(down.writer, ...toClient) }
      const client: Connection = { remoteAddress: ip, remotePort: port, localAddress: from, localPort, reader: down.reader, writer: counted(up.writer, ...toServer) }
      if (bound.waiting.length) bound.waiting.shift()!(server)
      else bound.queue.push(server)
      return client
    }
  }

  /** Which namespace an address leads to from `src`, and the source address the peer sees. */
  function route(src: Space, ip: string): { target?: Space; from: string } {
    if (isLoopback(ip) || src.addresses.includes(ip) || anyAddress(ip)) return { target: src, from: isLoopback(ip) ? (ip === '::1' ? '::1' : '127.0.0.1') : ip }
    if (ip === BRIDGE_GATEWAY || ip === HOST_ETH0) return { target: host, from: src.bridgeIp }
    for (const s of spaces.values()) if (s.addresses.includes(ip)) return { target: s, from: src.bridgeIp }
    return { from: src.bridgeIp }
  }

  const host = new Space('host', ['127.0.0.1', '::1', HOST_ETH0, BRIDGE_GATEWAY], BRIDGE_GATEWAY)

  return {
    host,
    createNamespace(name, ip) {
      const s = new Space(name, ['127.0.0.1', '::1', ip], ip)
      spaces.set(name, s)
      return Object.assign(s, {
        destroy: () => {
          spaces.delete(name)
          for (const b of [...s.bound]) { b.closed = true; for (const w of b.waiting.splice(0)) w(null) }
        },
      })
    },
    publish(hostIp, hostPort, targetIp, targetPort) {
      const listener = host.listen(hostPort, hostIp)
      let open = true
      void (async () => {
        for (;;) {
          const conn = await listener.accept()
          if (!conn || !open) return
          let upstream: Connection
          try {
            upstream = await host.connect(targetIp, targetPort)
          } catch {
            conn.writer.close?.()
            continue
          }
          void pump(conn.reader, upstream.writer)
          void pump(upstream.reader, conn.writer)
        }
      })()
      return () => { open = false; listener.close() }
    },
  }
}

async function pump(from: Reader, to: Writer): Promise<void> {
  for (;;) {
    const chunk = await from.read()
    if (chunk === null) { to.close?.(); return }
    to.write(chunk)
  }
}

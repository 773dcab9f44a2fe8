/** The client half of `docker run`/`docker create` flags (docker/cli container/opts.go parse): what is checked
 *  before the daemon is asked (port specs with go-connections' nat.ParsePortSpec wording, --pull, --restart,
 *  --rm with --restart, -v splitting into binds and anonymous volumes, --env-file), and the CreateOptions sent. */
import type { CreateOptions } from '../../../engine/container/container-api'
import type { PortMap, RestartPolicyName } from '../../../engine/container/container-record'
import type { Process } from '../../../os/process'
import { readRestartPolicy } from './restart-policy'
import { normalizeIPAddress } from '../cli/ip-address'

/** The flags of ../commands/container-option-flags.ts that the sandbox acts on. */
export interface ContainerFlags {
  publish: readonly string[]
  'publish-all': boolean
  expose: readonly string[]
  volume: readonly string[]
  env: readonly string[]
  'env-file': readonly string[]
  label: readonly string[]
  restart: string
  rm: boolean
  hostname: string
  workdir: string
  user: string
  entrypoint: string
  name: string
  interactive: boolean
  tty: boolean
  network: readonly string[]
  'stop-signal': string
  'stop-timeout': number
}

const validProto = (p: string) => p === 'tcp' || p === 'udp' || p === 'sctp'

function portRange(text: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text)
  if (!m) return undefined
  const a = Number(m[1])
  const b = Number(m[2] ?? m[1])
  if (a > 65535 || b > 65535 || b < a) return undefined
  return [a, b]
}

const validIp = (ip: string) => normalizeIPAddress(ip) !== undefined

/** nat.ParsePortSpec: [ip:][hostPort:]containerPort[/proto], ranges allowed. */
export function parsePortSpec(raw: string): { bindings: PortMap } | { error: string } {
  const parts = raw.split(':')
  const n = parts.length
  let containerPort = parts[n - 1]
  let ip = n > 2 ? parts.slice(0, n - 2).join(':') : ''
  const hostPort = n > 1 ? parts[n - 2] : ''
  let proto = 'tcp'
  const slash = containerPort.indexOf('/')
  if (slash >= 0) { proto = containerPort.slice(slash + 1); containerPort = containerPort.slice(0, slash) }
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1)
  if (ip && !validIp(ip)) return { error: `invalid IP address: ${ip}` }
  if (containerPort === '') return { error: `no port specified: ${raw}<empty>` }
  const cr = portRange(containerPort)
  if (!cr) return { error: `invalid containerPort: ${containerPort}` }
  let hr: [number, number] | undefined
  if (hostPort) {
    hr = portRange(hostPort)
    if (!hr) return { error: `invalid hostPort: ${hostPort}` }
    if (hr[1] - hr[0] !== cr[1] - cr[0] && cr[0] !== cr[1]) return { error: `invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}` }
  }
  if (!validProto(proto.toLowerCase())) return { error: `invalid proto: ${proto}` }
  const bindings: PortMap = {}
  for (let i = 0; i <= cr[1] - cr[0]; i++) {
    const key = `${cr[0] + i}/${proto.toLowerCase()}`
    const hp = !hr ? '' : hr[0] !== hr[1] && cr[0] === cr[1] ? `${hr[0]}-${hr[1]}` : String(hr[0] + i)
    ;(bindings[key] ??= []).push({ hostIp: ip, hostPort: hp })
  }
  return { bindings }
}

/** KEY=value lines of an --env-file (comments and blank lines skipped; a bare KEY takes the client's value). */
function readEnvFile(p: Process, path: string): string[] | { error: string } {
  let text: string
  try { text = p.fs.readText(path.startsWith('/') ? path : `${p.cwd.replace(/\/$/, '')}/${path}`) } catch {
    return { error: `open ${path}: no such file or directory` }
  }
  const out: string[] = []
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^\s+/, '')
    if (!line || line.startsWith('#')) continue
    if (line.includes('=')) out.push(line)
    else if (p.env[line.trim()] !== undefined) out.push(`${line.trim()}=${p.env[line.trim()]}`)
  }
  return out
}

export function validatePull(value: string): string | undefined {
  if (['always', 'missing', 'never', ''].includes(value)) return undefined
  return `invalid pull option: '${value}': must be one of "always", "missing" or "never"`
}

/** Everything the client checks and sends; an error is printed `docker: <error>` with the run hint, exit 125. */
export function createOptionsFrom(p: Process, f: ContainerFlags, changed: ReadonlySet<string>, image: { id: CreateOptions['image']; ref: string }, cmd: string[]): CreateOptions | { error: string } {
  const portBindings: PortMap = {}
  for (const spec of f.publish) {
    const r = parsePortSpec(spec)
    if ('error' in r) return r
    for (const [k, v] of Object.entries(r.bindings)) portBindings[k] = [...(portBindings[k] ?? []), ...v]
  }
  const exposed: string[] = []
  for (const e of f.expose) {
    const [port, proto = 'tcp'] = e.split('/')
    const r = portRange(port)
    if (!r) return { error: `invalid range format for --expose: ${e}, error: strconv.ParseUint: parsing "${port}": invalid syntax` }
    for (let i = r[0]; i <= r[1]; i++) exposed.push(`${i}/${proto}`)
  }
  const restart = readRestartPolicy(f.restart)
  if ('error' in restart) return restart
  if (f.rm && restart.name !== 'no') return { error: 'conflicting options: cannot specify both --restart and --rm' }
  const binds: string[] = []
  const volumes: string[] = []
  for (const v of f.volume) {
    if (!v.includes(':')) { volumes.push(v); continue }
    // A relative host path is made absolute by the client; a bare word is a volume name.
    binds.push(v.startsWith('.') ? `${p.cwd.replace(/\/$/, '')}/${v.replace(/^\.\/?/, '')}`.replace(/\/:/, ':') : v)
  }
  const env: string[] = []
  for (const file of f['env-file']) {
    const r = readEnvFile(p, file)
    if ('error' in r) return r
    env.push(...r)
  }
  env.push(...f.env)
  const labels: Record<string, string> = {}
  for (const l of f.label) { const i = l.indexOf('='); labels[i < 0 ? l : l.slice(0, i)] = i < 0 ? '' : l.slice(i + 1) }
  const network = f.network[f.network.length - 1]
  if (network !== undefined && !['bridge', 'default', 'none'].includes(network)) return { error: `Error response from daemon: network ${network} not found` }
  return {
    image: image.id, imageRef: image.ref, name: changed.has('name') ? f.name : undefined, cmd,
    entrypoint: changed.has('entrypoint') ? (f.entrypoint === '' ? null : [f.entrypoint]) : undefined,
    env, workingDir: changed.has('workdir') ? f.workdir : undefined, user: changed.has('user') ? f.user : undefined,
    hostname: changed.has('hostname') ? f.hostname : undefined, tty: f.tty, openStdin: f.interactive,
    autoRemove: f.rm, portBindings, publishAllPorts: f['publish-all'], exposedPorts: exposed,
    restart: restart as { name: RestartPolicyName; maximumRetryCount: number }, binds, volumes, labels,
    stopSignal: changed.has('stop-signal') ? f['stop-signal'] : undefined, stopTimeout: changed.has('stop-timeout') ? f['stop-timeout'] : undefined,
  }
}

/** curl: HTTP GET/HEAD/POST over the machine's network (os/netstack.ts). On the host it connects from the host's
 *  namespace (published ports are there); in a container from the container's. Names resolve through /etc/hosts
 *  only: there is no DNS, so anything else is `curl: (6) Could not resolve host`. The body goes to stdout (or -o);
 *  when stdout is not a terminal curl shows its progress meter on stderr, as the real one does.
 *  Options: -s -S -i -I -v -o FILE -O -L -f -X METHOD -H HEADER -d DATA -A AGENT -m SECS --http1.1. */
import type { Process, Program } from '../../os/process'
import type { NetNamespace } from '../../os/netstack'
import { NetError } from '../../os/netstack'
import { readBody, readHead } from './http'

interface Options {
  silent: boolean; showError: boolean; include: boolean; head: boolean; verbose: boolean; fail: boolean
  output?: string; remoteName: boolean; method?: string; headers: string[]; data?: string; agent?: string; url?: string
}

const HOST_VERSION = '8.5.0'

function versionOf(p: Process): string {
  try {
    const osRelease = p.fs.readText('/etc/os-release')
    if (/VERSION_CODENAME=bookworm/.test(osRelease)) return '7.88.1'
    if (/ID=alpine/.test(osRelease)) return '8.14.1'
  } catch { /* no os-release */ }
  return HOST_VERSION
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { silent: false, showError: false, include: false, head: false, verbose: false, fail: false, remoteName: false, headers: [] }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    const value = () => args[++i]
    if (a.startsWith('-') && !a.startsWith('--') && a.length > 2 && /^-[sSiIvfLO]+$/.test(a)) {
      for (const c of a.slice(1)) apply(o, `-${c}`)
      continue
    }
    switch (a) {
      case '-o': case '--output': o.output = value(); break
      case '-X': case '--request': o.method = value(); break
      case '-H': case '--header': o.headers.push(value()); break
      case '-d': case '--data': case '--data-raw': o.data = value(); break
      case '-A': case '--user-agent': o.agent = value(); break
      case '-m': case '--max-time': case '--connect-timeout': value(); break
      case '--http1.1': case '--compressed': case '-k': case '--insecure': break
      default:
        if (!apply(o, a)) {
          if (a.startsWith('-')) return a
          o.url = a
        }
    }
  }
  return o
}

function apply(o: Options, flag: string): boolean {
  switch (flag) {
    case '-s': case '--silent': o.silent = true; return true
    case '-S': case '--show-error': o.showError = true; return true
    case '-i': case '--include': o.include = true; return true
    case '-I': case '--head': o.head = true; return true
    case '-v': case '--verbose': o.verbose = true; return true
    case '-f': case '--fail': o.fail = true; return true
    case '-L': case '--location': return true
    case '-O': case '--remote-name': o.remoteName = true; return true
    default: return false
  }
}

/** getaddrinfo through /etc/hosts: IP literals as they are, names from the hosts file. */
function resolve(p: Process, host: string): string[] | undefined {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host.includes(':')) return [host]
  let hosts = ''
  try { hosts = p.fs.readText('/etc/hosts') } catch { /* none */ }
  const found: string[] = []
  for (const line of hosts.split('\n')) {
    const words = line.replace(/#.*/, '').trim().split(/\s+/)
    if (words.length > 1 && words.slice(1).includes(host)) found.push(words[0])
  }
  if (host === 'localhost' && !found.length) found.push('::1', '127.0.0.1')
  // curl tries IPv6 first for localhost.
  return found.length ? found.sort((a, b) => Number(b.includes(':')) - Number(a.includes(':'))) : undefined
}

function network(p: Process): NetNamespace | undefined {
  const inContainer = p.host.service<NetNamespace>('net')
  if (inContainer) return inContainer
  return p.host.service<{ net: { host: NetNamespace } }>('runtime')?.net.host
}

const METER_HEAD = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n'

function meterLine(total: number): string {
  const pad = (s: string | number, n: number) => String(s).padStart(n)
  const speed = total ? `${Math.max(1, Math.round(total / 1.024 / 1000))}k` : '0'
  return `${pad(100, 3)} ${pad(total, 5)}  ${pad(100, 3)} ${pad(total, 5)}    0     0 ${pad(speed, 6)}      0 --:--:-- --:--:-- --:--:-- ${pad(speed, 6)}\n`
}

export const curl: Program = async (p) => {
  const parsed = parseArgs(p.argv.slice(1))
  const err = (code: number, text: string, o?: Options) => {
    if (!o || !o.silent || o.showError) p.stderr.write(`curl: (${code}) ${text}\n`)
    return code
  }
  if (typeof parsed === 'string') {
    p.stderr.write(`curl: option ${parsed}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`)
    return 2
  }
  const o = parsed
  if (!o.url) {
    p.stderr.write("curl: try 'curl --help' or 'curl --manual' for more information\n")
    return 2
  }
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?(\[[^\]]+\]|[^/:?#]*)(?::(\d+))?([^#]*)/.exec(o.url)!
  const scheme = (m[1] ?? 'http').toLowerCase()
  if (scheme !== 'http' && scheme !== 'https') return err(1, `Protocol "${scheme}" not supported`, o)
  const host = m[2].replace(/^\[|\]$/g, '')
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80
  const path = m[4] || '/'
  if (!host) return err(3, 'URL rejected: No host part in the URL', o)
  const addresses = resolve(p, host)
  if (!addresses) return err(6, `Could not resolve host: ${host}`, o)
  const net = network(p)
  const version = versionOf(p)
  const verbose = (line: string) => { if (o.verbose) p.stderr.write(`${line}\n`) }
  let conn
  let used = addresses[0]
  for (const ip of addresses) {
    verbose(`*   Trying ${ip.includes(':') ? `[${ip}]` : ip}:${port}...`)
    try {
      if (!net) throw new NetError('ECONNREFUSED', 'no network')
      conn = await p.wait(net.connect(ip, port))
      used = ip
      break
    } catch (e) {
      if (!(e instanceof NetError)) throw e
      if (e.errno === 'EHOSTUNREACH') await p.sleep(3_000)
    }
  }
  if (!conn) {
    const ms = addresses.some((a) => !/^(127\.|::1$)/.test(a) && !(net?.addresses.includes(a))) ? 3_067 : 0
    return err(7, `Failed to connect to ${host} port ${port} after ${ms} ms: Couldn't connect to server`, o)
  }
  verbose(`* Connected to ${host} (${used}) port ${port}`)
  if (scheme === 'https') {
    conn.writer.write('\x16\x03\x01')
    conn.writer.close?.()
    return err(35, 'OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number', o)
  }
  const method = o.method ?? (o.head ? 'HEAD' : o.data !== undefined ? 'POST' : 'GET')
  const hostHeader = port === 80 ? host : `${m[2]}:${port}`
  const reqHeaders = [`Host: ${hostHeader}`, `User-Agent: ${o.agent ?? `curl/${version}`}`, 'Accept: */*']
  for (const h of o.headers) {
    const name = h.split(':')[0].toLowerCase()
    const i = reqHeaders.findIndex((r) => r.split(':')[0].toLowerCase() === name)
    if (i >= 0) reqHeaders.splice(i, 1)
    if (!/:\s*$/.test(h)) reqHeaders.push(h)
  }
  if (o.data !== undefined) reqHeaders.push(`Content-Length: ${new TextEncoder().encode(o.data).length}`, 'Content-Type: application/x-www-form-urlencoded')
  const request = `${method} ${path} HTTP/1.1\r\n${reqHeaders.map((h) => `${h}\r\n`).join('')}\r\n${o.data ?? ''}`
  if (o.verbose) for (const line of [`${method} ${path} HTTP/1.1`, ...reqHeaders, '']) p.stderr.write(`> ${line}\n`)
  conn.writer.write(request)
  const got = await p.wait(readHead(conn.reader))
  if (!got) return err(52, 'Empty reply from server', o)
  const status = Number(got.head.start.split(' ')[1])
  const body = await p.wait(readBody(conn.reader, got.head, got.rest, method === 'HEAD'))
  conn.writer.close?.()
  const headText = `${got.head.start}\r\n${got.head.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`
  if (o.verbose) {
    for (const line of [got.head.start, ...got.head.headers.map(([k, v]) => `${k}: ${v}`), '']) p.stderr.write(`< ${line}\n`)
  }
  if (o.fail && status >= 400) {
    verbose(`* The requested URL returned error: ${status}`)
    return err(22, `The requested URL returned error: ${status}`, o)
  }
  let out: { write(d: string | Uint8Array): void } = p.stdout
  let toFile: string | undefined = o.output ?? (o.remoteName ? path.split('/').pop() || 'index.html' : undefined)
  const chunks: (string | Uint8Array)[] = []
  if (toFile !== undefined && toFile !== '-') out = { write: (d) => { chunks.push(d) } }
  else toFile = undefined
  const meter = !o.silent && !o.verbose && (toFile !== undefined || !p.isatty(1))
  if (meter) p.stderr.write(METER_HEAD + meterLine(body.length).replace(/^/, '\r').slice(1))
  if (o.include || o.head) out.write(headText)
  out.write(body)
  if (toFile !== undefined) {
    const full = toFile.startsWith('/') ? toFile : `${p.cwd.replace(/\/$/, '')}/${toFile}`
    const parts = chunks.map((c) => (typeof c === 'string' ? new TextEncoder().encode(c) : c))
    const bytes = new Uint8Array(parts.reduce((n, c) => n + c.length, 0))
    let at = 0
    for (const c of parts) { bytes.set(c, at); at += c.length }
    try { p.fs.writeFile(full, bytes) } catch { return err(23, `Failure writing output to destination, passed ${body.length} returned 0`, o) }
  }
  verbose(`* Connection #0 to host ${host} left intact`)
  return 0
}

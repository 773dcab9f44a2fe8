/** redis-server and redis-cli. The server logs its start-up the way Redis 7.4/8.0 does (pid:role timestamp level
 *  message), listens on 6379, keeps strings in memory and saves them to /data/dump.rdb on shutdown (SIGTERM/
 *  SIGINT), loading them at the next start. The protocol is RESP; the client prints replies as redis-cli does and
 *  has the interactive `127.0.0.1:6379>` prompt. Commands: PING ECHO SET GET DEL EXISTS INCR DECR KEYS DBSIZE
 *  FLUSHALL EXPIRE TTL INFO SAVE QUIT. */
import type { Process, Program } from '../../os/process'
import type { Connection, NetNamespace } from '../../os/netstack'
import type { Sandbox } from '../../os/sandbox'
import { takeOverScriptParent } from './exec'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
function stamp(ms: number): string {
  const d = new Date(ms)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}`
}

type Reply = { t: '+' | '-'; s: string } | { t: ':'; n: number } | { t: '$'; s: string | null } | { t: '*'; items: Reply[] }

function encode(r: Reply): string {
  switch (r.t) {
    case '+': case '-': return `${r.t}${r.s}\r\n`
    case ':': return `:${r.n}\r\n`
    case '$': return r.s === null ? '$-1\r\n' : `$${new TextEncoder().encode(r.s).length}\r\n${r.s}\r\n`
    case '*': return `*${r.items.length}\r\n${r.items.map(encode).join('')}`
  }
}

/** Splits an inline command the way redis-cli does (quotes group words). */
function words(line: string): string[] {
  const out: string[] = []
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3])
  return out
}

const DUMP = '/data/dump.rdb'

export const redisServer: Program = async (p) => {
  takeOverScriptParent(p)
  const me = p.host.service<Sandbox>('sandbox')?.byHostPid(p.pid)
  const pid = me?.nsPid ?? p.pid
  const args = p.argv.slice(1)
  if (args.includes('--version') || args.includes('-v')) {
    p.stdout.write(`Redis server v=${p.env.REDIS_VERSION ?? '8.0.2'} sha=00000000:1 malloc=jemalloc-5.3.0 bits=64 build=2e7d2ae8d5f3ae4b\n`)
    return 0
  }
  const version = p.env.REDIS_VERSION ?? '8.0.2'
  const portArg = args.indexOf('--port')
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 6379
  const modules = args.filter((_a, i) => args[i - 1] === '--loadmodule')
  me?.setTitle(`redis-server *:${port}`)
  const log = (role: 'C' | 'M', level: '*' | '#', text: string) => p.stdout.write(`${pid}:${role} ${stamp(p.host.now())} ${level} ${text}\n`)
  log('C', '#', 'WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add \'vm.overcommit_memory = 1\' to /etc/sysctl.conf and then reboot or run the command \'sysctl vm.overcommit_memory=1\' for this to take effect.')
  log('C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo')
  log('C', '*', `Redis version=${version}, bits=64, commit=00000000, modified=${modules.length ? 1 : 0}, pid=${pid}, just started`)
  log('C', '#', args.some((a) => a.endsWith('.conf')) ? `Configuration loaded` : 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf')
  log('M', '*', 'monotonic clock: POSIX clock_gettime')
  log('M', '*', `Running mode=standalone, port=${port}.`)
  const MODULE_NAMES: Record<string, string> = { 'redisearch.so': 'search', 'rejson.so': 'ReJSON', 'redisbloom.so': 'bf', 'redistimeseries.so': 'timeseries' }
  for (const m of modules) log('M', '*', `Module '${MODULE_NAMES[m.split('/').pop()!] ?? m.split('/').pop()!.replace(/\.so$/, '')}' loaded from ${m}`)
  log('M', '*', 'Server initialized')
  const data = new Map<string, string>()
  try {
    const saved = JSON.parse(p.fs.readText(DUMP).replace(/^REDIS\d{4}/, '')) as Record<string, string>
    for (const [k, v] of Object.entries(saved)) data.set(k, v)
    log('M', '*', `Loading RDB produced by version ${version}`)
    log('M', '*', 'RDB age 0 seconds')
    log('M', '*', `Done loading RDB, keys loaded: ${data.size}, keys expired: 0.`)
    log('M', '*', 'DB loaded from disk: 0.000 seconds')
  } catch { /* no dump */ }
  const net = p.host.service<NetNamespace>('net')
  const listeners = net ? [net.listen(port, '0.0.0.0'), net.listen(port, '::')] : []
  log('M', '*', 'Ready to accept connections tcp')

  const save = () => {
    try { p.fs.writeFile(DUMP, `REDIS0012${JSON.stringify(Object.fromEntries(data))}`) } catch { /* read-only */ }
  }
  let stop!: () => void
  const stopped = new Promise<void>((resolve) => { stop = resolve })
  p.onSignal((sig) => {
    if (sig !== 'SIGTERM' && sig !== 'SIGINT') return
    p.stdout.write(`${pid}:signal-handler (${Math.floor(p.host.now() / 1000)}) Received ${sig} scheduling shutdown...\n`)
    stop()
  })
  for (const l of listeners) {
    void (async () => {
      for (;;) {
        const conn = await p.wait(l.accept()).catch(() => null)
        if (!conn) return
        void session(p, conn, data, version, save).catch(() => conn.writer.close?.())
      }
    })()
  }
  await stopped
  for (const l of listeners) l.close()
  log('M', '*', 'User requested shutdown...')
  log('M', '*', 'Saving the final RDB snapshot before exiting.')
  save()
  log('M', '*', 'DB saved on disk')
  log('M', '#', 'Redis is now ready to exit, bye bye...')
  return 0
}

function execute(cmd: string[], data: Map<string, string>, version: string, save: () => void): Reply {
  const name = (cmd[0] ?? '').toUpperCase()
  const arity = (n: number) => cmd.length < n
  const wrong = { t: '-' as const, s: `ERR wrong number of arguments for '${(cmd[0] ?? '').toLowerCase()}' command` }
  switch (name) {
    case 'PING': return cmd[1] !== undefined ? { t: '$', s: cmd[1] } : { t: '+', s: 'PONG' }
    case 'ECHO': return arity(2) ? wrong : { t: '$', s: cmd[1] }
    case 'SET': if (arity(3)) return wrong; data.set(cmd[1], cmd[2]); return { t: '+', s: 'OK' }
    case 'GET': return arity(2) ? wrong : { t: '$', s: data.get(cmd[1]) ?? null }
    case 'DEL': { if (arity(2)) return wrong; let n = 0; for (const k of cmd.slice(1)) if (data.delete(k)) n++; return { t: ':', n } }
    case 'EXISTS': return arity(2) ? wrong : { t: ':', n: cmd.slice(1).filter((k) => data.has(k)).length }
    case 'INCR': case 'DECR': case 'INCRBY': {
      if (arity(name === 'INCRBY' ? 3 : 2)) return wrong
      const cur = data.get(cmd[1]) ?? '0'
      if (!/^-?\d+$/.test(cur)) return { t: '-', s: 'ERR value is not an integer or out of range' }
      const next = Number(cur) + (name === 'DECR' ? -1 : name === 'INCRBY' ? Number(cmd[2]) : 1)
      data.set(cmd[1], String(next))
      return { t: ':', n: next }
    }
    case 'KEYS': {
      if (arity(2)) return wrong
      const re = new RegExp(`^${cmd[1].replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`)
      return { t: '*', items: [...data.keys()].filter((k) => re.test(k)).map((s) => ({ t: '$' as const, s })) }
    }
    case 'DBSIZE': return { t: ':', n: data.size }
    case 'FLUSHALL': case 'FLUSHDB': data.clear(); return { t: '+', s: 'OK' }
    case 'EXPIRE': return arity(3) ? wrong : { t: ':', n: data.has(cmd[1]) ? 1 : 0 }
    case 'TTL': return arity(2) ? wrong : { t: ':', n: data.has(cmd[1]) ? -1 : -2 }
    case 'SAVE': save(); return { t: '+', s: 'OK' }
    case 'INFO': return { t: '$', s: `# Server\r\nredis_version:${version}\r\nredis_mode:standalone\r\nos:Linux 3.10.0-1160.el7.x86_64 x86_64\r\narch_bits:64\r\ntcp_port:6379\r\n\r\n# Keyspace\r\n${data.size ? `db0:keys=${data.size},expires=0,avg_ttl=0,subexpiry=0\r\n` : ''}` }
    case 'COMMAND': return { t: '*', items: [] }
    default: return { t: '-', s: `ERR unknown command '${cmd[0] ?? ''}', with args beginning with: ${cmd.slice(1).map((a) => `'${a}' `).join('')}` }
  }
}

/** One client connection: RESP arrays or inline commands in, replies out. */
async function session(p: Process, conn: Connection, data: Map<string, string>, version: string, save: () => void): Promise<void> {
  let buf = ''
  for (;;) {
    const chunk = await p.wait(conn.reader.read())
    if (chunk === null) return
    buf += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk)
    for (;;) {
      const parsed = parseCommand(buf)
      if (!parsed) break
      buf = buf.slice(parsed.used)
      if ((parsed.cmd[0] ?? '').toUpperCase() === 'QUIT') { conn.writer.write('+OK\r\n'); conn.writer.close?.(); return }
      conn.writer.write(encode(execute(parsed.cmd, data, version, save)))
    }
  }
}

function parseCommand(buf: string): { cmd: string[]; used: number } | undefined {
  if (!buf.includes('\r\n')) return undefined
  if (!buf.startsWith('*')) {
    const end = buf.indexOf('\r\n')
    return { cmd: words(buf.slice(0, end)), used: end + 2 }
  }
  const lines = buf.split('\r\n')
  const n = Number(lines[0].slice(1))
  if (lines.length < 1 + n * 2 + 1) return undefined
  const cmd: string[] = []
  for (let i = 0; i < n; i++) cmd.push(lines[2 + i * 2])
  return { cmd, used: lines.slice(0, 1 + n * 2).join('\r\n').length + 2 }
}

function format(r: Reply, indent = ''): string {
  switch (r.t) {
    case '+': return r.s
    case '-': return `(error) ${r.s}`
    case ':': return `(integer) ${r.n}`
    case '$': return r.s === null ? '(nil)' : JSON.stringify(r.s)
    case '*': return r.items.length ? r.items.map((it, i) => `${indent}${i + 1}) ${format(it, indent + '   ')}`).join('\n').replace(/^\s+/, '') : '(empty array)'
  }
}

function decode(text: string): { reply: Reply; used: number } | undefined {
  const end = text.indexOf('\r\n')
  if (end < 0) return undefined
  const head = text.slice(1, end)
  switch (text[0]) {
    case '+': case '-': return { reply: { t: text[0] as '+' | '-', s: head }, used: end + 2 }
    case ':': return { reply: { t: ':', n: Number(head) }, used: end + 2 }
    case '$': {
      const len = Number(head)
      if (len < 0) return { reply: { t: '$', s: null }, used: end + 2 }
      if (text.length < end + 2 + len + 2) return undefined
      return { reply: { t: '$', s: text.slice(end + 2, end + 2 + len) }, used: end + 2 + len + 2 }
    }
    case '*': {
      const items: Reply[] = []
      let at = end + 2
      for (let i = 0; i < Number(head); i++) {
        const d = decode(text.slice(at))
        if (!d) return undefined
        items.push(d.reply)
        at += d.used
      }
      return { reply: { t: '*', items }, used: at }
    }
    default: return undefined
  }
}

export const redisCli: Program = async (p) => {
  const args = p.argv.slice(1)
  let host = '127.0.0.1'
  let port = 6379
  const cmd: string[] = []
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-h') host = args[++i]
    else if (args[i] === '-p') port = Number(args[++i])
    else if (args[i] === '--version' || args[i] === '-v') { p.stdout.write(`redis-cli ${p.env.REDIS_VERSION ?? '8.0.2'}\n`); return 0 }
    else cmd.push(args[i])
  }
  const net = p.host.service<NetNamespace>('net') ?? p.host.service<{ net: { host: NetNamespace } }>('runtime')?.net.host
  const ip = host === 'localhost' ? '127.0.0.1' : host
  let conn: Connection | undefined
  try { conn = net ? await p.wait(net.connect(ip, port)) : undefined } catch { conn = undefined }
  const refused = `Could not connect to Redis at ${host}:${port}: Connection refused`
  let buf = ''
  const call = async (c: string[]): Promise<Reply | undefined> => {
    if (!conn) return undefined
    conn.writer.write(`*${c.length}\r\n${c.map((a) => `$${new TextEncoder().encode(a).length}\r\n${a}\r\n`).join('')}`)
    for (;;) {
      const d = decode(buf)
      if (d) { buf = buf.slice(d.used); return d.reply }
      const chunk = await p.wait(conn.reader.read())
      if (chunk === null) return undefined
      buf += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk)
    }
  }
  if (cmd.length) {
    if (!conn) { p.stderr.write(`${refused}\n`); return 1 }
    const r = await call(cmd)
    if (r) p.stdout.write(`${r.t === '$' && r.s !== null && !p.isatty(1) ? r.s : format(r)}\n`)
    conn.writer.close?.()
    return 0
  }
  if (!p.tty) return 0
  for (;;) {
    const prompt = conn ? `${host}:${port}> ` : 'not connected> '
    const line = await p.tty.readLine({ prompt })
    if (line.kind !== 'line') return 0
    const w = words(line.line)
    if (!w.length) continue
    if (['quit', 'exit'].includes(w[0].toLowerCase())) { conn?.writer.close?.(); return 0 }
    if (!conn) { p.stdout.write(`${refused}\n`); continue }
    const r = await call(w)
    if (r) p.stdout.write(`${format(r)}\n`)
  }
}

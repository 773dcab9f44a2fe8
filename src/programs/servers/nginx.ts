/** nginx 1.2x as the official image runs it (`nginx -g 'daemon off;'` after /docker-entrypoint.sh execs it): the
 *  master writes its start-up notices to the error log (/var/log/nginx/error.log → /dev/stderr), starts one worker
 *  process per CPU, listens on the `listen` ports of conf.d/default.conf and serves files from its `root`, one
 *  access-log line per request on /var/log/nginx/access.log → /dev/stdout ("main" format).
 *  Signals: QUIT = graceful shutdown (the image's STOPSIGNAL), TERM/INT = fast shutdown, HUP = reload. Workers are
 *  real processes (`nginx: worker process`); the kernel passes the master's signals on to them.
 *  Also: -v, -V, -t, -s SIGNAL, and `daemon on` (the default without -g), which forks and returns at once. */
import type { Process, Program, SignalName } from '../../os/process'
import type { Connection, NetNamespace, Listener } from '../../os/netstack'
import type { Sandbox } from '../../os/sandbox'
import { errorLogDate, header, httpDate, logDate, readBody, readHead } from '../net/http'
import { takeOverScriptParent } from './exec'

const CPUS = 2
const GCC = 'built by gcc 12.2.0 (Debian 12.2.0-14+deb12u1) '
const SIGNUM: Partial<Record<SignalName, number>> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGTERM: 15, SIGWINCH: 28 }

const versionOf = (p: Process) => p.env.NGINX_VERSION ?? '1.27.5'

interface Site { ports: { port: number; ip: string }[]; root: string; index: string[] }

/** The few directives of the stock config that decide what is served. */
function readSite(p: Process): Site {
  const site: Site = { ports: [], root: '/usr/share/nginx/html', index: ['index.html', 'index.htm'] }
  let conf = ''
  try {
    for (const name of p.fs.readdir('/etc/nginx/conf.d')) if (name.endsWith('.conf')) conf += p.fs.readText(`/etc/nginx/conf.d/${name}`) + '\n'
  } catch { /* no conf.d */ }
  const text = conf.replace(/#.*$/gm, '')
  for (const m of text.matchAll(/\blisten\s+([^;]+);/g)) {
    const spec = m[1].trim().split(/\s+/)[0]
    const v6 = /^\[(.*)\]:(\d+)$/.exec(spec)
    if (v6) site.ports.push({ ip: v6[1] || '::', port: Number(v6[2]) })
    else if (/^\d+$/.test(spec)) site.ports.push({ ip: '0.0.0.0', port: Number(spec) })
    else { const [ip, port] = spec.split(':'); site.ports.push({ ip, port: Number(port ?? 80) }) }
  }
  const root = /\broot\s+([^;]+);/.exec(text)
  if (root) site.root = root[1].trim()
  const index = /\bindex\s+([^;]+);/.exec(text)
  if (index) site.index = index[1].trim().split(/\s+/)
  if (!site.ports.length) site.ports.push({ ip: '0.0.0.0', port: 80 })
  return site
}

const MIME: Record<string, string> = { html: 'text/html', htm: 'text/html', css: 'text/css', js: 'application/javascript', json: 'application/json', txt: 'text/plain', png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', ico: 'image/x-icon' }

const errorPage = (status: string, version: string) =>
  `<html>\r\n<head><title>${status}</title></head>\r\n<body>\r\n<center><h1>${status}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`

export const nginx: Program = async (p) => {
  const args = p.argv.slice(1)
  const version = versionOf(p)
  if (args.includes('-v')) { p.stderr.write(`nginx version: nginx/${version}\n`); return 0 }
  if (args.includes('-V')) {
    p.stderr.write(`nginx version: nginx/${version}\n${GCC.trimEnd()}\nbuilt with OpenSSL 3.0.15 3 Sep 2024 (running with OpenSSL 3.0.16 11 Feb 2025)\nTLS SNI support enabled\nconfigure arguments: --prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --modules-path=/usr/lib/nginx/modules --conf-path=/etc/nginx/nginx.conf --error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log --pid-path=/run/nginx.pid --lock-path=/run/nginx.lock --user=nginx --group=nginx --with-http_ssl_module --with-http_v2_module --with-stream\n`)
    return 0
  }
  if (args.includes('-t')) {
    p.stderr.write('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n')
    return 0
  }
  const sandbox = p.host.service<Sandbox>('sandbox')
  const me = sandbox?.byHostPid(p.pid)
  if (p.env.NGINX_SANDBOX_WORKER) return worker(p, me?.nsPid ?? p.pid)
  const s = args.indexOf('-s')
  if (s >= 0) return signalMaster(p, args[s + 1] ?? '')

  const globals = args[args.indexOf('-g') + 1] ?? ''
  const foreground = args.includes('-g') && /daemon\s+off/.test(globals)
  // `exec "$@"` in the entrypoint: nginx keeps the shell's pid (1).
  takeOverScriptParent(p)
  const pid = me?.nsPid ?? p.pid
  me?.setTitle(`nginx: master process ${p.argv.join(' ')}`)
  const log = (text: string, who = pid) => p.stderr.write(`${errorLogDate(p.host.now())} [notice] ${who}#${who}: ${text}\n`)

  const site = readSite(p)
  const net = p.host.service<NetNamespace>('net')
  const listeners: Listener[] = []
  for (const l of site.ports) {
    try {
      if (net) listeners.push(net.listen(l.port, l.ip))
    } catch {
      p.stderr.write(`${errorLogDate(p.host.now())} [emerg] ${pid}#${pid}: bind() to ${l.ip.includes(':') ? `[${l.ip}]` : l.ip}:${l.port} failed (98: Address already in use)\n`)
      for (const o of listeners) o.close()
      return 1
    }
  }
  for (const dir of ['client_temp', 'proxy_temp', 'fastcgi_temp', 'uwsgi_temp', 'scgi_temp']) {
    try { if (!p.fs.stat(`/var/cache/nginx/${dir}`)) p.fs.mkdir(`/var/cache/nginx/${dir}`, { parents: true, mode: 0o700 }) } catch { /* read-only */ }
  }
  const pidFile = version === '1.26.3' ? '/var/run/nginx.pid' : '/run/nginx.pid'
  try { p.fs.writeFile(pidFile, `${pid}\n`) } catch { /* read-only */ }

  if (!foreground) {
    // daemon on: the master forks into the background and the process that was started returns.
    for (const l of listeners) l.close()
    return 0
  }

  log('using the "epoll" event method')
  log(`nginx/${version}`)
  log(GCC)
  log('OS: Linux 3.10.0-1160.el7.x86_64')
  log('getrlimit(RLIMIT_NOFILE): 1048576:1048576')
  let stopping: 'graceful' | 'fast' | undefined
  let wake: (() => void) | undefined
  const stopped = new Promise<void>((resolve) => { wake = resolve })
  p.onSignal((sig) => {
    const n = SIGNUM[sig]
    if (sig === 'SIGQUIT') { log(`signal ${n} (SIGQUIT) received, shutting down`); stopping = 'graceful' }
    else if (sig === 'SIGTERM' || sig === 'SIGINT') { log(`signal ${n} (${sig}) received, exiting`); stopping = 'fast' }
    else if (sig === 'SIGHUP') { log('signal 1 (SIGHUP) received, reconfiguring'); log('reconfiguring'); return }
    else if (sig === 'SIGWINCH') { log('signal 28 (SIGWINCH) received'); return }
    if (stopping) { for (const l of listeners) l.close(); wake?.() }
  })

  log('start worker processes')
  const workers: { nsPid: number; exited: Promise<number> }[] = []
  for (let i = 0; i < CPUS; i++) {
    const entered = me && sandbox ? sandbox.nextChild(me) : undefined
    const exited = p.spawn([p.argv[0]], { env: { ...p.env, NGINX_SANDBOX_WORKER: String(i + 1) }, stdin: undefined })
    const child = entered ? await p.wait(entered) : undefined
    const nsPid = child?.nsPid ?? pid + 28 + i
    log(`start worker process ${nsPid}`)
    workers.push({ nsPid, exited })
  }

  let requests = 0
  const serveAll = listeners.map(async (l) => {
    for (;;) {
      const conn = await p.wait(l.accept())
      if (!conn) return
      const n = ++requests
      void serve(p, conn, site, version, workers[0]?.nsPid ?? pid, n).catch(() => conn.writer.close?.())
    }
  })
  await stopped
  await Promise.all(serveAll).catch(() => undefined)
  const order = stopping === 'graceful' ? [...workers].reverse() : workers
  for (const w of order) {
    await w.exited.catch(() => 0)
    log(`signal 17 (SIGCHLD) received from ${w.nsPid}`)
    log(`worker process ${w.nsPid} exited with code 0`)
    if (stopping === 'graceful' && w === order[0] && workers.length > 1) log('signal 29 (SIGIO) received')
  }
  log('exit')
  return 0
}

/** A worker waits for its master's QUIT/TERM/INT (the kernel forwards them) and says goodbye in the error log. */
async function worker(p: Process, nsPid: number): Promise<number> {
  p.host.service<Sandbox>('sandbox')?.byHostPid(p.pid)?.setTitle('nginx: worker process')
  const sandbox = p.host.service<Sandbox>('sandbox')
  const me = sandbox?.byHostPid(p.pid)
  if (me) me.user = 'nginx'
  const log = (text: string) => p.stderr.write(`${errorLogDate(p.host.now())} [notice] ${nsPid}#${nsPid}: ${text}\n`)
  await new Promise<void>((resolve) => {
    p.onSignal((sig) => {
      if (sig === 'SIGQUIT') { log('gracefully shutting down'); log('exiting'); log('exit'); resolve() }
      else if (sig === 'SIGTERM' || sig === 'SIGINT') { log('exiting'); log('exit'); resolve() }
    })
  })
  return 0
}

/** `nginx -s quit|stop|reload|reopen`: signals the master named in the pid file. */
async function signalMaster(p: Process, what: string): Promise<number> {
  const sig: Record<string, SignalName> = { stop: 'SIGTERM', quit: 'SIGQUIT', reload: 'SIGHUP', reopen: 'SIGHUP' }
  if (!sig[what]) { p.stderr.write(`nginx: invalid option: "-s ${what}"\n`); return 1 }
  let pid = ''
  try { pid = p.fs.readText('/run/nginx.pid').trim() } catch {
    p.stderr.write(`${errorLogDate(p.host.now())} [error] ${p.pid}#${p.pid}: open() "/run/nginx.pid" failed (2: No such file or directory)\nnginx: [error] open() "/run/nginx.pid" failed (2: No such file or directory)\n`)
    return 1
  }
  const kernel = p.host.service<{ processes(): ReadonlyMap<number, { kill(sig: SignalName): void }> }>('kernel')
  const target = kernel?.processes().get(Number(pid))
  const me = p.host.service<Sandbox>('sandbox')?.byHostPid(p.pid)?.nsPid ?? p.pid
  p.stderr.write(`${errorLogDate(p.host.now())} [notice] ${me}#${me}: signal process started\n`)
  target?.kill(sig[what])
  return 0
}

async function serve(p: Process, conn: Connection, site: Site, version: string, workerPid: number, n: number): Promise<void> {
  const got = await p.wait(readHead(conn.reader))
  if (!got) { conn.writer.close?.(); return }
  await p.wait(readBody(conn.reader, got.head, got.rest, !header(got.head, 'content-length')))
  const [method = '', target = '/'] = got.head.start.split(' ')
  const path = decodeURIComponent(target.split('?')[0])
  const now = p.host.now()
  let status = 200
  let body: Uint8Array | string = ''
  const headers: [string, string][] = [['Server', `nginx/${version}`], ['Date', httpDate(now)]]
  const fail = (code: number, text: string) => {
    status = code
    body = errorPage(`${code} ${text}`, version)
    headers.push(['Content-Type', 'text/html'], ['Content-Length', String(body.length)])
  }
  const file = `${site.root}${path}`
  const st = p.fs.stat(file)
  if (method !== 'GET' && method !== 'HEAD') fail(405, 'Not Allowed')
  else if (st?.type === 'dir' && !path.endsWith('/')) {
    status = 301
    body = errorPage('301 Moved Permanently', version)
    headers.push(['Content-Type', 'text/html'], ['Content-Length', String(body.length)], ['Location', `http://${header(got.head, 'host') ?? 'localhost'}${path}/`])
  } else {
    const chosen = st?.type === 'dir' ? site.index.map((i) => `${file}${i}`).find((f) => p.fs.stat(f)?.type === 'file') : st?.type === 'file' ? file : undefined
    if (!chosen) {
      if (st?.type === 'dir') {
        status = 403
        p.stderr.write(`${errorLogDate(now)} [error] ${workerPid}#${workerPid}: *${n} directory index of "${file}" is forbidden, client: ${conn.remoteAddress}, server: localhost, request: "${got.head.start}", host: "${header(got.head, 'host') ?? ''}"\n`)
        fail(403, 'Forbidden')
      } else {
        p.stderr.write(`${errorLogDate(now)} [error] ${workerPid}#${workerPid}: *${n} open() "${file}" failed (2: No such file or directory), client: ${conn.remoteAddress}, server: localhost, request: "${got.head.start}", host: "${header(got.head, 'host') ?? ''}"${header(got.head, 'referer') ? `, referrer: "${header(got.head, 'referer')}"` : ''}\n`)
        fail(404, 'Not Found')
      }
    } else {
      const fst = p.fs.stat(chosen)!
      body = p.fs.readFile(chosen)
      const ext = chosen.split('.').pop() ?? ''
      const mtime = Math.floor(fst.mtime / 1000)
      headers.push(['Content-Type', MIME[ext] ?? 'application/octet-stream'], ['Content-Length', String(fst.size)],
        ['Last-Modified', httpDate(fst.mtime)], ['Connection', 'keep-alive'], ['ETag', `"${mtime.toString(16)}-${fst.size.toString(16)}"`], ['Accept-Ranges', 'bytes'])
    }
  }
  if (status !== 200) headers.splice(4, 0, ['Connection', 'keep-alive'])
  const reason: Record<number, string> = { 200: 'OK', 301: 'Moved Permanently', 403: 'Forbidden', 404: 'Not Found', 405: 'Not Allowed' }
  conn.writer.write(`HTTP/1.1 ${status} ${reason[status]}\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`)
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body
  if (method !== 'HEAD') conn.writer.write(bytes)
  conn.writer.close?.()
  const q = (v: string | undefined) => `"${v ?? '-'}"`
  p.stdout.write(`${conn.remoteAddress} - - [${logDate(now)}] "${got.head.start}" ${status} ${method === 'HEAD' ? 0 : bytes.length} ${q(header(got.head, 'referer'))} ${q(header(got.head, 'user-agent'))} ${q(header(got.head, 'x-forwarded-for'))}\n`)
}

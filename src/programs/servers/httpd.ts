/** Apache httpd 2.4 as the official image runs it (`httpd-foreground` execs `httpd -DFOREGROUND`): the AH00558
 *  ServerName warning twice, the mpm_event notices, files from /usr/local/apache2/htdocs on port 80 with one
 *  common-log line per request on stdout, and the graceful stop on SIGWINCH (the image's STOPSIGNAL). */
import type { Program, Process } from '../../os/process'
import type { NetNamespace, Connection } from '../../os/netstack'
import type { Sandbox } from '../../os/sandbox'
import { header, httpDate, logDate, readBody, readHead } from '../net/http'
import { takeOverScriptParent } from './exec'

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
function apacheDate(ms: number): string {
  const d = new Date(ms)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}${String(ms % 997).padStart(3, '0')} ${d.getUTCFullYear()}`
}

const ROOT = '/usr/local/apache2'

export const httpd: Program = async (p) => {
  takeOverScriptParent(p)
  const me = p.host.service<Sandbox>('sandbox')?.byHostPid(p.pid)
  const pid = me?.nsPid ?? p.pid
  const version = p.env.HTTPD_VERSION ?? '2.4.63'
  if (p.argv.includes('-v')) { p.stdout.write(`Server version: Apache/${version} (Unix)\nServer built:   Jan 22 2025 00:37:51\n`); return 0 }
  const net = p.host.service<NetNamespace>('net')
  const ip = net?.addresses[net.addresses.length - 1] ?? '127.0.0.1'
  const notice = (mod: string, text: string) => p.stderr.write(`[${apacheDate(p.host.now())}] [${mod}:notice] [pid ${pid}:tid ${pid}] ${text}\n`)
  const warn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message\n`
  p.stderr.write(warn + warn)
  const listeners = net ? [net.listen(80, '0.0.0.0'), net.listen(80, '::')] : []
  notice('mpm_event', `AH00489: Apache/${version} (Unix) configured -- resuming normal operations`)
  notice('core', `AH00094: Command line: 'httpd -D FOREGROUND'`)
  let stop!: (s: string) => void
  const stopped = new Promise<string>((resolve) => { stop = resolve })
  p.onSignal((s) => { if (s === 'SIGWINCH' || s === 'SIGTERM' || s === 'SIGINT') stop(s) })
  for (const l of listeners) {
    void (async () => {
      for (;;) {
        const conn = await p.wait(l.accept()).catch(() => null)
        if (!conn) return
        void serve(p, conn, version).catch(() => conn.writer.close?.())
      }
    })()
  }
  const sig = await stopped
  for (const l of listeners) l.close()
  notice('mpm_event', sig === 'SIGWINCH' ? 'AH00492: caught SIGWINCH, shutting down gracefully' : 'AH00491: caught SIGTERM, shutting down')
  return 0
}

async function serve(p: Process, conn: Connection, version: string): Promise<void> {
  const got = await p.wait(readHead(conn.reader))
  if (!got) { conn.writer.close?.(); return }
  await p.wait(readBody(conn.reader, got.head, got.rest, !header(got.head, 'content-length')))
  const [method = 'GET', target = '/'] = got.head.start.split(' ')
  const path = target.split('?')[0]
  const file = `${ROOT}/htdocs${path}${path.endsWith('/') ? 'index.html' : ''}`
  const st = p.fs.stat(file)
  const now = p.host.now()
  let status = 200
  let body: Uint8Array
  let type = 'text/html'
  if (st?.type === 'file') body = p.fs.readFile(file)
  else {
    status = 404
    body = new TextEncoder().encode(`<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n`)
    type = 'text/html; charset=iso-8859-1'
  }
  const headers = [`Date: ${httpDate(now)}`, `Server: Apache/${version} (Unix)`, ...(st?.type === 'file' ? [`Last-Modified: ${httpDate(st.mtime)}`, `ETag: "${body.length.toString(16)}-${Math.floor(st.mtime / 1000).toString(16)}"`, 'Accept-Ranges: bytes'] : []), `Content-Length: ${body.length}`, `Content-Type: ${type}`]
  conn.writer.write(`HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Not Found'}\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`)
  if (method !== 'HEAD') conn.writer.write(body)
  conn.writer.close?.()
  p.stdout.write(`${conn.remoteAddress} - - [${logDate(now)}] "${got.head.start}" ${status} ${method === 'HEAD' ? '-' : body.length}\n`)
}

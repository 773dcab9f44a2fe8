/** HTTP/1.1 over the netstack's connections, as far as curl and the servers need it: read a message head, then a
 *  body of Content-Length bytes (or until the peer closes), and the date formats HTTP and access logs use. */
import type { Reader } from '../../os/stream'

export interface HttpHead {
  /** Request line or status line. */
  start: string
  headers: [string, string][]
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Reads from `r` until a blank line; returns the head and whatever body bytes came with it. Null at EOF. */
export async function readHead(r: Reader, pending: Uint8Array = new Uint8Array()): Promise<{ head: HttpHead; rest: Uint8Array } | null> {
  let buf = pending
  for (;;) {
    const text = decoder.decode(buf)
    const end = text.indexOf('\r\n\r\n')
    if (end >= 0) {
      const lines = text.slice(0, end).split('\r\n')
      const headers = lines.slice(1).map((l): [string, string] => {
        const i = l.indexOf(':')
        return [l.slice(0, i).trim(), l.slice(i + 1).trim()]
      })
      return { head: { start: lines[0], headers }, rest: encoder.encode(text.slice(end + 4)) }
    }
    const chunk = await r.read()
    if (chunk === null) return buf.length ? { head: { start: text.trim(), headers: [] }, rest: new Uint8Array() } : null
    buf = concat(buf, typeof chunk === 'string' ? encoder.encode(chunk) : chunk)
  }
}

/** The body: Content-Length bytes, or everything until the peer closes. */
export async function readBody(r: Reader, head: HttpHead, rest: Uint8Array, noBody = false): Promise<Uint8Array> {
  if (noBody) return new Uint8Array()
  const length = header(head, 'content-length')
  let buf = rest
  const want = length === undefined ? Infinity : Number(length)
  while (buf.length < want) {
    const chunk = await r.read()
    if (chunk === null) break
    buf = concat(buf, typeof chunk === 'string' ? encoder.encode(chunk) : chunk)
  }
  return want === Infinity ? buf : buf.slice(0, want)
}

export const header = (h: HttpHead, name: string): string | undefined => h.headers.find(([k]) => k.toLowerCase() === name)?.[1]

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (n: number) => String(n).padStart(2, '0')

/** `Sat, 20 Jun 2025 10:05:12 GMT` */
export function httpDate(ms: number): string {
  const d = new Date(ms)
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} GMT`
}

/** `20/Jun/2025:10:05:12 +0000` (nginx's $time_local in UTC) */
export function logDate(ms: number): string {
  const d = new Date(ms)
  return `${two(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`
}

/** `2025/06/20 10:05:12` (nginx's error log) */
export function errorLogDate(ms: number): string {
  const d = new Date(ms)
  return `${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
}

/** JSON and times the way Go's encoding/json writes them in the Engine API's bodies:
 *  - compact, with `<`, `>`, `&`, U+2028 and U+2029 escaped as \u003c… (so a label "Name <mail>" reads
 *    "Name \u003cmail\u003e" in `docker inspect`, as on a real daemon);
 *  - time.Time as RFC 3339 with the fraction's trailing zeros dropped ("2025-05-30T12:00:00Z", "…:05.12Z"); the
 *    zero time is "0001-01-01T00:00:00Z".
 *  Key order is the caller's: build objects in the Go struct's field order, and sort map keys (sortedKeys). */
export function goJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A copy of a map-like object with its keys in Go's order (sorted by bytes). */
export function sortedKeys<T>(o: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {}
  for (const k of Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) out[k] = o[k]
  return out
}

export const ZERO_TIME = '0001-01-01T00:00:00Z'

/** An RFC 3339 time re-written as Go's RFC3339Nano (fraction without trailing zeros). Unparseable: unchanged. */
export function goTime(rfc3339: string): string {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/.exec(rfc3339)
  if (!m) return rfc3339
  const frac = (m[2] ?? '').replace(/0+$/, '')
  return `${m[1]}${frac ? `.${frac}` : ''}${m[3]}`
}

/** ms since the epoch (plus extra nanoseconds) as Go's RFC3339Nano in UTC. */
export function goTimeOf(ms: number, extraNanos = 0): string {
  const iso = new Date(Math.floor(ms)).toISOString() // 2026-01-01T00:00:05.123Z
  const nanos = String((Math.floor(ms) % 1000) * 1_000_000 + extraNanos).padStart(9, '0')
  return goTime(`${iso.slice(0, 19)}.${nanos}Z`)
}

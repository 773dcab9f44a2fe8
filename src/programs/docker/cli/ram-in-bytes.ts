/** go-units RAMInBytes (v0.5.0): "512m", "1.5g", "2 GiB", "100" → bytes with 1024-based k/m/g/t/p suffixes, an
 *  optional b or ib after them. Errors are go-units' texts: `invalid size: '…'`, `invalid suffix: '…'`, or
 *  ParseFloat's error for a malformed number.
 *  Invariant: negative sizes are rejected, fractions are truncated toward zero like Go's int64(float). */
import { parseGoFloat, type GoResult } from './go-strconv'

const BINARY: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 }

export function ramInBytes(sizeStr: string): GoResult<number> {
  let sep = -1
  for (let i = sizeStr.length - 1; i >= 0; i--) {
    if ('01234567890. '.includes(sizeStr[i])) { sep = i; break }
  }
  if (sep === -1) return { ok: false, error: `invalid size: '${sizeStr}'` }
  const num = sizeStr[sep] !== ' ' ? sizeStr.slice(0, sep + 1) : sizeStr.slice(0, sep)
  const rawSfx = sizeStr.slice(sep + 1)
  const parsed = parseGoFloat(num)
  if (!parsed.ok) return parsed
  let size = parsed.value
  if (size < 0) return { ok: false, error: `invalid size: '${sizeStr}'` }
  if (rawSfx.length === 0) return { ok: true, value: Math.trunc(size) }
  const sfx = rawSfx.toLowerCase()
  const badSuffix = { ok: false as const, error: `invalid suffix: '${rawSfx.length > 3 ? rawSfx : sfx}'` }
  if (rawSfx.length > 3) return badSuffix
  if (sfx[0] === 'b') return sfx.length > 1 ? badSuffix : { ok: true, value: Math.trunc(size) }
  const mul = BINARY[sfx[0]]
  if (mul === undefined) return badSuffix
  size *= mul
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) return badSuffix
  return { ok: true, value: Math.trunc(size) }
}

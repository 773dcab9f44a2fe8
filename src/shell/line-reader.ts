/** Line-at-a-time reading for `read`, over readers that hand out arbitrary chunks (a pipe may deliver three lines
 *  at once). What was read past the line waits, per reader, for the next `read`; `withPending` gives a program
 *  the reader with that text put back in front, so `{ read first; cat; } < file` loses nothing. */
import type { Reader } from '../os/stream'
import { chunkText } from '../os/stream'

const pending = new WeakMap<Reader, string>()

/** The next line without its newline, and whether a newline ended it; null at end of input with nothing read. */
export async function readLine(reader: Reader, delimiter = '\n'): Promise<{ line: string; complete: boolean } | null> {
  let buffer = pending.get(reader) ?? ''
  pending.delete(reader)
  for (;;) {
    const at = buffer.indexOf(delimiter)
    if (at >= 0) {
      const rest = buffer.slice(at + delimiter.length)
      if (rest) pending.set(reader, rest)
      return { line: buffer.slice(0, at), complete: true }
    }
    const chunk = await reader.read()
    if (chunk === null) return buffer === '' ? null : { line: buffer, complete: false }
    buffer += chunkText(chunk)
  }
}

export function withPending(reader: Reader): Reader {
  const text = pending.get(reader)
  if (text === undefined) return reader
  pending.delete(reader)
  let first: string | null = text
  return {
    read() {
      if (first !== null) { const t = first; first = null; return Promise.resolve(t) }
      return reader.read()
    },
  }
}

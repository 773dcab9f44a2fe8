/** Byte streams between processes: what stdin, stdout, stderr, pipes and redirections are made of.
 *  Text is UTF-8; binary data (a `docker save` tar) passes through as Uint8Array. */
export type Chunk = string | Uint8Array

export interface Writer {
  write(data: Chunk): void
  /** Signals end of data to a reader (pipes). Writing after close is ignored. */
  close?(): void
  /** True once nobody will ever read what is written (a pipe whose reader ended): the kernel then answers a
   *  process's write with SIGPIPE instead of passing it on. */
  readonly broken?: boolean
}

export interface Reader {
  /** The next chunk, or null at end of input. From a terminal a chunk is one line, including its '\n'. */
  read(): Promise<Chunk | null>
}

const decoder = new TextDecoder()
const encoder = new TextEncoder()
export const chunkText = (c: Chunk): string => (typeof c === 'string' ? c : decoder.decode(c))
export const chunkBytes = (c: Chunk): Uint8Array => (typeof c === 'string' ? encoder.encode(c) : c)

/** Reads everything until end of input. */
export async function readAll(r: Reader): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  for (let c = await r.read(); c !== null; c = await r.read()) parts.push(chunkBytes(c))
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) { out.set(p, o); o += p.length }
  return out
}

export const readAllText = async (r: Reader): Promise<string> => decoder.decode(await readAll(r))

export const emptyReader: Reader = { read: async () => null }
export const nullWriter: Writer = { write() {} }

/** A pipe: what is written comes out of the reader in order; close() ends it. */
export function createPipe(): { reader: Reader; writer: Writer } {
  const queue: Chunk[] = []
  let closed = false
  let waiting: ((c: Chunk | null) => void) | null = null
  return {
    writer: {
      write(data) {
        if (closed) return
        if (waiting) { const w = waiting; waiting = null; w(data) } else queue.push(data)
      },
      close() {
        closed = true
        if (waiting) { const w = waiting; waiting = null; w(null) }
      },
    },
    reader: {
      read() {
        if (queue.length) return Promise.resolve(queue.shift()!)
        if (closed) return Promise.resolve(null)
        return new Promise((resolve) => { waiting = resolve })
      },
    },
  }
}

/** A writer that keeps everything written, for tests and `$(…)`. */
export function createBufferWriter(): Writer & { text(): string; bytes(): Uint8Array } {
  const parts: Uint8Array[] = []
  const bytes = () => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
    let o = 0
    for (const p of parts) { out.set(p, o); o += p.length }
    return out
  }
  return { write: (d) => { parts.push(chunkBytes(d)) }, bytes, text: () => decoder.decode(bytes()) }
}

/** A reader over fixed content (here-strings, `< file`). */
export function createStaticReader(data: Chunk): Reader {
  let done = false
  return { read: async () => { if (done) return null; done = true; return data } }
}

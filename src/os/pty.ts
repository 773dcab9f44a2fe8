/** A container's pseudo-terminal: the container's processes read and write it as their tty, and whichever client
 *  is attached (docker run -it, docker attach, docker exec -it) sees it. With no client attached, output is only
 *  logged and reads wait for the next attach — which is why `docker run -dit alpine sh` stays up.
 *  Line editing happens on the client's terminal (its editor echoes what is typed); the pty gives the log the
 *  same echo, since a real pty's echo is part of the container's output.
 *  Detaching (Ctrl-P Ctrl-Q) abandons the client's pending line: the reader waits for the next client and asks it
 *  again (as a shell redraws its prompt when a new client resizes the terminal). */
import type { LineResult, ReadLineOptions, Tty } from './tty'

export interface Pty extends Tty {
  attach(client: Tty): void
  detach(): void
  readonly attached: Tty | null
}

/** `output` receives everything the container writes; `echo` what the client's line editor echoed. */
export function createPty(output: { write(data: string): void }, echo?: { write(data: string): void }): Pty {
  let client: Tty | null = null
  let waiting: (() => void)[] = []
  let detached: (() => void)[] = []
  const pty: Pty = {
    get cols() { return client?.cols ?? 80 },
    get rows() { return client?.rows ?? 24 },
    get attached() { return client },
    write(data) { output.write(data) },
    async readLine(options: ReadLineOptions): Promise<LineResult> {
      const cancelled = options.cancel?.then(() => 'cancelled' as const)
      for (;;) {
        if (!client) {
          const attached = new Promise<void>((resolve) => waiting.push(resolve))
          if ((await Promise.race([attached, cancelled])) === 'cancelled') return { kind: 'eof' }
          continue
        }
        const current = client
        const gone = new Promise<'detached'>((resolve) => detached.push(() => resolve('detached')))
        const r = await Promise.race([current.readLine(options), gone, ...(cancelled ? [cancelled] : [])])
        if (r === 'cancelled') return { kind: 'eof' }
        if (r === 'detached') continue
        if (r.kind === 'line') echo?.write(`${options.prompt}${r.line}\n`)
        return r
      }
    },
    attach(c) {
      client = c
      const w = waiting
      waiting = []
      for (const r of w) r()
    },
    detach() {
      client = null
      const d = detached
      detached = []
      for (const r of d) r()
    },
  }
  return pty
}

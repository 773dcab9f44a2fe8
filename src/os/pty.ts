/** A container's pseudo-terminal: the container's processes read and write it as their tty, and whichever client
 *  is attached (docker run -it, docker attach, docker exec -it) sees it. With no client attached, output is only
 *  logged and reads wait for the next attach — which is why `docker run -dit alpine sh` stays up. */
import type { LineResult, ReadLineOptions, Tty } from './tty'

export interface Pty extends Tty {
  attach(client: Tty): void
  detach(): void
  readonly attached: Tty | null
}

/** `output` receives everything the container writes (the daemon logs it and forwards it to the client). */
export function createPty(output: { write(data: string): void }): Pty {
  let client: Tty | null = null
  let waiting: (() => void)[] = []
  const pty: Pty = {
    get cols() { return client?.cols ?? 80 },
    get rows() { return client?.rows ?? 24 },
    get attached() { return client },
    write(data) { output.write(data) },
    async readLine(options: ReadLineOptions): Promise<LineResult> {
      while (!client) await new Promise<void>((resolve) => waiting.push(resolve))
      return client.readLine(options)
    },
    attach(c) {
      client = c
      const w = waiting
      waiting = []
      for (const r of w) r()
    },
    detach() { client = null },
  }
  return pty
}

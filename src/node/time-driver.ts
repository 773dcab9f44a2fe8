/** Batch mode's sense of time on a virtual clock: a command that can only be waiting for time to pass (a pull's
 *  progress, `docker stop`'s 10 seconds) gets it at once, while what runs in the background (a container's
 *  `sleep 3600`) waits for the clock like everything else. "Waiting on time" = the terminal is busy, nothing was
 *  printed for a few milliseconds of real time, and a timer is pending: then the earliest timer fires. A command
 *  that keeps the terminal busy for good (`docker logs -f`, `docker stats`) is left running after a while, as a
 *  learner would leave it, for the next line (often ^C). */
import type { VirtualClock } from '../engine/clock'
import type { TerminalDevice } from '../os/terminal-device'

const tick = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

export interface TimeDriver {
  /** Call on every output, so quiet can be told from busy. */
  activity(): void
  /** Resolves once the terminal is idle, or the foreground job is one that does not end by itself. */
  untilIdle(): Promise<void>
  /** Moves the clock `ms` forward timer by timer, letting each woken process run. */
  pass(ms: number): Promise<void>
}

export function createTimeDriver(clock: VirtualClock, terminal: TerminalDevice, o: { maxTimers?: number; maxStallMs?: number } = {}): TimeDriver {
  let activity = 0
  const quiet = async () => {
    for (;;) {
      const before = activity
      await tick(4)
      if (activity === before) return
    }
  }
  return {
    activity() { activity++ },
    async untilIdle() {
      let idle = false
      void terminal.whenIdle().then(() => { idle = true })
      let stalled = 0
      let fired = 0
      while (!idle) {
        const before = activity
        await tick(3)
        if (idle) break
        if (activity !== before) { stalled = 0; continue }
        if (++stalled < 3) continue
        if (fired < (o.maxTimers ?? 2000) && clock.runNext()) { stalled = 0; fired++ }
        else if (stalled * 3 > (o.maxStallMs ?? 3000)) return
      }
    },
    async pass(ms) {
      const end = clock.now() + ms
      for (let due = clock.nextDue(); due !== undefined && due <= end; due = clock.nextDue()) {
        clock.runNext()
        await quiet()
      }
      clock.advance(end - clock.now())
    },
  }
}

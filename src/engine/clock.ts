/** Time is injected: the engine never calls Date.now(). A virtual clock makes `Up 2 minutes` repeatable.
 *  The virtual clock is a discrete-event clock: a sleep is a timer that fires when the clock reaches it, so a
 *  background `sleep 3600` in a container really waits while the foreground moves on. Whoever drives the clock
 *  (a test harness, batch mode) moves it with advance(), or with runNext() when the foreground job can only be
 *  waiting for time to pass (a pull's progress, `docker stop`'s 10 seconds). */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number
  /** Resolves after `ms` of this clock's time. A virtual clock resolves it when it is advanced that far. */
  sleep(ms: number, signal?: { readonly aborted: boolean; onAbort(cb: () => void): void }): Promise<void>
}

export interface VirtualClock extends Clock {
  /** Moves time forward by `ms`, firing every timer on the way in due order (each at its own due time). */
  advance(ms: number): void
  /** Jumps to the earliest pending timer and fires it (with any others due then). False when none is pending. */
  runNext(): boolean
  /** How many timers wait. */
  pending(): number
  /** When the earliest pending timer is due. */
  nextDue(): number | undefined
}

/** A clock that starts at `start` and only moves when told to. */
export function createVirtualClock(start = Date.UTC(2026, 0, 1)): VirtualClock {
  let t = start
  let seq = 0
  const timers: { due: number; seq: number; fire: () => void }[] = []
  const fireDue = () => {
    timers.sort((a, b) => a.due - b.due || a.seq - b.seq)
    while (timers.length && timers[0].due <= t) timers.shift()!.fire()
  }
  return {
    now: () => t,
    advance(ms) {
      const end = t + Math.max(0, ms)
      for (;;) {
        timers.sort((a, b) => a.due - b.due || a.seq - b.seq)
        if (!timers.length || timers[0].due > end) break
        t = Math.max(t, timers[0].due)
        fireDue()
      }
      t = end
    },
    runNext() {
      if (!timers.length) return false
      timers.sort((a, b) => a.due - b.due || a.seq - b.seq)
      t = Math.max(t, timers[0].due)
      fireDue()
      return true
    },
    pending: () => timers.length,
    nextDue: () => (timers.length ? Math.min(...timers.map((x) => x.due)) : undefined),
    sleep(ms, signal) {
      return new Promise<void>((resolve) => {
        if (ms <= 0) { resolve(); return }
        const timer = { due: t + ms, seq: seq++, fire: resolve }
        timers.push(timer)
        signal?.onAbort(() => {
          const i = timers.indexOf(timer)
          if (i >= 0) timers.splice(i, 1)
          resolve()
        })
      })
    },
  }
}

/** Time is injected: the engine never calls Date.now(). A virtual clock makes `Up 2 minutes` repeatable. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number
  /** Resolves after `ms` of this clock's time. A virtual clock advances instead of waiting. */
  sleep(ms: number, signal?: { readonly aborted: boolean; onAbort(cb: () => void): void }): Promise<void>
}

/** A clock that starts at `start` and only moves when told to, or when something sleeps on it. */
export function createVirtualClock(start = Date.UTC(2026, 0, 1)): Clock & { advance(ms: number): void } {
  let t = start
  return {
    now: () => t,
    advance(ms) { t += ms },
    async sleep(ms) { t += Math.max(0, ms) },
  }
}

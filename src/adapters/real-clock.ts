/** The browser's clock: wall time, and sleeps that really wait (so pulls animate). */
import type { Clock } from '../engine/clock'

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

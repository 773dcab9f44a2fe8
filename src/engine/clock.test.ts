import { describe, expect, it } from 'vitest'
import { createVirtualClock } from './clock'

describe('the virtual clock', () => {
  it('wakes a sleeper only when time reaches it', async () => {
    const clock = createVirtualClock(0)
    let woke = false
    void clock.sleep(5000).then(() => { woke = true })
    clock.advance(4000)
    await Promise.resolve()
    expect(woke).toBe(false)
    clock.advance(1000)
    await Promise.resolve()
    expect(woke).toBe(true)
    expect(clock.now()).toBe(5000)
  })

  it('fires timers in due order, each at its own time', async () => {
    const clock = createVirtualClock(0)
    const seen: number[] = []
    void clock.sleep(300).then(() => seen.push(clock.now()))
    void clock.sleep(100).then(() => seen.push(clock.now()))
    expect(clock.runNext()).toBe(true)
    await Promise.resolve()
    expect(seen).toEqual([100])
    expect(clock.nextDue()).toBe(300)
    expect(clock.runNext()).toBe(true)
    await Promise.resolve()
    expect(seen).toEqual([100, 300])
    expect(clock.runNext()).toBe(false)
    clock.advance(1000)
    expect(clock.now()).toBe(1300)
  })

  it('forgets an aborted sleep', () => {
    const clock = createVirtualClock(0)
    let abort = () => {}
    void clock.sleep(100, { aborted: false, onAbort: (cb) => { abort = cb } })
    expect(clock.pending()).toBe(1)
    abort()
    expect(clock.pending()).toBe(0)
  })
})

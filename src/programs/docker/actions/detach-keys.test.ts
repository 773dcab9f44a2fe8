import { describe, expect, it } from 'vitest'
import { parseDetachKeys, watchDetachKeys } from './detach-keys'
import type { Process } from '../../../os/process'

/** A terminal that records what reaches the line editor. */
function terminal() {
  let handler: ((d: string) => boolean) | null = null
  const typed: string[] = []
  const tty = {
    interceptInput(h: ((d: string) => boolean) | null) { handler = h },
    input(d: string) { if (handler && handler(d)) return; typed.push(d) },
  }
  return { tty, typed, p: { tty } as unknown as Process }
}

describe('detach keys', () => {
  it('reads --detach-keys', () => {
    expect(parseDetachKeys('ctrl-p,ctrl-q')).toBe('\x10\x11')
    expect(parseDetachKeys('ctrl-a,x')).toBe('\x01x')
    expect(parseDetachKeys('bogus')).toBeUndefined()
  })

  it('detaches on the whole sequence and passes a broken prefix on', () => {
    const t = terminal()
    let detached = 0
    watchDetachKeys(t.p, '\x10\x11', () => detached++)
    t.tty.input('\x10')
    t.tty.input('a')
    expect(t.typed).toEqual(['\x10a'])
    t.tty.input('\x10\x11')
    expect(detached).toBe(1)
    t.tty.input('b')
    expect(t.typed).toEqual(['\x10a', 'b'])
  })
})

import { describe, expect, it } from 'vitest'
import { createPty } from './pty'
import type { LineResult, Tty } from './tty'

/** A client terminal whose pending line the test answers. */
function client(): Tty & { answer(line: string): void; prompts: string[] } {
  let pending: ((r: LineResult) => void) | undefined
  const prompts: string[] = []
  return {
    cols: 80, rows: 24, prompts,
    write() {},
    readLine(o) { prompts.push(o.prompt); return new Promise((resolve) => { pending = resolve }) },
    answer(line) { pending?.({ kind: 'line', line }) },
  }
}

describe('a container\'s pseudo-terminal', () => {
  it('asks the next client again after a detach, and echoes what was typed into the log', async () => {
    const log: string[] = []
    const pty = createPty({ write() {} }, { write: (d) => log.push(d) })
    const first = client()
    pty.attach(first)
    const line = pty.readLine({ prompt: '/ # ' })
    await Promise.resolve()
    pty.detach()
    const second = client()
    pty.attach(second)
    await new Promise((r) => setTimeout(r, 0))
    second.answer('echo hi')
    expect(await line).toEqual({ kind: 'line', line: 'echo hi' })
    expect(first.prompts).toEqual(['/ # '])
    expect(second.prompts).toEqual(['/ # '])
    expect(log).toEqual(['/ # echo hi\n'])
  })
})

import { describe, expect, it } from 'vitest'
import { runShell } from '../test-process.test-helper'

describe('exit, return, break and continue', () => {
  it('exits with a status from 0 to 255', async () => {
    expect((await runShell('exit 300')).status).toBe(44)
    expect((await runShell('false; exit')).status).toBe(1)
  })

  it('rejects a non-numeric exit status, exiting with 2', async () => {
    const { err, status, shell } = await runShell('exit abc', { shell: { interactive: false } })
    expect([err, status, shell.exited]).toEqual(['bash: line 1: exit: abc: numeric argument required\n', 2, true])
  })

  it('returns from a function only', async () => {
    const { out, err } = await runShell('f() { return 7; echo no; }; f; echo $?; return; echo $?')
    expect(out).toBe('7\n2\n')
    expect(err).toBe("bash: return: can only `return' from a function or sourced script\n")
  })

  it('breaks out of and continues several loops', async () => {
    const script = 'for i in 1 2 3; do for j in a b; do [ $j = b ] && continue 2; [ $i = 3 ] && break 2; echo $i$j; done; done'
    expect((await runShell(script)).out).toBe('1a\n2a\n')
  })

  it('complains about break outside a loop', async () => {
    expect((await runShell('break')).err).toBe("bash: break: only meaningful in a `for', `while', or `until' loop\n")
  })
})

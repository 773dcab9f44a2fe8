import { describe, expect, it } from 'vitest'
import { runShell } from '../test-process.test-helper'

describe('echo', () => {
  it('joins its arguments with spaces and ends the line', async () => {
    expect((await runShell('echo a  b "c  d"')).out).toBe('a b c  d\n')
  })

  it('leaves the newline off with -n', async () => {
    expect((await runShell('echo -n a; echo b')).out).toBe('ab\n')
  })

  it('interprets escapes only with -e, stopping at \\c', async () => {
    expect((await runShell('echo "a\\tb"; echo -e "a\\tb"; echo -e "x\\cy"; echo')).out).toBe('a\\tb\na\tb\nx\n')
  })

  it('prints -- and anything that is not only option letters', async () => {
    expect((await runShell('echo -- -n; echo -nx')).out).toBe('-- -n\n-nx\n')
  })
})

import { describe, expect, it } from 'vitest'
import { runShell } from '../test-process.test-helper'

describe('read', () => {
  it('reads a line from stdin into a variable', async () => {
    expect((await runShell('read name; echo "hello $name"', { stdin: 'world\n' })).out).toBe('hello world\n')
  })

  it('splits the line over several names, the last taking the rest', async () => {
    expect((await runShell('read a b <<< "  one two  three  "; echo "[$a][$b]"')).out).toBe('[one][two  three]\n')
  })

  it('keeps the line as it is in REPLY without names', async () => {
    expect((await runShell('read <<< "  as is  "; echo "[$REPLY]"')).out).toBe('[  as is  ]\n')
  })

  it('removes backslashes unless -r is given', async () => {
    expect((await runShell('read a <<< "a\\\\b"; read -r b <<< "a\\\\b"; echo "$a $b"')).out).toBe('ab a\\b\n')
  })

  it('fails at end of input', async () => {
    expect((await runShell('read x; echo $?')).out).toBe('1\n')
  })

  it('reads line by line in a loop; a last line without newline is read but fails, ending the loop', async () => {
    expect((await runShell('while read l; do echo "<$l>"; done; echo "after <$l>"', { stdin: 'a\nb\nc' })).out).toBe('<a>\n<b>\nafter <c>\n')
  })
})

import { describe, expect, it } from 'vitest'
import { runShell } from '../test-process.test-helper'

describe('export, unset, local and declare', () => {
  it('exports variables to programs, and un-exports with -n', async () => {
    expect((await runShell('A=1; printenv A; export A; printenv A; export -n A; printenv A; echo $A')).out).toBe('1\n1\n')
  })

  it('lists exported variables the way bash does', async () => {
    expect((await runShell('export A=\'say "hi"\'; export -p', { env: { PATH: '/bin', HOME: '/root' } })).out)
      .toBe('declare -x A="say \\"hi\\""\ndeclare -x HOME="/root"\ndeclare -x PATH="/bin"\ndeclare -x PWD="/root"\n')
  })

  it('rejects names that are not identifiers', async () => {
    const { err, status } = await runShell('export 1a=x')
    expect([err, status]).toEqual(["bash: export: `1a=x': not a valid identifier\n", 1])
  })

  it('unsets variables, and functions when no variable has the name', async () => {
    expect((await runShell('x=1; f() { echo f; }; unset x f; echo "[$x]"; type -t f; echo $?')).out).toBe('[]\n1\n')
  })

  it('allows local only in functions', async () => {
    expect((await runShell('local x=1')).err).toBe('bash: local: can only be used in a function\n')
  })

  it('makes declare inside a function local, and prints declarations with -p', async () => {
    expect((await runShell('f() { declare v=in; }; v=out; f; declare -p v')).out).toBe('declare -- v="out"\n')
  })
})

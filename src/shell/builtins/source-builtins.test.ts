import { describe, expect, it } from 'vitest'
import { runShell } from '../test-process.test-helper'

describe('source, eval, exec and let', () => {
  it('runs a file in this shell, with arguments, until it returns', async () => {
    const files = { '/root/lib.sh': 'greeting="hi $1"\nreturn 3\necho never\n' }
    expect((await runShell('. ./lib.sh you; echo "$? $greeting"; source /root/lib.sh; echo "[$greeting]"', { files })).out).toBe('3 hi you\n[hi ]\n')
  })

  it('finds a sourced file on PATH', async () => {
    expect((await runShell('source tool.sh', { files: { '/usr/bin/tool.sh': 'echo found\n' } })).out).toBe('found\n')
  })

  it('reports a missing file and a missing argument', async () => {
    const { err } = await runShell('source nope.sh; .')
    expect(err).toBe('bash: nope.sh: No such file or directory\nbash: .: filename argument required\n.: usage: . filename [arguments]\n')
  })

  it('evaluates its arguments as shell text', async () => {
    expect((await runShell('cmd="echo-args a  b"; eval $cmd; eval "x=1; echo \\$x"')).out).toBe('<a><b>\n1\n')
  })

  it('replaces the shell with exec', async () => {
    const { out, shell } = await runShell('exec echo-args replaced; echo never')
    expect([out, shell.exited]).toEqual(['<replaced>\n', true])
  })

  it('redirects the rest of the script with exec and only redirections', async () => {
    const { out, machine } = await runShell('exec > /tmp/log; echo logged; echo also', { shell: { interactive: false } })
    expect(out).toBe('')
    expect(machine.fs.readText('/tmp/log')).toBe('logged\nalso\n')
  })

  it('does arithmetic with let, failing when the result is 0', async () => {
    expect((await runShell('let x=2*3 y=x-6; echo $? $x $y')).out).toBe('1 6 0\n')
  })
})

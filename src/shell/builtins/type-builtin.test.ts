import { describe, expect, it } from 'vitest'
import { runShell } from '../test-process.test-helper'

describe('type', () => {
  it('says what each name is, as bash does', async () => {
    const { out, err, status } = await runShell("alias ll='ls -l'; f() { echo hi; }\ntype cd cat ll if f nope")
    expect(out).toBe([
      'cd is a shell builtin',
      'cat is /usr/bin/cat',
      "ll is aliased to `ls -l'",
      'if is a shell keyword',
      'f is a function',
      'f () ',
      '{ ',
      '    echo hi',
      '}',
    ].join('\n') + '\n')
    expect(err).toBe('bash: type: nope: not found\n')
    expect(status).toBe(1)
  })

  it('prints only the kind with -t and only the path with -p', async () => {
    expect((await runShell('type -t cd cat if; type -p cat cd')).out).toBe('builtin\nfile\nkeyword\n/usr/bin/cat\n')
  })

  it('says it the ash way in busybox sh', async () => {
    const { out, status } = await runShell("alias ll='ls -l'\ntype ll exit cat nope", { shell: { dialect: 'ash', name: 'sh' } })
    expect(out).toBe('ll is an alias for ls -l\nexit is a special shell builtin\ncat is /usr/bin/cat\nnope: not found\n')
    expect(status).toBe(127)
  })
})

describe('command', () => {
  it('prints what would run with -v, failing for unknown names', async () => {
    const { out, status } = await runShell("alias ll='ls -l'\ncommand -v cat cd ll nope")
    expect(out).toBe("/usr/bin/cat\ncd\nalias ll='ls -l'\n")
    expect(status).toBe(1)
  })

  it('runs a command past a function of the same name', async () => {
    expect((await runShell('echo-args() { echo function; }; command echo-args real')).out).toBe('<real>\n')
  })
})

import { describe, expect, it } from 'vitest'
import { givenMachine, runShell } from '../test-process.test-helper'

describe('cd and pwd', () => {
  it('goes home without an argument', async () => {
    expect((await runShell('cd /tmp; cd; pwd')).out).toBe('/root\n')
  })

  it('goes back with cd -, printing where it went', async () => {
    expect((await runShell('cd /tmp; cd /; cd -; pwd')).out).toBe('/tmp\n/tmp\n')
  })

  it('follows relative paths and .. as written', async () => {
    expect((await runShell('cd /usr/bin; cd ../..; pwd; cd tmp/./; pwd')).out).toBe('/\n/tmp\n')
  })

  it('keeps the path through a symlink, unless -P is given', async () => {
    const machine = givenMachine({ files: { '/real/': '' } })
    machine.fs.symlink('/real', '/link')
    await machine.shell().run('cd /link; pwd; pwd -P; cd -P /link; pwd')
    expect(machine.out()).toBe('/link\n/real\n/real\n')
  })

  it('says why it cannot go somewhere, with status 1', async () => {
    const { err, out } = await runShell('cd /nope; echo $?; cd /etc/passwd; cd a b; unset HOME; cd; unset OLDPWD; cd -', { files: { '/etc/passwd': '' } })
    expect(out).toBe('1\n')
    expect(err).toBe([
      'bash: cd: /nope: No such file or directory',
      'bash: cd: /etc/passwd: Not a directory',
      'bash: cd: too many arguments',
      'bash: cd: HOME not set',
      'bash: cd: OLDPWD not set',
    ].join('\n') + '\n')
  })
})

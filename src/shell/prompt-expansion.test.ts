import { describe, expect, it } from 'vitest'
import type { PromptInfo } from './prompt-expansion'
import { decodePrompt } from './prompt-expansion'
import { givenMachine } from './test-process.test-helper'

const info: PromptInfo = {
  user: 'root', hostname: 'localhost.localdomain', cwd: '/root', home: '/root', root: true, shellName: '-bash',
  version: '4.2.46', now: Date.UTC(2024, 4, 28, 14, 5, 9), commandNumber: 3, historyNumber: 42,
}

describe('prompt strings', () => {
  it('decode CentOS\'s prompt', () => {
    expect(decodePrompt('[\\u@\\h \\W]\\$ ', info)).toBe('[root@localhost ~]# ')
    expect(decodePrompt('[\\u@\\h \\W]\\$ ', { ...info, cwd: '/etc/yum.repos.d' })).toBe('[root@localhost yum.repos.d]# ')
  })

  it('decode busybox\'s and debian\'s prompts', () => {
    expect(decodePrompt('\\w \\$ ', { ...info, cwd: '/' })).toBe('/ # ')
    expect(decodePrompt('\\u@\\h:\\w\\$ ', { ...info, hostname: '3f4e5d6c7b8a', cwd: '/root/app' })).toBe('root@3f4e5d6c7b8a:~/app# ')
  })

  it('use $ for other users and drop the non-printing markers', () => {
    expect(decodePrompt('\\[\\e[1m\\]\\$\\[\\e[0m\\] ', { ...info, root: false })).toBe('\x1b[1m$\x1b[0m ')
  })

  it('decode times, dates, numbers and the shell', () => {
    expect(decodePrompt('\\t \\A \\@ \\d \\# \\! \\s \\v', info)).toBe('14:05:09 14:05 02:05 PM Tue May 28 3 42 bash 4.2')
  })

  it('are expanded by the shell after decoding', async () => {
    const machine = givenMachine({ env: { USER: 'root' } })
    const shell = machine.shell()
    await shell.run('cd /tmp; chroot=box')
    expect(await shell.prompt('${chroot:+($chroot)}[\\u@\\h \\W]\\$ ')).toBe('(box)[root@localhost tmp]# ')
  })

  it('leave a $ that came from a directory name unexpanded', async () => {
    const machine = givenMachine({ files: { '/tmp/$HOME/': '' } })
    const shell = machine.shell()
    await shell.run("cd '/tmp/$HOME'")
    expect(await shell.prompt('\\w> ')).toBe('/tmp/$HOME> ')
  })
})

/** Kernel behaviour seen from the host's shell, compared with real bash 5 on Linux: SIGPIPE ends a writer whose
 *  reader is gone (status 141), Ctrl-C ends a sleep at once (status 130, `^C` echoed), and a program that ends
 *  without running at all (command not found) leaves no entry in the process table. */
import { describe, expect, it } from 'vitest'
import { givenMachine } from './support/given-machine'

describe('pipes and signals on the host', () => {
  it('ends `yes` with SIGPIPE once head has read its line', async () => {
    const m = await givenMachine()
    await m.type('yes | head -1; echo $?')
    expect(await m.output('yes | head -1; echo $?')).toBe('y\n0')
    await m.type('set -o pipefail; yes | head -2; echo $?')
    expect(await m.output('set -o pipefail; yes | head -2; echo $?')).toBe('y\ny\n141')
  }, 30_000)

  it('leaves no process behind after a pipeline whose writer got SIGPIPE', async () => {
    const m = await givenMachine()
    await m.type('yes | head -1 >/dev/null')
    const pids = [...m.machine.kernel.processes().values()].map((p) => p.argv[0])
    expect(pids).not.toContain('yes')
    expect(pids).not.toContain('head')
  }, 30_000)

  it('interrupts sleep with Ctrl-C at once: ^C, a new line, status 130', async () => {
    const m = await givenMachine()
    const before = m.clock.now()
    await m.keys('sleep 100\r')
    await m.keys('\x03')
    await m.settle()
    expect(m.clock.now() - before).toBeLessThan(100_000)
    await m.type('echo $?')
    const screen = (await m.screen()).split('\n')
    const at = screen.findIndex((l) => l.endsWith('# sleep 100'))
    expect(screen.slice(at, at + 4)).toEqual(['[root@localhost ~]# sleep 100', '^C', '[root@localhost ~]# echo $?', '130'])
  }, 30_000)

  it('does not keep the processes of commands that were not found', async () => {
    const m = await givenMachine()
    for (let i = 0; i < 5; i++) await m.type('nosuchcommand')
    const names = [...m.machine.kernel.processes().values()].map((p) => p.argv[0])
    expect(names).not.toContain('nosuchcommand')
  }, 30_000)
})

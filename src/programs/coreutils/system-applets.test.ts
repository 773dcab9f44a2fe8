import { describe, expect, it } from 'vitest'
import { run } from './applet-harness.test-helper'
import { bashHelpText } from './bash-help'
import { strftime } from './time-format'

const onHost = { services: { machine: { units: {} } } }

describe('the system', () => {
  it('names the kernel and the host as CentOS 7 does', async () => {
    expect((await run(['uname', '-a'])).stdout).toBe('Linux localhost.localdomain 3.10.0-1160.el7.x86_64 #1 SMP Mon Oct 19 16:18:59 UTC 2020 x86_64 x86_64 x86_64 GNU/Linux\n')
    expect((await run(['uname', '-r'])).stdout).toBe('3.10.0-1160.el7.x86_64\n')
    expect((await run(['uname', '-a'], { flavor: 'busybox' })).stdout).toBe('Linux c0ffee123456 3.10.0-1160.el7.x86_64 #1 SMP Mon Oct 19 16:18:59 UTC 2020 x86_64 Linux\n')
    expect((await run(['hostname'])).stdout).toBe('localhost.localdomain\n')
    expect((await run(['hostname', '-s'])).stdout).toBe('localhost\n')
  })

  it('says who root is, with its SELinux context on the host', async () => {
    expect((await run(['id'], onHost)).stdout).toBe('uid=0(root) gid=0(root) groups=0(root) context=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023\n')
    expect((await run(['id', '-u'])).stdout).toBe('0\n')
    expect((await run(['whoami'])).stdout).toBe('root\n')
  })

  it('formats dates with strftime', async () => {
    expect((await run(['date'])).stdout).toBe('Thu Jan  1 09:30:00 UTC 2026\n')
    expect((await run(['date', '+%Y-%m-%d %H:%M:%S %a %j'])).stdout).toBe('2026-01-01 09:30:00 Thu 001\n')
    expect((await run(['date', '-d', '@0', '+%s %F'])).stdout).toBe('0 1970-01-01\n')
    expect((await run(['date', '-d', 'nonsense'])).stderr).toBe('date: invalid date ‘nonsense’\n')
    expect(strftime('%-d/%-m %I%p %e', Date.UTC(2026, 1, 5, 15, 4))).toBe('5/2 03PM  5')
  })

  it('sleeps on the machine clock and rejects a bad interval', async () => {
    expect((await run(['sleep', '2'])).status).toBe(0)
    expect((await run(['sleep', 'x'])).stderr).toBe("sleep: invalid time interval ‘x’\nTry 'sleep --help' for more information.\n")
  })

  it('prints and changes the environment', async () => {
    expect((await run(['printenv', 'HOME'])).stdout).toBe('/root\n')
    expect((await run(['printenv', 'NOPE'])).status).toBe(1)
    expect((await run(['env', 'A=1', 'printenv', 'A'])).stdout).toBe('1\n')
    const missing = await run(['env', 'nope'])
    expect([missing.stderr, missing.status]).toEqual(['env: nope: No such file or directory\n', 127])
  })

  it('shows memory and disk of a 2 GB, 17 GB CentOS VM', async () => {
    const free = (await run(['free', '-h'], onHost)).stdout.split('\n')
    expect(free[0]).toBe('              total        used        free      shared  buff/cache   available')
    expect(free[1]).toMatch(/^Mem: {11}1\.8G +\d+M +1\.\dG +8\.6M +279M +1\.\dG$/)
    expect(free[2]).toBe('Swap:          2.0G          0B        2.0G')
    const df = (await run(['df', '-h'], onHost)).stdout.split('\n')
    expect(df[0]).toBe('Filesystem               Size  Used Avail Use% Mounted on')
    expect(df[1]).toMatch(/^\/dev\/mapper\/centos-root   17G  1\.\dG   16G   \d% \/$/)
    const inContainer = (await run(['df', '-h'])).stdout.split('\n')
    // The host's disk shows up for the files docker mounts in (/etc/hosts), so the column is as wide as its name.
    expect(inContainer[0]).toBe('Filesystem               Size  Used Avail Use% Mounted on')
    expect(inContainer[1]).toMatch(/^overlay {19}17G/)
    expect((await run(['df', '-h', '/'])).stdout.split('\n')[0]).toBe('Filesystem      Size  Used Avail Use% Mounted on')
  })

  it('lists bash builtins in two columns for the terminal width', () => {
    const text = bashHelpText(80).split('\n')
    expect(text[0]).toBe('GNU bash, version 4.2.46(2)-release (x86_64-redhat-linux-gnu)')
    expect(text[8]).toBe(' job_spec [&]                            history [-c] [-d offset] [n] or hist>')
    expect(text.every((l) => l.length <= 80)).toBe(true)
  })
})

describe('processes', () => {
  it('shows the boot processes, the shell and itself on the host', async () => {
    const rows = (await run(['ps', '-ef'], onHost)).stdout.split('\n')
    expect(rows[0]).toBe('UID        PID  PPID  C STIME TTY          TIME CMD')
    expect(rows[1]).toMatch(/^root         1     0  0 \d\d:\d\d \?        00:00:02 \/usr\/lib\/systemd\/systemd --switched-root --system --deserialize 22$/)
    expect(rows.some((r) => /^root +975 +1 .* \/usr\/sbin\/sshd -D$/.test(r))).toBe(true)
    expect(rows.at(-2)).toMatch(/^root +1000 +\d+ +0 09:30 pts\/0    00:00:00 ps -ef$/)
  })

  it('lists BSD style with ps aux', async () => {
    const rows = (await run(['ps', 'aux'], onHost)).stdout.split('\n')
    expect(rows[0]).toBe('USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND')
    expect(rows.at(-2)).toMatch(/^root +1000 +0\.0 +0\.1 155448 +1876 pts\/0 +R\+ +09:30 +0:00 ps aux$/)
  })

  it('shows only this terminal by default', async () => {
    expect((await run(['ps'], onHost)).stdout).toBe('  PID TTY          TIME CMD\n 1000 pts/0    00:00:00 ps\n')
  })

  it('uses busybox columns in alpine', async () => {
    expect((await run(['ps'], { flavor: 'busybox' })).stdout).toBe('PID   USER     TIME  COMMAND\n 1000 root      0:00 ps\n')
  })

  it('reports a pid that does not exist, in each wording', async () => {
    const gnu = await run(['kill', '12345'])
    expect([gnu.stderr, gnu.status]).toEqual(['kill: (12345): No such process\n', 1])
    expect((await run(['kill', '-9', '12345'], { flavor: 'busybox' })).stderr).toBe("kill: can't kill pid 12345: No such process\n")
    expect((await run(['kill', '-s', 'FOO', '1'])).stderr).toBe('kill: unknown signal: FOO\n')
    expect((await run(['kill', '-l', '9'])).stdout).toBe('KILL\n')
  })

  it('signals a live process', async () => {
    const { createVirtualClock } = await import('../../engine/clock')
    const { createKernel } = await import('../../os/kernel')
    const { coreutils } = await import('./coreutils')
    const { hostDisk } = await import('./applet-harness.test-helper')
    const { createBufferWriter } = await import('../../os/stream')
    const clock = createVirtualClock()
    const kernel = createKernel(clock, { coreutils: async () => coreutils }, 1000)
    const fs = hostDisk()
    const services: Record<string, unknown> = { kernel }
    const host = { hostname: 'localhost', now: () => clock.now(), service: <T>(n: string) => services[n] as T }
    const env = { PATH: '/usr/bin' }
    const sleeper = kernel.spawn({ argv: ['sleep', '100'], fs, env, cwd: '/', host })
    const out = createBufferWriter()
    const killer = kernel.spawn({ argv: ['kill', '-9', String(sleeper.pid)], fs, env, cwd: '/', host, stderr: out })
    expect(await killer.exited).toBe(0)
    expect(await sleeper.exited).toBe(137)
  })
})

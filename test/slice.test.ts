/** The walking skeleton's vertical slice, through every real layer: keys → line editor → sh → docker → engine →
 *  storage, and back. The browser e2e test repeats it in Chromium. */
import { describe, expect, it } from 'vitest'
import { givenMachine } from './support/given-machine'
import { createMemoryStorage } from '../src/engine/storage/memory-storage'

describe('the vertical slice', () => {
  it('greets with the CentOS root prompt', async () => {
    const m = await givenMachine()
    expect(await m.screen()).toBe('[root@localhost ~]#')
  })

  it('pulls alpine with Docker\'s lines, then lists it', async () => {
    const m = await givenMachine()
    await m.type('docker pull alpine')
    const out = (await m.output('docker pull alpine')).split('\n')
    expect(out[0]).toBe('Using default tag: latest')
    expect(out[1]).toBe('latest: Pulling from library/alpine')
    expect(out[2]).toMatch(/^[0-9a-f]{12}: Pull complete$/)
    expect(out[3]).toMatch(/^Digest: sha256:[0-9a-f]{64}$/)
    expect(out[4]).toBe('Status: Downloaded newer image for alpine:latest')
    expect(out[5]).toBe('docker.io/library/alpine:latest')
    await m.type('docker images')
    const images = (await m.output('docker images')).split('\n')
    // alpine 3.22.0 was built 2025-05-30; the virtual clock reads 2026-01-01.
    expect(images[0]).toBe('REPOSITORY   TAG       IMAGE ID       CREATED        SIZE')
    expect(images[1]).toMatch(/^alpine       latest    [0-9a-f]{12}   7 months ago   8\.31MB$/)
  })

  it('says the image is up to date on a second pull', async () => {
    const m = await givenMachine()
    await m.type('docker pull alpine')
    await m.type('docker pull alpine')
    expect((await m.output('docker pull alpine')).split('\n').slice(2)).toEqual([
      expect.stringMatching(/^Digest: /), 'Status: Image is up to date for alpine:latest', 'docker.io/library/alpine:latest',
    ])
  })

  it('runs an interactive alpine shell and comes back to the host when it exits', async () => {
    const m = await givenMachine()
    await m.type('docker run -it alpine sh')
    expect((await m.screen()).endsWith('/ #')).toBe(true)
    await m.type('cat /etc/alpine-release')
    expect(await m.output('cat /etc/alpine-release')).toBe('3.22.0')
    await m.type('ls /')
    expect(await m.output('ls /')).toBe('bin    dev    etc    home   lib    media  mnt    opt    proc   root   run    sbin   srv    sys    tmp    usr    var')
    await m.type('exit')
    expect((await m.screen()).endsWith('[root@localhost ~]#')).toBe(true)
    await m.type('docker ps -a')
    const ps = (await m.output('docker ps -a')).split('\n')
    // The virtual clock moves 1 s per command: created 4 commands ago, exited 1 command ago.
    expect(ps[0]).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED         STATUS                    PORTS     NAMES')
    expect(ps[1]).toMatch(/^[0-9a-f]{12}   alpine    "sh"      4 seconds ago   Exited \(0\) 1 second ago             [a-z]+_[a-z]+$/)
  })

  it('keeps images and containers across a restart of the machine on the same storage', async () => {
    const storage = createMemoryStorage()
    const first = await givenMachine({ storage })
    await first.type('docker run alpine echo hi')
    expect(await first.output('docker run alpine echo hi')).toMatch(/hi$/)
    const second = await givenMachine({ storage })
    await second.type('docker images')
    expect(await second.output('docker images')).toMatch(/\nalpine +latest/)
    await second.type('docker ps -a')
    expect(await second.output('docker ps -a')).toMatch(/alpine +"echo hi" .* Exited \(0\)/)
  })

  it('answers an unknown command the way bash does and keeps going', async () => {
    const m = await givenMachine()
    await m.type('dokcer ps')
    expect(await m.output('dokcer ps')).toBe('-bash: dokcer: command not found')
    await m.type('echo $?')
    expect(await m.output('echo $?')).toBe('127')
  })
})

describe('a reload of the page', () => {
  it('finds running containers running again, with their original start time', async () => {
    const storage = createMemoryStorage()
    const first = await givenMachine({ storage })
    await first.type('docker run -d --name sleeper alpine sleep 3600')
    await first.machine.sync()
    const before = first.machine.engine.resolveContainer('sleeper')!.state.startedAt
    const second = await givenMachine({ storage })
    await second.settle()
    await second.type('docker ps --format "{{.Names}} {{.Status}}"')
    expect(await second.output('docker ps --format "{{.Names}} {{.Status}}"')).toMatch(/^sleeper Up /)
    expect(second.machine.engine.resolveContainer('sleeper')!.state.startedAt).toBe(before)
  })
})

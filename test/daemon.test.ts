/** The daemon as the client sees it: version and info, a stopped daemon, and a configured mirror. */
import { describe, expect, it } from 'vitest'
import { givenMachine } from './support/given-machine'

describe('the docker daemon', () => {
  it('answers docker version with the client and server blocks', async () => {
    const m = await givenMachine()
    await m.type('docker version')
    const out = (await m.output('docker version')).split('\n')
    expect(out.slice(0, 3)).toEqual(['Client: Docker Engine - Community', ' Version:           28.2.2', ' API version:       1.50'])
    expect(out).toContain('Server: Docker Engine - Community')
    expect(out).toContain('  API version:      1.50 (minimum version 1.24)')
  })

  it('prints only the client block, then the socket error, when the daemon is stopped', async () => {
    const m = await givenMachine()
    await m.type('systemctl stop docker')
    await m.type('docker version')
    const out = (await m.output('docker version')).split('\n')
    expect(out[out.length - 2]).toBe(' Context:           default')
    expect(out[out.length - 1]).toBe('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?')
    await m.type('docker ps; echo "status $?"')
    expect(await m.output('docker ps; echo "status $?"')).toBe('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nstatus 1')
  })

  it('lists configured registry mirrors in docker info, and only then', async () => {
    const m = await givenMachine()
    await m.type('docker info')
    expect(await m.output('docker info')).not.toContain('Registry Mirrors:')
    await m.type(`echo '{ "registry-mirrors": ["https://mirror.example.com"] }' > /etc/docker/daemon.json`)
    await m.type('systemctl restart docker')
    await m.type('docker info')
    expect(await m.output('docker info')).toContain('  127.0.0.0/8\n Registry Mirrors:\n  https://mirror.example.com/\n Live Restore Enabled: false')
  })

  it('says bash cannot find docker before it is installed', async () => {
    const m = await givenMachine({ scenario: 'bare-centos' })
    await m.type('docker version')
    expect(await m.output('docker version')).toBe('-bash: docker: command not found')
  })
})

describe('docker system prune', () => {
  it('asks with the list of what goes, and removes stopped containers and dangling images when told y', async () => {
    const m = await givenMachine()
    await m.type('docker run --name gone alpine true')
    await m.type('docker run -d --name stays alpine sleep 3600')
    const gone = m.machine.engine.resolveContainer('gone')!.id
    await m.type('docker system prune')
    expect(await m.screen()).toMatch(/WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n  - unused build cache\n\nAre you sure you want to continue\? \[y\/N\]$/)
    await m.type('y')
    expect(await m.output('docker system prune')).toMatch(new RegExp(`Deleted Containers:\\n${gone}\\n\\nTotal reclaimed space: \\S+$`))
    await m.type('docker ps -a --format "{{.Names}}"')
    expect(await m.output('docker ps -a --format "{{.Names}}"')).toBe('stays')
  })

  it('changes nothing when the answer is not y', async () => {
    const m = await givenMachine()
    await m.type('docker run --name kept alpine true')
    await m.type('docker system prune')
    await m.type('n')
    await m.type('docker ps -a --format "{{.Names}}"')
    expect(await m.output('docker ps -a --format "{{.Names}}"')).toBe('kept')
  })
})

describe('docker events', () => {
  it('streams what happens, one line per event, until Ctrl-C', async () => {
    const m = await givenMachine()
    await m.type('docker pull -q alpine')
    await m.keys('docker events\r')
    const engine = m.machine.engine
    const c = await engine.createContainer({ image: engine.resolveImage('alpine')!.id, imageRef: 'alpine', name: 'ev', cmd: ['true'] })
    await engine.startContainer(c.id)
    await engine.waitContainer(c.id)
    await m.keys('\x03')
    await m.machine.terminal.whenIdle()
    const lines = (await m.output('docker events')).split('\n')
    expect(lines[0]).toMatch(new RegExp(`^2026-01-01T\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z container create ${c.id} \\(image=alpine, name=ev\\)$`))
    expect(lines[1]).toMatch(new RegExp(` container start ${c.id} \\(image=alpine, name=ev\\)$`))
    expect(lines[2]).toMatch(new RegExp(` container die ${c.id} \\(exitCode=0, image=alpine, name=ev\\)$`))
    await m.type('echo $?')
    expect(await m.output('echo $?')).toBe('130')
  })
})

describe('a restart of the daemon', () => {
  it('stops every container as docker stop would, then brings back those whose restart policy says so', async () => {
    const m = await givenMachine()
    await m.type('docker pull -q alpine')
    for (const [name, policy] of [['always', 'always'], ['unless', 'unless-stopped'], ['stopped', 'unless-stopped'], ['plain', 'no']]) {
      await m.type(`docker run -d --name ${name} --restart ${policy} alpine sleep 3600`)
    }
    await m.type('docker stop stopped')
    await m.type('systemctl restart docker')
    await m.type('docker ps -a --format "{{.Names}} {{.Status}}"')
    // sleep ignores SIGTERM as PID 1: the daemon kills it after the 10 s stop timeout, and the restart waits for that.
    expect((await m.output('docker ps -a --format "{{.Names}} {{.Status}}"')).split('\n')).toEqual([
      'plain Exited (137) 1 second ago',
      'stopped Exited (137) 12 seconds ago',
      'unless Up 1 second',
      'always Up 1 second',
    ])
  })
})

describe('engine events', () => {
  it('name the graphdriver when a write copies an image file up into the container layer', async () => {
    const m = await givenMachine()
    await m.type('docker pull -q alpine')
    const seen: string[] = []
    m.machine.engine.events.subscribe((e) => { if (e.type === 'file.copied-up') seen.push(`${e.module}: copied up ${e.path}`) })
    await m.type('docker run --name writer alpine sh -c "echo x >> /etc/motd; echo y >> /etc/motd; echo new > /tmp/new"')
    // once per file: the second write finds it in the upper layer already, and a new file has nothing to copy
    expect(seen).toEqual(['graphdriver: copied up /etc/motd'])
  })
})

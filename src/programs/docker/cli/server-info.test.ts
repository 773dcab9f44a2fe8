// With a daemon that answers, docker hides what it cannot do (cmd/docker/docker.go hideUnsupportedFeatures) and
// refuses such flags (isSupported). The reference help texts were captured with no daemon, where nothing is hidden;
// these expectations follow docker/cli's source for a fresh Linux dockerd (not experimental, no swarm).
import { describe, expect, it } from 'vitest'
import { givenDockerCli } from './docker-cli-harness'
import { LINUX_DAEMON } from './server-info'

const withDaemon = () => givenDockerCli().withServer(LINUX_DAEMON)

describe('help with a Linux daemon that is not experimental and not in a swarm', () => {
  it('leaves out checkpoint and the swarm-manager groups from `docker --help`, but keeps `swarm`', async () => {
    const { stdout } = await withDaemon().run('--help')
    for (const name of ['checkpoint', 'config', 'node', 'secret', 'service', 'stack']) {
      expect(stdout).not.toMatch(new RegExp(`^  ${name} `, 'm'))
    }
    expect(stdout).toContain('\nSwarm Commands:\n  swarm       Manage Swarm\n\nCommands:\n')
  })

  it('leaves out the Windows-only flags of run', async () => {
    const { stdout } = await withDaemon().run('run --help')
    expect(stdout).not.toContain('--cpu-count')
    expect(stdout).not.toContain('--io-maxiops')
    expect(stdout).toContain('--cpu-shares')
  })

  it('leaves out cluster-volume commands and flags', async () => {
    expect((await withDaemon().run('volume --help')).stdout).not.toContain('  update ')
    const create = (await withDaemon().run('volume create --help')).stdout
    expect(create).not.toContain('--availability')
    expect(create).toContain('--driver')
  })

  it('leaves out experimental flags', async () => {
    expect((await withDaemon().run('start --help')).stdout).not.toContain('--checkpoint')
  })

  it('shows all of them when the daemon does not answer', async () => {
    expect((await givenDockerCli().run('start --help')).stdout).toContain('--checkpoint string')
  })
})

describe('flags the daemon cannot honour', () => {
  it('refuses an experimental flag (exit 1)', async () => {
    const r = await withDaemon().run('start --checkpoint c1 web')
    expect(r).toEqual({
      stdout: '',
      stderr: '"--checkpoint" is only supported on a Docker daemon with experimental features enabled\n',
      code: 1,
    })
  })

  it('refuses a Windows-only flag on Linux', async () => {
    const r = await withDaemon().run('run --cpu-count 2 --io-maxiops 5 alpine')
    expect(r.stderr).toBe(
      '"--cpu-count" is only supported on a Docker daemon running on windows, but the Docker daemon is running on linux\n' +
      '"--io-maxiops" is only supported on a Docker daemon running on windows, but the Docker daemon is running on linux\n')
    expect(r.code).toBe(1)
  })

  it('checks the arguments first', async () => {
    const r = await withDaemon().run('start --checkpoint c1')
    expect(r.stderr).toMatch(/^docker: 'docker start' requires at least 1 argument\n/)
  })
})

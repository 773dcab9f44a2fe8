import { describe, expect, it } from 'vitest'
import { dockerRegistry } from '../commands/index'
import type { DockerRegistry, RunContext } from './define-command'
import { givenDockerCli } from './docker-cli-harness'

/** The sandbox's registry with one command's handler replaced by a recorder. */
function recording(path: string) {
  const seen: RunContext<any>[] = []
  const registry: DockerRegistry = {
    ...dockerRegistry,
    commands: dockerRegistry.commands.map((c) =>
      c.path.join(' ') === path ? { ...c, run: async (ctx: RunContext<any>) => { seen.push(ctx); return 0 } } : c),
  }
  return { cli: () => givenDockerCli().withRegistry(registry), last: () => seen[seen.length - 1] }
}

describe('flags reach the handler typed as docker parses them', () => {
  const run = recording('container run')

  it('clusters boolean shorthands and keeps the container command as arguments', async () => {
    await run.cli().run('run -it alpine ls -l')
    const ctx = run.last()
    expect(ctx.flags.interactive).toBe(true)
    expect(ctx.flags.tty).toBe(true)
    expect(ctx.args).toEqual(['alpine', 'ls', '-l'])
  })

  it('reads a shorthand value attached, after =, or as the next word', async () => {
    await run.cli().run('run -dit --name=web -p8080:80 -p=8443:443 -p 9000:9000 nginx')
    const { flags, args } = run.last()
    expect(flags.detach).toBe(true)
    expect(flags.name).toBe('web')
    expect(flags.publish).toEqual(['8080:80', '8443:443', '9000:9000'])
    expect(args).toEqual(['nginx'])
  })

  it('leaves flags after the image to the container command', async () => {
    await run.cli().run('run --rm alpine echo --rm -d')
    expect(run.last().flags.detach).toBe(false)
    expect(run.last().args).toEqual(['alpine', 'echo', '--rm', '-d'])
  })

  it('accepts --flag=false and records which flags were given', async () => {
    await run.cli().run('run --rm=false --sig-proxy=0 alpine')
    const ctx = run.last()
    expect(ctx.flags.rm).toBe(false)
    expect(ctx.flags['sig-proxy']).toBe(false)
    expect([...ctx.changed].sort()).toEqual(['rm', 'sig-proxy'])
  })

  it('gives defaults for flags not given', async () => {
    await run.cli().run('run alpine')
    const { flags } = run.last()
    expect(flags['sig-proxy']).toBe(true)
    expect(flags.pull).toBe('missing')
    expect(flags.restart).toBe('no')
    expect(flags.env).toEqual([])
    expect(flags['memory-swappiness']).toBe(-1)
  })

  it('converts sizes, durations and CPU counts', async () => {
    await run.cli().run('run -m 512m --memory-swap -1 --cpus 1.5 --health-interval 1m30s --shm-size 2g alpine')
    const { flags } = run.last()
    expect(flags.memory).toBe(512 * 1024 * 1024)
    expect(flags['memory-swap']).toBe(-1)
    expect(flags.cpus).toBe(1.5e9)
    expect(flags['health-interval']).toBe(90e9)
    expect(flags['shm-size']).toBe(2 * 1024 ** 3)
  })

  it('fills `-e NAME` from the client environment, as docker does', async () => {
    await run.cli().withEnv({ HOME: '/root' }).run('run -e FOO=1 -e HOME -e MISSING alpine')
    expect(run.last().flags.env).toEqual(['FOO=1', 'HOME=/root', 'MISSING'])
  })

  it('normalises --add-host and --attach like docker', async () => {
    await run.cli().run('run --add-host db=10.0.0.2 -a STDOUT alpine')
    expect(run.last().flags['add-host']).toEqual(['db:10.0.0.2'])
    expect(run.last().flags.attach).toEqual(['stdout'])
  })

  it('tells the handler its path, usage line, width and global options', async () => {
    await run.cli().withCols(100).run('-D -H tcp://10.0.0.1:2375 -l debug container run alpine')
    const ctx = run.last()
    expect(ctx.commandPath).toBe('docker container run')
    expect(ctx.useLine).toBe('docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]')
    expect(ctx.cols).toBe(100)
    expect(ctx.globals).toMatchObject({ debug: true, host: ['tcp://10.0.0.1:2375'], logLevel: 'debug', context: '' })
  })
})

describe('other commands', () => {
  it('collects repeated filters, lower-casing their names', async () => {
    const ps = recording('container ls')
    await ps.cli().run('ps -a --filter status=exited -f Name=web')
    expect(ps.last().flags.all).toBe(true)
    expect(ps.last().flags.filter).toEqual(['status=exited', 'name=web'])
    expect(ps.last().flags.last).toBe(-1)
    expect(ps.last().commandPath).toBe('docker ps')
  })

  it('takes arguments after -- as they are, and says where the -- was', async () => {
    const rm = recording('container rm')
    await rm.cli().run('rm -f web -- -weird')
    expect(rm.last().args).toEqual(['web', '-weird'])
    expect(rm.last().argsLenAtDash).toBe(1)
  })

  it('keeps exec\'s command and its flags', async () => {
    const exec = recording('container exec')
    await exec.cli().run('exec -it -e A=1 web ps -ef')
    expect(exec.last().args).toEqual(['web', 'ps', '-ef'])
    expect(exec.last().flags.env).toEqual(['A=1'])
  })

  it('warns about a deprecated flag on stdout and still passes it', async () => {
    const stop = recording('container stop')
    const r = await stop.cli().run('stop --time 5 web')
    expect(r.stdout).toBe('Flag --time has been deprecated, use --timeout instead\n')
    expect(stop.last().flags.time).toBe(5)
    expect(stop.last().changed.has('time')).toBe(true)
  })
})

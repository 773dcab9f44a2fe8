import { describe, expect, it } from 'vitest'
import { completeDockerArgs } from './complete-docker-args'

const data = {
  images: () => ['alpine:latest', 'nginx:latest', 'nginx:1.27'],
  containers: () => ['web', 'db'],
  files: (prefix: string) => ['Dockerfile', 'docs/'].filter((f) => f.startsWith(prefix)),
}
const complete = (line: string, current = '') =>
  completeDockerArgs(['docker', ...line.split(' ').filter(Boolean)], current, data)

describe('completing docker commands', () => {
  it('offers the top-level commands, not hidden ones', () => {
    const all = complete('')
    expect(all).toContain('run')
    expect(all).toContain('container')
    expect(all).toContain('swarm')
    expect(all).not.toContain('help')
    expect(all).not.toContain('completion')
    expect(complete('', 'im')).toEqual(['image', 'images', 'import'])
  })

  it('offers a group\'s subcommands', () => {
    expect(complete('image', 'l')).toEqual(['load', 'ls'])
    expect(complete('container', 'r')).toEqual(['rename', 'restart', 'rm', 'run'])
  })

  it('offers images, containers or files as the command\'s argument says', () => {
    expect(complete('run', 'ng')).toEqual(['nginx:latest', 'nginx:1.27'])
    expect(complete('run -it --rm', 'al')).toEqual(['alpine:latest'])
    expect(complete('stop web')).toEqual(['web', 'db'])
    expect(complete('exec -it web')).toEqual([])
    expect(complete('image tag alpine')).toEqual([])
    expect(complete('build', 'D')).toEqual(['Dockerfile'])
  })

  it('skips flag values when counting arguments', () => {
    expect(complete('run --name web -p 80:80', 'a')).toEqual(['alpine:latest'])
    expect(complete('run -dp 80:80', 'a')).toEqual(['alpine:latest'])
    expect(complete('run --name')).toEqual([])
  })

  it('offers the flags of the resolved command', () => {
    expect(complete('ps', '--a')).toEqual(['--all'])
    expect(complete('ps', '-')).toContain('-a')
    expect(complete('ps', '-')).toContain('--no-trunc')
    expect(complete('container ls', '--l')).toEqual(['--last', '--latest'])
    expect(complete('stop', '--ti')).toEqual(['--timeout'])
  })

  it('treats words after run\'s image as the container command', () => {
    expect(complete('run alpine ls', '-')).toEqual([])
  })

  it('offers command names after `docker help`', () => {
    expect(complete('help image', 'p')).toEqual(['prune', 'pull', 'push'])
  })
})

import { describe, expect, it } from 'vitest'
import { createSandbox } from './sandbox'

const sandbox = () => createSandbox({ id: 'c1', hostname: 'c1', net: null, now: () => 0, shimPid: 2100 })

describe('a container\'s PID namespace', () => {
  it('numbers the main process 1 from its spawn on, and children in the order they start', () => {
    const s = sandbox()
    s.expectRoot(1001, ['/docker-entrypoint.sh', 'nginx'], '?', 'root')
    expect(s.processes().map((p) => [p.nsPid, p.title])).toEqual([[1, '/docker-entrypoint.sh nginx']])
    const main = s.enter({ pid: 1001, argv: ['/bin/sh', '/docker-entrypoint.sh', 'nginx'] })
    s.spawning(main, ['find', '/docker-entrypoint.d/'])
    const child = s.enter({ pid: 1002, argv: ['find', '/docker-entrypoint.d/'] })
    expect(child.nsPid).toBe(2)
    expect(child.parent).toBe(main)
  })

  it('gives an exec\'d program its parent\'s pid (and user, for gosu)', () => {
    const s = sandbox()
    s.expectRoot(1001, ['docker-entrypoint.sh', 'redis-server'], '?', 'root')
    const main = s.enter({ pid: 1001, argv: ['docker-entrypoint.sh', 'redis-server'] })
    s.spawning(main, ['gosu', 'redis', 'redis-server'], { user: 'redis' })
    const gosu = s.enter({ pid: 1002, argv: ['gosu', 'redis', 'redis-server'] })
    expect(gosu.nsPid).toBe(1)
    expect(gosu.user).toBe('redis')
    expect(s.processes().map((p) => p.title)).toEqual(['gosu redis redis-server'])
  })

  it('holds its processes\' waits while frozen', async () => {
    const s = sandbox()
    s.freeze()
    let thawed = false
    void s.thawed().then(() => { thawed = true })
    await Promise.resolve()
    expect(thawed).toBe(false)
    s.thaw()
    await Promise.resolve()
    expect(thawed).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { evaluateCheck, publishMatches } from './goal-checks'
import { givenWorld } from './given-world.test-helper'
import type { Goal } from './lesson-format'

const check = (goal: Goal, world = givenWorld(), marks = { history: 0, commands: 0 }) => evaluateCheck(goal, world, marks)

describe('host checks', () => {
  it('sees docker installed only when /usr/bin/docker is there', () => {
    expect(check({ check: 'dockerInstalled', args: {} }, givenWorld({ installed: true }))).toBe(true)
    expect(check({ check: 'dockerInstalled', args: {} }, givenWorld({ installed: false }))).toBe(false)
  })

  it('tells a running daemon from a stopped one', () => {
    expect(check({ check: 'daemonRunning', args: {} }, givenWorld({ running: true }))).toBe(true)
    expect(check({ check: 'daemonRunning', args: {} }, givenWorld({ running: false }))).toBe(false)
  })

  it('reads whether a unit is enabled, with or without .service', () => {
    const w = givenWorld({ units: { docker: { enabled: true, active: false } } })
    expect(check({ check: 'unitEnabled', args: { unit: 'docker' } }, w)).toBe(true)
    expect(check({ check: 'unitEnabled', args: { unit: 'docker.service' } }, w)).toBe(true)
    expect(check({ check: 'unitEnabled', args: { unit: 'docker' } }, givenWorld({ units: { docker: { enabled: false, active: true } } }))).toBe(false)
    expect(check({ check: 'unitEnabled', args: { unit: 'docker' } }, givenWorld({ units: {} }))).toBe(false)
  })

  it('finds a file, and only a big enough one when minBytes is given', () => {
    const w = givenWorld({ files: { '/tmp/nginx.tar.gz': '' , '/tmp/big': 'x'.repeat(2000) } })
    expect(check({ check: 'fileExists', args: { path: '/tmp/nginx.tar.gz' } }, w)).toBe(true)
    expect(check({ check: 'fileExists', args: { path: '/tmp/nginx.tar.gz', minBytes: 1 } }, w)).toBe(false)
    expect(check({ check: 'fileExists', args: { path: '/tmp/big', minBytes: 1000 } }, w)).toBe(true)
    expect(check({ check: 'fileExists', args: { path: '/tmp/other' } }, w)).toBe(false)
  })

  it('finds text in a file', () => {
    const w = givenWorld({ files: { '/etc/docker/daemon.json': '{"registry-mirrors": ["https://m.example"]}' } })
    expect(check({ check: 'fileContains', args: { path: '/etc/docker/daemon.json', text: 'registry-mirrors' } }, w)).toBe(true)
    expect(check({ check: 'fileContains', args: { path: '/etc/docker/daemon.json', text: 'insecure-registries' } }, w)).toBe(false)
    expect(check({ check: 'fileContains', args: { path: '/etc/missing', text: 'x' } }, w)).toBe(false)
  })

  it('sees a mirror only on a running daemon, with or without a trailing slash', () => {
    const goal: Goal = { check: 'mirrorConfigured', args: { url: 'https://mirror.example.com' } }
    expect(check(goal, givenWorld({ mirrors: ['https://mirror.example.com/'] }))).toBe(true)
    expect(check(goal, givenWorld({ mirrors: ['https://other.example.com/'] }))).toBe(false)
    expect(check(goal, givenWorld({ mirrors: [], running: true }))).toBe(false)
    expect(check({ check: 'mirrorConfigured', args: {} }, givenWorld({ mirrors: ['https://a/'] }))).toBe(true)
    expect(check({ check: 'mirrorConfigured', args: {} }, givenWorld({ mirrors: ['https://a/'], running: false }))).toBe(false)
  })
})

describe('image checks', () => {
  const w = givenWorld({ images: ['alpine:latest', 'nginx:1.28', { id: 'sha256:my', refs: ['myalpine:v1', 'localhost:5000/myalpine:v1'] }] })

  it('reads a reference as docker does: no tag means latest', () => {
    expect(check({ check: 'imagePresent', args: { ref: 'alpine' } }, w)).toBe(true)
    expect(check({ check: 'imagePresent', args: { ref: 'alpine:latest' } }, w)).toBe(true)
    expect(check({ check: 'imagePresent', args: { ref: 'docker.io/library/alpine' } }, w)).toBe(true)
    expect(check({ check: 'imagePresent', args: { ref: 'nginx' } }, w)).toBe(false)
    expect(check({ check: 'imagePresent', args: { ref: 'nginx:1.28' } }, w)).toBe(true)
    expect(check({ check: 'imagePresent', args: { ref: 'myalpine:v1' } }, w)).toBe(true)
    expect(check({ check: 'imagePresent', args: { ref: 'localhost:5000/myalpine:v1' } }, w)).toBe(true)
  })

  it('calls an image absent only when the daemon can say so', () => {
    expect(check({ check: 'imageAbsent', args: { ref: 'nginx' } }, w)).toBe(true)
    expect(check({ check: 'imageAbsent', args: { ref: 'alpine' } }, w)).toBe(false)
    expect(check({ check: 'imageAbsent', args: { ref: 'nginx' } }, givenWorld({ running: false }))).toBe(false)
    expect(check({ check: 'imagePresent', args: { ref: 'alpine' } }, givenWorld({ running: false, images: ['alpine:latest'] }))).toBe(false)
  })
})

describe('container checks', () => {
  const w = givenWorld({
    images: ['nginx:latest', 'alpine:latest', 'nginx:1.28'],
    containers: [
      { name: 'mynginx', image: 'nginx', status: 'running', publishes: [':8080->80/tcp'] },
      { name: 'old', image: 'nginx:1.28', status: 'exited', exitCode: 0 },
      { name: 'quick', image: 'alpine', status: 'exited', exitCode: 0 },
      { name: 'broken', image: 'alpine', status: 'exited', exitCode: 127 },
      { name: 'by_id', image: 'c0ffee', imageId: 'sha256:alpine:latest', status: 'created' },
    ],
  })

  it('finds a running container by image, name and published port', () => {
    expect(check({ check: 'containerRunning', args: { image: 'nginx' } }, w)).toBe(true)
    expect(check({ check: 'containerRunning', args: { name: 'mynginx', publishes: '8080->80' } }, w)).toBe(true)
    expect(check({ check: 'containerRunning', args: { name: 'mynginx', publishes: '8080->80/tcp' } }, w)).toBe(true)
    expect(check({ check: 'containerRunning', args: { name: 'mynginx', publishes: '8081->80' } }, w)).toBe(false)
    expect(check({ check: 'containerRunning', args: { name: 'mynginx', publishes: '8080->80/udp' } }, w)).toBe(false)
    expect(check({ check: 'containerRunning', args: { image: 'alpine' } }, w)).toBe(false)
    expect(check({ check: 'containerRunning', args: { name: 'old' } }, w)).toBe(false)
  })

  it('matches any tag of a repository unless the goal names one', () => {
    expect(check({ check: 'containerExited', args: { image: 'nginx' } }, w)).toBe(true)
    expect(check({ check: 'containerExited', args: { image: 'nginx:1.28' } }, w)).toBe(true)
    expect(check({ check: 'containerExited', args: { image: 'nginx:latest' } }, w)).toBe(false)
  })

  it('matches a container created from an image ID by that image\'s tags', () => {
    expect(check({ check: 'containerExists', args: { image: 'alpine', status: 'created' } }, w)).toBe(true)
  })

  it('tells exit codes apart', () => {
    expect(check({ check: 'containerExited', args: { image: 'alpine', exitCode: 127 } }, w)).toBe(true)
    expect(check({ check: 'containerExited', args: { image: 'alpine', exitCode: 1 } }, w)).toBe(false)
    expect(check({ check: 'containerExited', args: { name: 'mynginx' } }, w)).toBe(false)
  })

  it('sees no containers while the daemon is stopped', () => {
    const stopped = givenWorld({ running: false, containers: [{ name: 'web', status: 'running' }] })
    expect(check({ check: 'containerExists', args: { name: 'web' } }, stopped)).toBe(false)
  })

  it('compares published ports with an optional host address', () => {
    expect(publishMatches(':8080->80/tcp', '8080->80')).toBe(true)
    expect(publishMatches('0.0.0.0:8080->80/tcp', '8080->80')).toBe(true)
    expect(publishMatches('127.0.0.1:8080->80/tcp', '127.0.0.1:8080->80')).toBe(true)
    expect(publishMatches(':8080->80/tcp', '127.0.0.1:8080->80')).toBe(false)
    expect(publishMatches(':8080->80/tcp', '80->8080')).toBe(false)
  })
})

describe('history checks', () => {
  it('count only lines typed since the step began', () => {
    const w = givenWorld({ history: ['docker pull alpine', 'docker images'] })
    const goal: Goal = { check: 'commandRan', args: { pattern: '^docker pull alpine' } }
    expect(check(goal, w, { history: 0, commands: 0 })).toBe(true)
    expect(check(goal, w, { history: 1, commands: 0 })).toBe(false)
  })

  it('start over when the history was cleared below the mark', () => {
    const w = givenWorld({ history: ['docker search nginx'] })
    expect(check({ check: 'commandRan', args: { pattern: 'search' } }, w, { history: 5, commands: 0 })).toBe(true)
  })

  it('use exit statuses for commandSucceeded when the machine logs them', () => {
    const goal: Goal = { check: 'commandSucceeded', args: { pattern: '^docker search' } }
    const failed = givenWorld({ history: ['docker search nginx'], commandLog: [{ line: 'docker search nginx', status: 1 }] })
    const ok = givenWorld({ history: ['docker search nginx'], commandLog: [{ line: 'docker search nginx', status: 0 }] })
    expect(check(goal, failed)).toBe(false)
    expect(check(goal, ok)).toBe(true)
    expect(check(goal, ok, { history: 0, commands: 1 })).toBe(false)
  })

  it('fall back to history for commandSucceeded without a command log', () => {
    expect(check({ check: 'commandSucceeded', args: { pattern: '^docker info' } }, givenWorld({ history: ['docker info'] }))).toBe(true)
    expect(check({ check: 'commandSucceeded', args: { pattern: '^docker info' } }, givenWorld({ history: ['docker version'] }))).toBe(false)
  })
})

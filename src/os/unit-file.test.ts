import { describe, expect, it } from 'vitest'
import { buildTree } from '../engine/layer/file-tree'
import { createUnionFs } from '../engine/graphdriver/union-fs'
import { emptyDir } from '../engine/layer/file-tree'
import { DOCKER_SERVICE } from './docker-package'
import { readDaemonConfig, unitExecStart } from './daemon-config'
import { execArgv, findUnitFile } from './unit-file'

const disk = (files: Record<string, string>) => createUnionFs([buildTree({ 'usr/lib/systemd/system/docker.service': DOCKER_SERVICE, ...files })], emptyDir(), () => 0)

describe('unit files', () => {
  it('reads the vendor unit and its directives', () => {
    const u = findUnitFile(disk({}), 'docker')!
    expect(u.path).toBe('/usr/lib/systemd/system/docker.service')
    expect(u.first('Unit', 'Description')).toBe('Docker Application Container Engine')
    expect(u.get('Install', 'WantedBy')).toEqual(['multi-user.target'])
  })

  it('lets a drop-in reset ExecStart and replace it', () => {
    const fs = disk({ 'etc/systemd/system/docker.service.d/mirror.conf': '[Service]\nExecStart=\nExecStart=/usr/bin/dockerd -H fd:// --registry-mirror=https://m.example.com\n' })
    const u = findUnitFile(fs, 'docker.service')!
    expect(u.dropIns).toEqual(['/etc/systemd/system/docker.service.d/mirror.conf'])
    expect(u.get('Service', 'ExecStart')).toEqual(['/usr/bin/dockerd -H fd:// --registry-mirror=https://m.example.com'])
    expect(unitExecStart(fs)).toEqual(['/usr/bin/dockerd', '-H', 'fd://', '--registry-mirror=https://m.example.com'])
  })

  it('prefers /etc/systemd/system over the vendor directory', () => {
    const u = findUnitFile(disk({ 'etc/systemd/system/docker.service': '[Unit]\nDescription=Mine\n' }), 'docker')!
    expect(u.first('Unit', 'Description')).toBe('Mine')
  })

  it('splits a command line as systemd does', () => {
    expect(execArgv('-/usr/bin/x "a b" c')).toEqual(['/usr/bin/x', 'a b', 'c'])
  })
})

describe('dockerd configuration', () => {
  it('takes mirrors from the command line and from daemon.json, normalised', () => {
    expect(readDaemonConfig(disk({}), ['dockerd', '--registry-mirror=https://a.example.com'])).toEqual({ ok: true, config: { registryMirrors: ['https://a.example.com/'] } })
    expect(readDaemonConfig(disk({ 'etc/docker/daemon.json': '{"registry-mirrors": ["https://b.example.com"]}' }), ['dockerd'])).toEqual({ ok: true, config: { registryMirrors: ['https://b.example.com/'] } })
  })

  it('refuses a directive given both ways, and broken JSON, with dockerd words', () => {
    const both = readDaemonConfig(disk({ 'etc/docker/daemon.json': '{"registry-mirrors": ["https://b"]}' }), ['dockerd', '--registry-mirror', 'https://a'])
    expect(both).toEqual({ ok: false, error: 'unable to configure the Docker daemon with file /etc/docker/daemon.json: the following directives are specified both as a flag and in the configuration file: registry-mirrors: (from flag: [https://a], from file: [https://b])' })
    const broken = readDaemonConfig(disk({ 'etc/docker/daemon.json': '{"registry-mirrors": ["https://b"],}' }), ['dockerd'])
    expect(broken).toEqual({ ok: false, error: "unable to configure the Docker daemon with file /etc/docker/daemon.json: invalid character '}' looking for beginning of object key string" })
    expect(readDaemonConfig(disk({ 'etc/docker/daemon.json': '{"registry-mirrors": [' }), ['dockerd'])).toEqual({ ok: false, error: 'unable to configure the Docker daemon with file /etc/docker/daemon.json: unexpected EOF' })
  })
})

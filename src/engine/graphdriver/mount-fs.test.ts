import { describe, expect, it } from 'vitest'
import { buildTree, emptyDir } from '../layer/file-tree'
import { createUnionFs } from './union-fs'
import { createMountFs } from './mount-fs'

const fsOf = (spec: Parameters<typeof buildTree>[0]) => createUnionFs([buildTree(spec)], emptyDir(), () => 0)

describe('a mount table over a rootfs', () => {
  const root = () => fsOf({ 'etc/hosts': 'image hosts\n', 'etc/mtab': { link: '/proc/mounts' }, 'data/': {}, 'bin/sh': { program: 'sh' } })
  const volume = () => fsOf({ 'f.txt': 'in volume\n' })

  it('serves a mounted directory from its own Fs and lists mount points in their parent', () => {
    const host = fsOf({ 'srv/site/index.html': 'hi\n' })
    const fs = createMountFs(root(), [{ at: '/data', fs: volume(), root: '/' }, { at: '/web', fs: host, root: '/srv/site' }])
    expect(fs.readText('/data/f.txt')).toBe('in volume\n')
    expect(fs.readText('/web/index.html')).toBe('hi\n')
    expect(fs.readdir('/')).toEqual(['bin', 'data', 'etc', 'web'])
  })

  it('mounts a single file over the rootfs one', () => {
    const etc = fsOf({ hosts: 'daemon hosts\n' })
    const fs = createMountFs(root(), [{ at: '/etc/hosts', fs: etc, root: '/hosts' }])
    expect(fs.readText('/etc/hosts')).toBe('daemon hosts\n')
  })

  it('follows a symlink from the rootfs into a mount', () => {
    const proc = fsOf({ mounts: 'overlay / overlay rw 0 0\n' })
    const fs = createMountFs(root(), [{ at: '/proc', fs: proc, root: '/' }])
    expect(fs.readText('/etc/mtab')).toBe('overlay / overlay rw 0 0\n')
    expect(fs.realpath('/etc/mtab')).toBe('/proc/mounts')
  })

  it('writes into the mount, never into the rootfs below it, and refuses writes to a read-only mount', () => {
    const rootfs = root()
    const vol = volume()
    const fs = createMountFs(rootfs, [{ at: '/data', fs: vol, root: '/' }, { at: '/ro', fs: fsOf({}), root: '/', readOnly: true }])
    fs.writeFile('/data/new.txt', 'x')
    expect(vol.readText('/new.txt')).toBe('x')
    expect(rootfs.upper.children.size).toBe(0)
    expect(() => fs.writeFile('/ro/x', 'x')).toThrow(/EACCES/)
    expect(() => fs.rmdir('/data')).toThrow(/EBUSY/)
  })
})

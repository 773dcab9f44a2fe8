import { describe, expect, it } from 'vitest'
import { buildTree, emptyDir } from '../layer/file-tree'
import { createUnionFs } from './union-fs'

const givenLayers = () => {
  const base = buildTree({ 'etc/os-release': 'base\n', 'etc/hosts': 'h\n', 'bin/busybox': { program: 'busybox', size: 800_000 }, 'bin/sh': { link: '/bin/busybox' }, 'var/log/': {} })
  const top = buildTree({ 'etc/os-release': 'top\n', 'app/index.html': 'hi' })
  const upper = emptyDir()
  return { fs: createUnionFs([base, top], upper, () => 0), upper, base }
}

describe('the overlay union filesystem', () => {
  it('shows the highest layer\'s copy of a file and merges directories', () => {
    const { fs } = givenLayers()
    expect(fs.readText('/etc/os-release')).toBe('top\n')
    expect(fs.readdir('/')).toEqual(['app', 'bin', 'etc', 'var'])
  })
  it('follows symlinks to the program a binary runs, and reports its declared size', () => {
    const { fs } = givenLayers()
    expect(fs.stat('/bin/sh')).toMatchObject({ type: 'file', program: 'busybox', size: 800_000 })
    expect(fs.lstat('/bin/sh')).toMatchObject({ type: 'symlink', target: '/bin/busybox' })
  })
  it('copies up on write and never changes a lower layer', () => {
    const { fs, upper, base } = givenLayers()
    fs.writeFile('/etc/hosts', 'changed\n', { append: true })
    expect(fs.readText('/etc/hosts')).toBe('h\nchanged\n')
    expect(upper.children.get('etc')?.type).toBe('dir')
    expect((base.children.get('etc') as { children: Map<string, { data: string }> }).children.get('hosts')!.data).toBe('h\n')
  })
  it('hides a deleted lower file behind a whiteout', () => {
    const { fs, upper } = givenLayers()
    fs.unlink('/etc/hosts')
    expect(fs.stat('/etc/hosts')).toBeUndefined()
    expect(fs.readdir('/etc')).toEqual(['os-release'])
    expect((upper.children.get('etc') as { children: Map<string, { type: string }> }).children.get('hosts')!.type).toBe('whiteout')
  })
  it('does not bring back old children when a deleted directory is made again', () => {
    const { fs } = givenLayers()
    fs.rmdir('/etc', { recursive: true })
    fs.mkdir('/etc')
    expect(fs.readdir('/etc')).toEqual([])
  })
  it('raises errno-style errors', () => {
    const { fs } = givenLayers()
    expect(() => fs.readFile('/nope')).toThrow('ENOENT')
    expect(() => fs.readFile('/etc')).toThrow('EISDIR')
    expect(() => fs.mkdir('/etc')).toThrow('EEXIST')
    expect(() => fs.rmdir('/etc')).toThrow('ENOTEMPTY')
  })
})

import { describe, expect, it } from 'vitest'
import { FALLBACK_APPLETS } from './fallback-applets'
import { buildTree, emptyDir } from '../../engine/layer/file-tree'
import { createUnionFs } from '../../engine/graphdriver/union-fs'
import { createBufferWriter, createStaticReader } from '../../os/stream'
import type { Process } from '../../os/process'

function proc(files: Record<string, string>, stdin = '') {
  const out = createBufferWriter()
  const err = createBufferWriter()
  const p = { fs: createUnionFs([buildTree(files)], emptyDir(), () => 0), cwd: '/', stdin: createStaticReader(stdin), stdout: out, stderr: err } as unknown as Process
  return { p, out, err }
}

describe('the fallback applets', () => {
  it('sed -i -E edits a file in place, as nginx\'s IPv6 script does', async () => {
    const { p } = proc({ 'etc/default.conf': 'server {\n    listen       80;\n}\n' })
    expect(await FALLBACK_APPLETS.sed(p, ['-i', '-E', 's,listen       80;,listen       80;\\n    listen  [::]:80;,', '/etc/default.conf'], 'gnu')).toBe(0)
    expect(p.fs.readText('/etc/default.conf')).toBe('server {\n    listen       80;\n    listen  [::]:80;\n}\n')
  })

  it('sed prints, deletes and substitutes on stdin', async () => {
    const { p, out } = proc({}, 'a1\nb2\nc3\n')
    await FALLBACK_APPLETS.sed(p, ['-e', '/b/d', '-e', 's/[0-9]/#/g'], 'gnu')
    expect(out.text()).toBe('a#\nc#\n')
  })

  it('md5sum -c checks files against listed sums', async () => {
    const good = proc({ 'f.txt': 'hello\n' }, 'b1946ac92492d2347c6235b4d2611184  /f.txt\n')
    expect(await FALLBACK_APPLETS.md5sum(good.p, ['-c', '-'], 'gnu')).toBe(0)
    expect(good.out.text()).toBe('/f.txt: OK\n')
    const bad = proc({ 'f.txt': 'changed\n' }, 'b1946ac92492d2347c6235b4d2611184  /f.txt\n')
    expect(await FALLBACK_APPLETS.md5sum(bad.p, ['-c', '-'], 'gnu')).toBe(1)
    expect(bad.err.text()).toBe('md5sum: WARNING: 1 computed checksum did NOT match\n')
  })
})

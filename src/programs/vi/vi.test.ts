import { describe, expect, it } from 'vitest'
import { createVirtualClock } from '../../engine/clock'
import { createKernel } from '../../os/kernel'
import { createBufferWriter, createStaticReader } from '../../os/stream'
import { hostDisk } from '../coreutils/applet-harness.test-helper'
import type { Tty } from '../../os/tty'
import { vi } from './vi'

async function runVi(argv: string[], o: { stdin?: string; files?: Record<string, string>; editor?: (path: string, content: string) => Promise<string | null> } = {}) {
  const clock = createVirtualClock()
  const kernel = createKernel(clock, { vi: async () => vi }, 1000)
  const fs = hostDisk({ 'usr/bin/vi': { program: 'vi', size: 1 }, ...o.files })
  const services: Record<string, unknown> = o.editor ? { editor: { edit: o.editor } } : {}
  const stdout = createBufferWriter()
  const tty = { cols: 80, rows: 24, write() {}, readLine: async () => ({ kind: 'eof' as const }) } satisfies Tty
  const handle = kernel.spawn({
    argv, fs, env: { PATH: '/usr/bin' }, cwd: '/root', host: { hostname: 'localhost', now: () => 0, service: <T>(n: string) => services[n] as T },
    stdin: createStaticReader(o.stdin ?? ''), stdout, stderr: stdout, tty: o.editor ? tty : null,
  })
  return { status: await handle.exited, out: stdout.text(), fs }
}

describe('vi', () => {
  it('hands the file to the editor service and writes what comes back', async () => {
    let seen = ''
    const r = await runVi(['vi', 'a.txt'], { files: { 'root/a.txt': 'old\n' }, editor: async (path, content) => { seen = `${path}:${content}`; return 'new\n' } })
    expect(seen).toBe('/root/a.txt:old\n')
    expect(r.fs.readText('/root/a.txt')).toBe('new\n')
    expect(r.out).toBe('\x1b]777;editor;open;%2Froot%2Fa.txt\x07\x1b]777;editor;close\x07')
  })

  it('leaves the file alone when the editor quits without saving', async () => {
    const r = await runVi(['vi', 'a.txt'], { files: { 'root/a.txt': 'old\n' }, editor: async () => null })
    expect(r.fs.readText('/root/a.txt')).toBe('old\n')
  })

  it('edits line by line without an editor screen', async () => {
    const r = await runVi(['vi', 'f'], { files: { 'root/f': 'one\ntwo\n' }, stdin: 'a\nthree\n.\n:1\ndd\n:s/t/T/\n:%p\n:wq\n' })
    expect(r.out).toBe('"f" 2L, 8C\nTwo\nthree\n"f" 2L, 10C written\n')
    expect(r.fs.readText('/root/f')).toBe('Two\nthree\n')
  })

  it('refuses to quit with changes, and quits with :q!', async () => {
    const r = await runVi(['vi', 'g'], { stdin: 'i\nx\n.\n:q\n:q!\n' })
    expect(r.out).toBe('"g" [New File]\nE37: No write since last change (add ! to override)\n')
    expect(r.fs.stat('/root/g')).toBeUndefined()
  })

  it('ends at end of input as vim does', async () => {
    const r = await runVi(['vi', 'h'], { stdin: '' })
    expect([r.out, r.status]).toEqual(['"h" [New File]\nVim: Error reading input, exiting...\nVim: Finished.\n', 1])
  })
})

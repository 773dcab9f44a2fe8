/** One contract, every Storage adapter: memory, and IndexedDB (on fake-indexeddb here; in Chromium in e2e). */
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { createMemoryStorage } from '../src/engine/storage/memory-storage'
import { openIndexedDbStorage } from '../src/adapters/indexeddb-storage'
import { digestOf } from '../src/engine/digest'
import type { Storage } from '../src/engine/storage/storage'

let n = 0
const adapters: [string, () => Promise<Storage>][] = [
  ['memory', async () => createMemoryStorage()],
  ['indexeddb', async () => openIndexedDbStorage(`contract-${n++}`)],
]

describe.each(adapters)('the %s storage', (_name, open) => {
  it('returns blobs by their digest, byte for byte', async () => {
    const s = await open()
    const bytes = new TextEncoder().encode('layer bytes')
    const d = digestOf(bytes)
    await s.commit({ blobs: [{ digest: d, bytes }] })
    expect(await s.readBlob(d)).toEqual(bytes)
    expect(await s.readBlob(digestOf('other'))).toBeUndefined()
  })

  it('keeps rows by key and deletes them', async () => {
    const s = await open()
    await s.commit({ put: [{ table: 'references', key: 'alpine:latest', row: { ref: 'alpine:latest', image: 'sha256:1' } }, { table: 'references', key: 'a:1', row: { ref: 'a:1', image: 'sha256:2' } }] })
    await s.commit({ delete: [{ table: 'references', key: 'a:1' }] })
    const t = await s.readTable('references')
    expect([...t.keys()]).toEqual(['alpine:latest'])
    expect(t.get('alpine:latest')?.image).toBe('sha256:1')
  })

  it('stores Maps and byte arrays inside rows (file trees)', async () => {
    const s = await open()
    const tree = { type: 'dir', children: new Map([['f', { type: 'file', data: new Uint8Array([1, 2]) }]]) }
    await s.commit({ put: [{ table: 'meta', key: 'host.rw', row: { key: 'host.rw', value: tree } }] })
    const back = (await s.readTable('meta')).get('host.rw')?.value as typeof tree
    expect(back.children.get('f')).toEqual({ type: 'file', data: new Uint8Array([1, 2]) })
  })

  it('does not let callers change stored rows by mutating what they read', async () => {
    const s = await open()
    await s.commit({ put: [{ table: 'meta', key: 'k', row: { key: 'k', value: { n: 1 } } }] })
    const first = (await s.readTable('meta')).get('k')!.value as { n: number }
    first.n = 2
    expect(((await s.readTable('meta')).get('k')!.value as { n: number }).n).toBe(1)
  })

  it('applies nothing of a commit that names an unknown table', async () => {
    const s = await open()
    await expect(
      s.commit({ put: [{ table: 'meta', key: 'x', row: { key: 'x', value: 1 } }, { table: 'nope' as 'meta', key: 'y', row: { key: 'y', value: 2 } }] }),
    ).rejects.toThrow()
    expect((await s.readTable('meta')).has('x')).toBe(false)
  })
})

describe('the IndexedDB storage across reopen', () => {
  it('still has what was committed after the database is opened again', async () => {
    const a = await openIndexedDbStorage('reopen')
    await a.commit({ put: [{ table: 'images', key: 'sha256:x', row: { id: 'sha256:x', config: digestOf('c'), layers: [], size: 1, loadedAt: 0 } }] })
    a.close()
    const b = await openIndexedDbStorage('reopen')
    expect((await b.readTable('images')).get('sha256:x')?.size).toBe(1)
  })
})

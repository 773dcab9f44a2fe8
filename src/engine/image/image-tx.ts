/** One change to the image, reference and layer stores, gathered while the in-memory state is updated and then
 *  written in a single storage commit, after which its events are emitted (daemon-context's commit).
 *  Invariant: every mutation of ctx.images made through these helpers has its row change and its event here. */
import type { DaemonContext } from '../daemon/daemon-context'
import type { EngineEvent } from '../events'
import type { Digest, ImageId } from '../ids'
import type { StorageChange } from '../storage/storage'
import { lastTagRow, retainedRow, type ImageMeta } from './image-meta'

type Put = NonNullable<StorageChange['put']>[number]

export interface ImageTx {
  blobs: { digest: Digest; bytes: Uint8Array }[]
  put: Put[]
  delete: { table: 'images' | 'references' | 'layers' | 'meta'; key: string }[]
  deleteBlobs: Digest[]
  events: EngineEvent[]
  meta: ImageMeta
  lastTagChanged: boolean
  retainedChanged: boolean
}

export const createTx = (meta: ImageMeta): ImageTx => ({
  blobs: [], put: [], delete: [], deleteBlobs: [], events: [], meta, lastTagChanged: false, retainedChanged: false,
})

export function isEmptyTx(tx: ImageTx): boolean {
  return !tx.blobs.length && !tx.put.length && !tx.delete.length && !tx.deleteBlobs.length && !tx.events.length && !tx.lastTagChanged && !tx.retainedChanged
}

export async function commitTx(ctx: DaemonContext, tx: ImageTx): Promise<void> {
  if (isEmptyTx(tx)) return
  const put = [...tx.put]
  if (tx.lastTagChanged) put.push(lastTagRow(tx.meta))
  if (tx.retainedChanged) put.push(retainedRow(tx.meta))
  // A blob written and deleted in the same change (load then replace) must end up deleted, and vice versa.
  const written = new Set(tx.blobs.map((b) => b.digest))
  await ctx.commit({ blobs: tx.blobs, put, delete: tx.delete, deleteBlobs: tx.deleteBlobs.filter((d) => !written.has(d)) }, tx.events)
}

/** Adds a row write; a pending delete of the same row is dropped (the storage applies puts before deletes). */
export function putRow(tx: ImageTx, p: Put): void {
  tx.delete = tx.delete.filter((d) => d.table !== p.table || d.key !== p.key)
  tx.put = tx.put.filter((q) => q.table !== p.table || q.key !== p.key)
  tx.put.push(p)
}

export function deleteRow(tx: ImageTx, table: ImageTx['delete'][number]['table'], key: string): void {
  tx.put = tx.put.filter((q) => q.table !== table || q.key !== key)
  tx.delete.push({ table, key })
}

/** Points a reference at an image (replacing what it named before). */
export function setReference(ctx: DaemonContext, tx: ImageTx, ref: string, image: ImageId): void {
  ctx.images.references.set(ref, image)
  putRow(tx, { table: 'references', key: ref, row: { ref, image } })
  tx.events.push({ module: 'reference', type: 'tag.added', ref, image })
}

export function removeReference(ctx: DaemonContext, tx: ImageTx, ref: string): void {
  const image = ctx.images.references.get(ref)
  if (!image) return
  ctx.images.references.delete(ref)
  deleteRow(tx, 'references', ref)
  tx.events.push({ module: 'reference', type: 'tag.removed', ref, image })
}

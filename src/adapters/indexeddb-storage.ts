/** The IndexedDB adapter of the Storage port (idb). One world = one database; one commit = one readwrite
 *  transaction over every store it touches, so it lands whole or not at all. Inside a transaction we await only
 *  IndexedDB requests (anything else would let the transaction auto-commit early). */
import { openDB, type IDBPDatabase } from 'idb'
import type { Digest } from '../engine/ids'
import { TABLE_NAMES, type Row, type Storage, type StorageChange, type TableName } from '../engine/storage/storage'

// Changing these without a migration strands users' saved work.
export const DB_PREFIX = 'docker-sandbox:'
export const DB_VERSION = 1

const BLOBS = 'blobs'

export async function openIndexedDbStorage(world: string): Promise<Storage & { close(): void }> {
  const db: IDBPDatabase = await openDB(DB_PREFIX + world, DB_VERSION, {
    upgrade(database, oldVersion) {
      // The ladder: one step per version, each from the version before it.
      if (oldVersion < 1) {
        database.createObjectStore(BLOBS)
        for (const t of TABLE_NAMES) database.createObjectStore(t)
      }
    },
  })
  return {
    async readBlob(digest: Digest) {
      return (await db.get(BLOBS, digest)) as Uint8Array | undefined
    },
    async readTable<T extends TableName>(table: T) {
      const tx = db.transaction(table, 'readonly')
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()])
      await tx.done
      return new Map(keys.map((k, i) => [String(k), values[i] as Row<T>]))
    },
    async commit(change: StorageChange) {
      const stores = new Set<string>()
      if (change.blobs?.length || change.deleteBlobs?.length) stores.add(BLOBS)
      for (const p of change.put ?? []) stores.add(p.table)
      for (const d of change.delete ?? []) stores.add(d.table)
      for (const s of stores) if (s !== BLOBS && !TABLE_NAMES.includes(s as TableName)) throw new Error(`unknown table: ${s}`)
      if (stores.size === 0) return
      const tx = db.transaction([...stores], 'readwrite')
      const ops: Promise<unknown>[] = []
      for (const b of change.blobs ?? []) ops.push(tx.objectStore(BLOBS).put(b.bytes, b.digest))
      for (const p of change.put ?? []) ops.push(tx.objectStore(p.table).put(p.row, p.key))
      for (const d of change.delete ?? []) ops.push(tx.objectStore(d.table).delete(d.key))
      for (const d of change.deleteBlobs ?? []) ops.push(tx.objectStore(BLOBS).delete(d))
      await Promise.all([...ops, tx.done])
    },
    close: () => db.close(),
  }
}

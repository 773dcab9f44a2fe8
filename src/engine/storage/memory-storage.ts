/** The in-memory Storage adapter: tests, the Node batch shell, and the fallback when IndexedDB is unavailable.
 *  Rows and blobs are cloned on the way in and out, so callers can never mutate stored state by accident. */
import type { Digest } from '../ids'
import { TABLE_NAMES, type Row, type Storage, type StorageChange, type TableName } from './storage'

export function createMemoryStorage(): Storage {
  const blobs = new Map<Digest, Uint8Array>()
  const tables = new Map<TableName, Map<string, unknown>>(TABLE_NAMES.map((t) => [t, new Map()]))
  return {
    async readBlob(digest) {
      const b = blobs.get(digest)
      return b && b.slice()
    },
    async readTable<T extends TableName>(table: T) {
      const rows = tables.get(table)
      if (!rows) throw new Error(`unknown table: ${table}`)
      return new Map([...rows].map(([k, v]) => [k, structuredClone(v) as Row<T>]))
    },
    async commit(change: StorageChange) {
      for (const { table } of [...(change.put ?? []), ...(change.delete ?? [])]) {
        if (!tables.has(table)) throw new Error(`unknown table: ${table}`)
      }
      // Validated first, applied after: a commit lands whole or not at all.
      const puts = (change.put ?? []).map((p) => ({ ...p, row: structuredClone(p.row) }))
      for (const b of change.blobs ?? []) blobs.set(b.digest, b.bytes.slice())
      for (const p of puts) tables.get(p.table)!.set(p.key, p.row)
      for (const d of change.delete ?? []) tables.get(d.table)!.delete(d.key)
      for (const d of change.deleteBlobs ?? []) blobs.delete(d)
    },
  }
}

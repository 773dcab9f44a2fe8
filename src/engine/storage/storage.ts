/** Where the engine keeps bytes and names. One commit = one transaction: all of it lands, or none.
 *  Blobs are content-addressed (the key is the sha256 of the bytes); tables hold structured rows by key.
 *  Rows are structured-cloneable plain data (Uint8Array allowed), never class instances. */
import type { Digest } from '../ids'

/** The tables and the shape of their rows. Adding a table is a schema change: bump the IndexedDB version. */
export interface Tables {
  /** image ID → image record (config digest = ID, layer chain, tags live in `references`). */
  images: { id: string; config: Digest; manifest?: Digest; layers: string[]; size: number; loadedAt: number }
  /** familiar reference (`alpine:latest`, `nginx@sha256:…`) → image ID. */
  references: { ref: string; image: string }
  /** chain ID → layer record (diff ID, blob digest, size, parent). */
  layers: { chainId: string; diffId: string; blob: Digest; compressed?: Digest; size: number; parent: string | null }
  /** container ID → container record. */
  containers: Record<string, unknown> & { id: string }
  /** key → any small document: daemon state, host filesystem, shell history, settings. */
  meta: { key: string; value: unknown }
}
export type TableName = keyof Tables
export type Row<T extends TableName> = Tables[T]

export interface StorageChange {
  blobs?: ReadonlyArray<{ digest: Digest; bytes: Uint8Array }>
  put?: ReadonlyArray<{ [T in TableName]: { table: T; key: string; row: Row<T> } }[TableName]>
  delete?: ReadonlyArray<{ table: TableName; key: string }>
  deleteBlobs?: ReadonlyArray<Digest>
}

export interface Storage {
  readBlob(digest: Digest): Promise<Uint8Array | undefined>
  readTable<T extends TableName>(table: T): Promise<ReadonlyMap<string, Row<T>>>
  commit(change: StorageChange): Promise<void>
}

export const TABLE_NAMES: readonly TableName[] = ['images', 'references', 'layers', 'containers', 'meta']

/** Branded identifiers, made only here. A Digest is `sha256:<64 hex>` over real bytes (@noble/hashes, the same in
 *  Node and the browser, synchronous so the engine can hash inside a pure function). */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

export type Digest = string & { readonly brand: 'Digest' }
export type ImageId = Digest & { readonly image: true }
export type ContainerId = string & { readonly brand: 'ContainerId' }

const encoder = new TextEncoder()

export function digestOf(data: Uint8Array | string): Digest {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data
  return `sha256:${bytesToHex(sha256(bytes))}` as Digest
}

export function isDigest(s: string): s is Digest {
  return /^sha256:[0-9a-f]{64}$/.test(s)
}

export const asImageId = (d: Digest): ImageId => d as ImageId

/** `sha256:abc…` → the 64 hex characters. */
export const hexOf = (d: Digest): string => d.slice('sha256:'.length)

/** Docker's short form: 12 hex characters. */
export const shortId = (id: string): string => (id.startsWith('sha256:') ? id.slice(7) : id).slice(0, 12)

export function makeContainerId(hex64: string): ContainerId {
  if (!/^[0-9a-f]{64}$/.test(hex64)) throw new Error(`not a container id: ${hex64}`)
  return hex64 as ContainerId
}

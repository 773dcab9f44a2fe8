/** Content addressing: a Digest is `sha256:<64 hex>` over real bytes (@noble/hashes: the same in Node and the
 *  browser, and synchronous, so the engine can hash inside a pure function). */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { Digest } from './ids'

const encoder = new TextEncoder()

export function digestOf(data: Uint8Array | string): Digest {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data
  return `sha256:${bytesToHex(sha256(bytes))}` as Digest
}

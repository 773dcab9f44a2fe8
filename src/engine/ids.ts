/** Branded identifiers. Digests are made in digest.ts (kept apart so hashing code loads only when content is
 *  hashed: on a pull or load, not for the first prompt). */

export type Digest = string & { readonly brand: 'Digest' }
export type ImageId = Digest & { readonly image: true }
export type ContainerId = string & { readonly brand: 'ContainerId' }

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

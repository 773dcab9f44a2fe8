/** Image configs and manifests in Docker's own JSON shapes. The image ID is the sha256 of the config JSON bytes;
 *  the manifest names the config and the compressed layer blobs; the index (manifest list) digest is what
 *  `Digest:` shows after a pull and what `docker images --digests` lists. */
import type { Digest } from '../ids'
import { digestOf } from '../digest'
import type { ImageConfigSpec } from '../registry/hub-image'

export interface HistoryEntry {
  created: string
  created_by: string
  comment?: string
  empty_layer?: boolean
}

export interface ImageConfig {
  architecture: 'amd64'
  config: ImageConfigSpec
  created: string
  history: HistoryEntry[]
  os: 'linux'
  rootfs: { type: 'layers'; diff_ids: Digest[] }
}

/** Serialises with Go's key order for the fields we use (the order only has to be stable: it feeds the ID). */
export const configJson = (c: ImageConfig): string => JSON.stringify(c)

export const MEDIA = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
} as const

export function manifestJson(config: { digest: Digest; size: number }, layers: ReadonlyArray<{ digest: Digest; size: number }>): string {
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    config: { mediaType: MEDIA.config, digest: config.digest, size: config.size },
    layers: layers.map((l) => ({ mediaType: MEDIA.layer, digest: l.digest, size: l.size })),
  })
}

export function indexJson(manifest: { digest: Digest; size: number }): string {
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA.index,
    manifests: [{ mediaType: MEDIA.manifest, digest: manifest.digest, size: manifest.size, platform: { architecture: 'amd64', os: 'linux' } }],
  })
}

/** Chain IDs as Docker computes them: chain(0) = diff(0); chain(n) = sha256(chain(n-1) + " " + diff(n)). */
export function chainIds(diffIds: readonly Digest[]): Digest[] {
  const out: Digest[] = []
  for (const d of diffIds) out.push(out.length === 0 ? d : digestOf(`${out[out.length - 1]} ${d}`))
  return out
}

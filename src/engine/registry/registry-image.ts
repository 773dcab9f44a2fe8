/** What a registry serves for one image: the index, manifest and config documents and the layer blobs, all
 *  content-addressed and derived from a HubImage definition (built once per image, then cached). */
import type { Digest } from '../ids'
import { digestOf } from '../digest'
import { buildTree, treeSize, type DirNode } from '../layer/file-tree'
import { gzip, treeToTar } from '../layer/layer-blob'
import { configJson, indexJson, manifestJson, type ImageConfig } from '../image/image-config'
import type { HubImage } from './hub-image'

export interface RegistryLayer {
  tree: DirNode
  tar: Uint8Array
  diffId: Digest
  gz: Uint8Array
  blob: Digest
  /** Declared uncompressed size (what docker images counts). */
  size: number
  /** Declared compressed size (what pull progress shows). */
  compressed: number
}

export interface RegistryImage {
  repository: string
  tags: readonly string[]
  config: ImageConfig
  configJson: string
  configDigest: Digest
  manifestJson: string
  manifestDigest: Digest
  indexJson: string
  indexDigest: Digest
  layers: RegistryLayer[]
}

const encoder = new TextEncoder()

export async function buildRegistryImage(def: HubImage): Promise<RegistryImage> {
  const layers: RegistryLayer[] = []
  for (const step of def.steps) {
    if (!step.layer) continue
    // A shared base layer must be byte-identical in every image built on it: its times are its own.
    const tree = buildTree(step.layer.files, Date.parse(step.created ?? def.created))
    const tar = await treeToTar(tree)
    const gz = gzip(tar)
    layers.push({ tree, tar, diffId: digestOf(tar), gz, blob: digestOf(gz), size: treeSize(tree), compressed: step.layer.compressed })
  }
  const config: ImageConfig = {
    architecture: 'amd64',
    config: def.config,
    created: def.created,
    history: def.steps.map((s) => ({
      created: s.created ?? def.created,
      created_by: s.createdBy,
      ...(s.comment ? { comment: s.comment } : {}),
      ...(s.layer ? {} : { empty_layer: true }),
    })),
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
  }
  const cj = configJson(config)
  const configDigest = digestOf(cj)
  const mj = manifestJson({ digest: configDigest, size: encoder.encode(cj).length }, layers.map((l) => ({ digest: l.blob, size: l.gz.length })))
  const manifestDigest = digestOf(mj)
  const ij = indexJson({ digest: manifestDigest, size: encoder.encode(mj).length })
  return {
    repository: def.repository, tags: def.tags, config, configJson: cj, configDigest,
    manifestJson: mj, manifestDigest, indexJson: ij, indexDigest: digestOf(ij), layers,
  }
}

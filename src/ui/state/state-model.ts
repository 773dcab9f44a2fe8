/** What the state views show, computed from the Engine API as plain data: images as stacks of layers (bottom
 *  first), containers as a thin RW layer on their image's stack, tags grouped by the image ID they point at.
 *  Pure and bounded: lists are cut at their limits (the rest is counted as "+N more"), and the work per call is
 *  linear in images × layers + containers, so 200 images and 1,000 containers stay cheap.
 *  A layer is identified by its chain ID (what the layer store keys it by, and what makes it shared); people are
 *  shown its diff ID (the digest of its own content, the ID `docker inspect` lists under RootFS.Layers). */
import { shortId, type ContainerId, type Digest, type ImageId } from '../../engine/ids'
import type { ContainerRecord, ContainerStatus } from '../../engine/container/container-record'
import type { ImageRecord, ImageRow } from '../../engine/image/image-store'
import type { TreeNode } from '../../engine/layer/file-tree'

/** The part of the Engine API the views read (synchronous getters only). */
export interface StateSource {
  images(): ReadonlyMap<ImageId, ImageRecord>
  imageRows(): ImageRow[]
  containers(): ContainerRecord[]
}

export interface LayerView {
  chainId: Digest
  diffId: Digest | undefined
  /** 12 hex characters of the diff ID. */
  short: string
  /** Bytes, once known (sizes come from the image's history, asynchronously). */
  size: number | undefined
  /** How many images include this layer (1 = not shared). */
  sharedBy: number
  /** A hue (0–359) derived from the chain ID: the same layer has the same colour wherever it is drawn. */
  hue: number
}

export interface ImageView {
  id: ImageId
  short: string
  /** Tags (repo:tag) pointing at it; empty for an untagged image. */
  tags: string[]
  /** What `docker images` calls it: its first tag, `repo:<none>` if only a digest names it, else `<none>:<none>`. */
  name: string
  size: number
  /** Bottom (base) layer first. */
  layers: LayerView[]
}

export type ShownStatus = 'running' | 'exited' | 'paused' | 'created' | 'other'

export interface ContainerView {
  id: ContainerId
  short: string
  name: string
  status: ContainerStatus
  shown: ShownStatus
  image: string
  imageId: ImageId
  /** The image's layers, bottom first (empty if the image was force-removed). */
  layers: LayerView[]
  /** Files, links and whiteouts in the RW layer: what `docker diff` would list, without the parent directories. */
  changes: number
}

export interface TagGroup {
  id: ImageId
  short: string
  /** repo:tag references (or repo@digest when no tag names the repository); empty when dangling. */
  refs: string[]
}

export interface StateModel {
  images: ImageView[]
  moreImages: number
  containers: ContainerView[]
  moreContainers: number
  tags: TagGroup[]
  moreTags: number
  totals: { images: number; containers: number; layers: number; sharedLayers: number }
}

export interface Limits { images: number; containers: number; tags: number }
export const DEFAULT_LIMITS: Limits = { images: 30, containers: 60, tags: 80 }

/** A stable hue for a digest: its first hex digits spread over the colour wheel. */
export const hueOf = (digest: string): number => (parseInt(shortId(digest).slice(0, 6), 16) * 137) % 360

export function buildStateModel(src: StateSource, sizes: ReadonlyMap<Digest, number>, limits: Limits = DEFAULT_LIMITS): StateModel {
  const images = src.images()
  const refCount = new Map<Digest, number>()
  for (const img of images.values()) for (const l of img.layers) refCount.set(l, (refCount.get(l) ?? 0) + 1)
  const layerViews = new Map<ImageId, LayerView[]>()
  const layersOf = (img: ImageRecord): LayerView[] => {
    let v = layerViews.get(img.id)
    if (!v) {
      const diffIds = img.config.rootfs?.diff_ids ?? []
      v = img.layers.map((chainId, i) => {
        const diffId = diffIds[i]
        return { chainId, diffId, short: shortId(diffId ?? chainId), size: sizes.get(chainId), sharedBy: refCount.get(chainId) ?? 1, hue: hueOf(chainId) }
      })
      layerViews.set(img.id, v)
    }
    return v
  }

  // One row per reference, newest image first (docker images' order); group them by image.
  const groups = new Map<ImageId, TagGroup>()
  for (const row of src.imageRows()) {
    let g = groups.get(row.id)
    if (!g) { g = { id: row.id, short: shortId(row.id), refs: [] }; groups.set(row.id, g) }
    if (row.repository === '<none>') continue
    g.refs.push(row.tag === '<none>' ? `${row.repository}@${row.digest}` : `${row.repository}:${row.tag}`)
  }
  // Images the rows do not list (none should exist) still appear, after the others.
  for (const id of images.keys()) if (!groups.has(id)) groups.set(id, { id, short: shortId(id), refs: [] })
  const ordered = [...groups.values()]

  const imageViews: ImageView[] = []
  for (const g of ordered.slice(0, limits.images)) {
    const img = images.get(g.id)
    if (!img) continue
    const tags = g.refs.filter((r) => !r.includes('@'))
    const byDigest = g.refs.find((r) => r.includes('@'))
    const name = tags[0] ?? (byDigest ? `${byDigest.slice(0, byDigest.indexOf('@'))}:<none>` : '<none>:<none>')
    imageViews.push({ id: img.id, short: g.short, tags, name, size: img.size, layers: layersOf(img) })
  }

  const all = [...src.containers()].sort((a, b) => b.created - a.created)
  const containers: ContainerView[] = all.slice(0, limits.containers).map((c) => {
    const img = images.get(c.image)
    return {
      id: c.id, short: shortId(c.id), name: c.name, status: c.state.status, shown: shownStatus(c.state.status), image: c.imageRef, imageId: c.image,
      layers: img ? layersOf(img) : [], changes: countChanges(c.rw),
    }
  })

  const shared = [...refCount.values()].filter((n) => n > 1).length
  return {
    images: imageViews,
    moreImages: Math.max(0, ordered.length - limits.images),
    containers,
    moreContainers: Math.max(0, all.length - limits.containers),
    tags: ordered.slice(0, limits.tags),
    moreTags: Math.max(0, ordered.length - limits.tags),
    totals: { images: images.size, containers: all.length, layers: refCount.size, sharedLayers: shared },
  }
}

/** repo@sha256:<64 hex> → repo@sha256:<12 hex>… (the part people compare). */
export const shortRef = (ref: string): string => ref.replace(/@sha256:([0-9a-f]{12})[0-9a-f]{52}$/, '@sha256:$1…')

function shownStatus(s: ContainerStatus): ShownStatus {
  switch (s) {
    case 'running': case 'restarting': return 'running'
    case 'exited': case 'dead': return 'exited'
    case 'paused': return 'paused'
    case 'created': return 'created'
    default: return 'other'
  }
}

/** Leaves of the RW tree: each file, link or whiteout the container wrote. Directories alone are not counted
 *  (copy-up creates them as parents), except an empty one the container made itself. */
export function countChanges(node: TreeNode | undefined): number {
  if (!node || node.type !== 'dir') return 0
  let n = 0
  for (const child of node.children.values()) {
    if (child.type === 'dir') n += child.children.size === 0 ? 1 : countChanges(child)
    else n++
  }
  return n
}

/** Layer sizes from an image's history: the steps that made a layer, oldest first, are its layers in order. */
export function layerSizesFromHistory(img: ImageRecord, history: readonly { size: number }[]): Map<Digest, number> {
  const out = new Map<Digest, number>()
  const steps = img.config.history ?? []
  if (history.length !== steps.length) return out
  let layer = 0
  steps.forEach((h, i) => {
    if (h.empty_layer) return
    const chainId = img.layers[layer++]
    // imageHistory lists the newest step first.
    if (chainId) out.set(chainId, history[history.length - 1 - i].size)
  })
  return out
}

/** The image store: images by ID, the reference store (familiar references → image ID) and the layer store
 *  (chain ID → layer), all in memory and mirrored to Storage by the daemon.
 *  Invariants: an image's layers are all in the layer store; a layer's reference count is the number of images
 *  whose chains include it (derived, never stored); every reference points at an existing image. */
import { shortId, type Digest, type ImageId } from '../ids'
import { familiarName, familiarString, fullString, parseReference, withDefaultTag } from '../reference/reference'
import type { ImageConfig } from './image-config'
import { VersionedMap, derived } from '../versioned-map'

export interface ImageRecord {
  id: ImageId
  config: ImageConfig
  /** Chain IDs, bottom first. */
  layers: Digest[]
  size: number
  /** When the image was pulled or loaded (ms). */
  loadedAt: number
  manifest?: Digest
}

export interface LayerRecord {
  chainId: Digest
  diffId: Digest
  parent: Digest | null
  size: number
  /** Digest of the stored tar blob (the diff ID: the tar is stored uncompressed). */
  blob: Digest
}

export interface ImageState {
  images: Map<ImageId, ImageRecord>
  references: Map<string, ImageId>
  layers: Map<Digest, LayerRecord>
}

export const createImageState = (): ImageState => ({ images: new VersionedMap(), references: new VersionedMap(), layers: new Map() })

const lookupKeys = new Map<string, readonly string[]>()

/** The reference-store keys an input can name (its familiar string with the default tag, then its digest form);
 *  none when it is not a valid reference. Memoised: parsing is pure, and `docker ps` asks once per container. */
function referenceKeys(input: string): readonly string[] {
  let keys = lookupKeys.get(input)
  if (keys) return keys
  try {
    const ref = withDefaultTag(parseReference(input))
    keys = ref.digest ? [familiarString(ref), `${familiarName(ref)}@${ref.digest}`] : [familiarString(ref)]
  } catch {
    keys = []
  }
  if (lookupKeys.size > 10_000) lookupKeys.clear()
  lookupKeys.set(input, keys)
  return keys
}

const HEX64 = /^[a-f0-9]{64}$/
const HEX = /^[a-f0-9]+$/

/** Finds an image the way the daemon does: an exact reference (tag added), then a full or prefix ID. */
export function resolveImage(state: ImageState, input: string): ImageRecord | undefined {
  const hex = input.startsWith('sha256:') ? input.slice(7) : input
  if (HEX64.test(hex)) return state.images.get(`sha256:${hex}` as ImageId)
  // A digest names the content whatever the tag says.
  for (const key of referenceKeys(input)) {
    const id = state.references.get(key)
    if (id) return state.images.get(id)
  }
  if (HEX.test(hex)) {
    const matches = [...state.images.keys()].filter((id) => id.slice(7).startsWith(hex))
    if (matches.length === 1) return state.images.get(matches[0])
  }
  return undefined
}

/** The references pointing at an image, tags first, in insertion order. */
export function referencesOf(state: ImageState, id: ImageId): { tags: string[]; digests: string[] } {
  const tags: string[] = []
  const digests: string[] = []
  for (const [ref, image] of state.references) if (image === id) (ref.includes('@') ? digests : tags).push(ref)
  return { tags, digests }
}

export interface ImageRow {
  repository: string
  tag: string
  digest: string
  id: ImageId
  created: number
  size: number
}

/** `docker images` rows: one per tag (or one `<none>` row), newest image first. */
export function imageRows(state: ImageState): ImageRow[] {
  const rows: ImageRow[] = []
  const images = [...state.images.values()].sort((a, b) => Date.parse(b.config.created) - Date.parse(a.config.created) || b.loadedAt - a.loadedAt)
  for (const img of images) {
    const { tags, digests } = referencesOf(state, img.id)
    const created = Date.parse(img.config.created)
    const digestFor = (repo: string) => digests.find((d) => d.startsWith(`${repo}@`))?.split('@')[1] ?? '<none>'
    if (tags.length === 0 && digests.length === 0) {
      rows.push({ repository: '<none>', tag: '<none>', digest: '<none>', id: img.id, created, size: img.size })
    }
    for (const t of tags) {
      const i = t.lastIndexOf(':')
      const repo = t.slice(0, i)
      rows.push({ repository: repo, tag: t.slice(i + 1), digest: digestFor(repo), id: img.id, created, size: img.size })
    }
    for (const d of digests) {
      const repo = d.split('@')[0]
      if (tags.some((t) => t.startsWith(`${repo}:`))) continue
      rows.push({ repository: repo, tag: '<none>', digest: d.split('@')[1], id: img.id, created, size: img.size })
    }
  }
  return rows
}

/** How many images use each layer. */
export function layerRefCounts(state: ImageState): Map<Digest, number> {
  const counts = new Map<Digest, number>()
  for (const img of state.images.values()) for (const l of img.layers) counts.set(l, (counts.get(l) ?? 0) + 1)
  return counts
}

export const shortImageId = (id: ImageId): string => shortId(id)

const fullReferences = new Map<string, string>()

/** reference.String() for a stored familiar reference: "nginx:latest" → "docker.io/library/nginx:latest".
 *  Memoised: a stored reference's full form never changes, and listings ask for every reference each time. */
export function fullReference(familiar: string): string {
  let full = fullReferences.get(familiar)
  if (full !== undefined) return full
  try {
    full = fullString(parseReference(familiar))
  } catch {
    full = familiar
  }
  if (fullReferences.size > 10_000) fullReferences.clear()
  fullReferences.set(familiar, full)
  return full
}

const byImageViews = new WeakMap<ImageState, () => Map<ImageId, string[]>>()

/** Every image's references in the reference store's order, rebuilt only when the references change. */
function referencesByImage(state: ImageState): Map<ImageId, string[]> {
  let view = byImageViews.get(state)
  if (!view) {
    view = derived(() => [state.references], () => {
      const out = new Map<ImageId, string[]>()
      const keyed = [...state.references].map(([r, image]) => [fullReference(r), r, image] as const)
      keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      for (const [, r, image] of keyed) {
        const list = out.get(image)
        if (list) list.push(r)
        else out.set(image, [r])
      }
      return out
    })
    byImageViews.set(state, view)
  }
  return view()
}

/** The references to an image as moby's reference store lists them: sorted by their full string, so
 *  "alpine:latest" < "alpine@sha256:…" < "myalpine:1" (rmi's Untagged lines and inspect's RepoTags follow it). */
export function sortedReferences(state: ImageState, id: ImageId): string[] {
  return [...(referencesByImage(state).get(id) ?? [])]
}

/** The repository part of a stored reference: "nginx:latest" → "nginx", "localhost:5000/app@sha256:…" →
 *  "localhost:5000/app". */
export function repositoryOf(ref: string): string {
  const at = ref.indexOf('@')
  if (at >= 0) return ref.slice(0, at)
  const colon = ref.lastIndexOf(':')
  return colon > ref.lastIndexOf('/') ? ref.slice(0, colon) : ref
}

export const isDigestReference = (ref: string): boolean => ref.includes('@')

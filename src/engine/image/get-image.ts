/** Finding an image the way moby's ImageService.GetImage does, with its errors:
 *    64 hex | sha256:<64 hex>      an image ID, nothing else
 *    name[:tag][@digest]           the reference store (":latest" added), then an ID prefix search
 *  Not found: `No such image: <familiar reference with tag>` (`nosuch` → `nosuch:latest`); a full ID that is not
 *  there keeps its digest form. A name the grammar rejects is the grammar's error (`invalid reference format…`).
 *  Invariant: reads the image state only; never touches storage. */
import { EngineError, isEngineError } from '../engine-error'
import type { ImageId } from '../ids'
import { familiarString, parseReference, withDefaultTag, type Reference } from '../reference/reference'
import type { ImageRecord, ImageState } from './image-store'

const FULL_ID = /^(?:sha256:)?([a-f0-9]{64})$/

export const noSuchImage = (what: string) => new EngineError('not_found', `No such image: ${what}`)

/** ParseAnyReference: an ID, or a normalised name; throws the grammar's error. */
export function parseAnyReference(input: string): { id: ImageId } | { ref: Reference } {
  const m = FULL_ID.exec(input)
  if (m) return { id: `sha256:${m[1]}` as ImageId }
  try {
    return { ref: parseReference(input) }
  } catch (e) {
    if (isEngineError(e)) throw new EngineError('invalid_argument', e.message)
    throw e
  }
}

/** The digest set's prefix lookup: a unique image whose ID (with or without "sha256:") starts with `term`. */
export function searchImageId(state: ImageState, term: string): ImageId | undefined {
  const hex = term.startsWith('sha256:') ? term.slice(7) : term
  if (!/^[a-f0-9]+$/.test(hex)) return undefined
  let found: ImageId | undefined
  for (const id of state.images.keys()) {
    if (!id.slice(7).startsWith(hex)) continue
    if (found) return undefined
    found = id
  }
  return found
}

/** The stored reference key for a parsed reference: "nginx:latest", or "nginx@sha256:…" when it has a digest. */
export function referenceKey(ref: Reference): string {
  const r = withDefaultTag(ref)
  return r.digest ? familiarString({ domain: r.domain, path: r.path, digest: r.digest }) : familiarString(r)
}

export function getImage(state: ImageState, input: string): ImageRecord {
  const any = parseAnyReference(input)
  if ('id' in any) {
    const img = state.images.get(any.id)
    if (!img) throw noSuchImage(any.id)
    return img
  }
  const byRef = state.references.get(referenceKey(any.ref))
  const img = byRef ? state.images.get(byRef) : undefined
  if (img) return img
  const id = searchImageId(state, input)
  if (id) return state.images.get(id)!
  throw noSuchImage(familiarString(withDefaultTag(any.ref)))
}

/** moby's isImageIDPrefix: the input names the image by (a prefix of) its ID rather than by a reference. */
export function isImageIdPrefix(id: ImageId, input: string): boolean {
  return id.startsWith(input) || id.slice(7).startsWith(input)
}

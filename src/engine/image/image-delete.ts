/** docker rmi, the daemon side: moby's ImageService.ImageDelete (daemon/images/image_delete.go, v28.2.2).
 *
 *  By reference (`nginx`, `nginx:1.27`, `nginx@sha256:…`):
 *    1. without force, if this is the image's only tag (digests of the same repository don't count) and any
 *       container uses the image → conflict "unable to remove repository reference … (must force)";
 *    2. untag it; if no other tag of that repository remains, untag that repository's digests too;
 *    3. if references remain, stop there; otherwise delete the image "quietly": a running container (or, without
 *       force, a stopped one) keeps it as a dangling image, silently.
 *  By ID (any prefix): with one repository's references at most, a running container is a hard conflict and,
 *  without force, a stopped one a soft conflict; then every reference is untagged. With several, deleting needs
 *  force ("image is referenced in multiple repositories").
 *  Deleting an image lists `Deleted: <image ID>`, then the chain IDs of the layers released, top first: layers
 *  that no other image and no container holds. A container holds its image's whole chain (its RW layer's parent),
 *  so an image deleted from under a stopped container leaves its layers (see image-meta.ts, "retained").
 *  Invariant: each call commits its changes to storage once, even when it ends in an error after untagging. */
import { EngineError } from '../engine-error'
import type { DaemonContext } from '../daemon/daemon-context'
import type { ContainerRecord } from '../container/container-record'
import { shortId, type Digest, type ImageId } from '../ids'
import { familiarName, familiarString, withDefaultTag } from '../reference/reference'
import { getImage, isImageIdPrefix, parseAnyReference } from './get-image'
import { imageMeta, type ImageMeta } from './image-meta'
import { isDigestReference, repositoryOf, sortedReferences } from './image-store'
import { commitTx, createTx, deleteRow, removeReference, type ImageTx } from './image-tx'

export type DeleteRecord = { untagged: string } | { deleted: Digest }

export interface DeleteOptions {
  force?: boolean
  /** Delete untagged parents too (the CLI's default; --no-prune turns it off). Pulled images have no parents. */
  prune?: boolean
}

const RUNNING = 1
const ACTIVE_REFERENCE = 2
const STOPPED = 4
const HARD = RUNNING
const SOFT = ACTIVE_REFERENCE | STOPPED

interface Conflict { error: EngineError; used: boolean }

const isRunningState = (c: ContainerRecord) => c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting'

function firstContainer(ctx: DaemonContext, match: (c: ContainerRecord) => boolean): ContainerRecord | undefined {
  for (const c of ctx.containers.values()) if (match(c)) return c
  return undefined
}

function conflict(id: ImageId, hard: boolean, used: boolean, message: string): Conflict {
  return { used, error: new EngineError('conflict', `conflict: unable to delete ${shortId(id)} (${hard ? 'cannot be forced' : 'must be forced'}) - ${message}`) }
}

function checkConflict(ctx: DaemonContext, id: ImageId, mask: number): Conflict | undefined {
  if (mask & RUNNING) {
    const c = firstContainer(ctx, (c) => c.image === id && isRunningState(c))
    if (c) return conflict(id, true, true, `image is being used by running container ${shortId(c.id)}`)
  }
  if (mask & ACTIVE_REFERENCE && sortedReferences(ctx.images, id).length > 0) {
    return conflict(id, false, false, 'image is referenced in multiple repositories')
  }
  if (mask & STOPPED) {
    const c = firstContainer(ctx, (c) => c.image === id && !isRunningState(c))
    if (c) return conflict(id, false, true, `image is being used by stopped container ${shortId(c.id)}`)
  }
  return undefined
}

/** All references from one repository, and at most one of them a tag. */
export function isSingleReference(refs: readonly string[]): boolean {
  if (refs.length <= 1) return refs.length === 1
  let single: string | undefined
  const canonical = new Set<string>()
  for (const r of refs) {
    if (isDigestReference(r)) canonical.add(repositoryOf(r))
    else if (single === undefined) single = r
    else return false
  }
  return canonical.size === 1 && canonical.has(repositoryOf(single ?? refs[0]))
}

/** Layers (chain IDs, bottom first) that some image or retained image still holds. */
function heldLayers(ctx: DaemonContext, meta: ImageMeta): Set<Digest> {
  const held = new Set<Digest>()
  for (const img of ctx.images.images.values()) for (const l of img.layers) held.add(l)
  for (const r of meta.retained.values()) for (const l of r.layers) held.add(l)
  return held
}

/** Releases the layers of `chain` that nothing holds any more: rows, blobs no other layer shares, events.
 *  Returns their chain IDs, top first. */
function releaseLayers(ctx: DaemonContext, tx: ImageTx, chain: readonly Digest[]): Digest[] {
  const held = heldLayers(ctx, tx.meta)
  const released: { chainId: Digest; blob: Digest }[] = []
  for (const chainId of [...chain].reverse()) {
    const layer = ctx.images.layers.get(chainId)
    if (held.has(chainId) || !layer) continue
    ctx.images.layers.delete(chainId)
    deleteRow(tx, 'layers', chainId)
    tx.events.push({ module: 'layer', type: 'layer.released', chainId })
    released.push({ chainId, blob: layer.blob })
  }
  const inUse = new Set([...ctx.images.layers.values()].map((l) => l.blob))
  for (const blob of new Set(released.map((r) => r.blob))) if (!inUse.has(blob)) tx.deleteBlobs.push(blob)
  return released.map((r) => r.chainId)
}

/** Removes an image record; its layers go unless held. Returns the Deleted records. */
function removeImage(ctx: DaemonContext, tx: ImageTx, id: ImageId): DeleteRecord[] {
  const img = ctx.images.images.get(id)!
  ctx.images.images.delete(id)
  deleteRow(tx, 'images', id)
  tx.events.push({ module: 'image', type: 'image.deleted', image: id })
  if (tx.meta.lastTagTime.delete(id)) tx.lastTagChanged = true
  if (firstContainer(ctx, (c) => c.image === id)) {
    tx.meta.retained.set(id, { id, layers: [...img.layers], size: img.size, loadedAt: img.loadedAt })
    tx.retainedChanged = true
  } else {
    tx.deleteBlobs.push(id)
  }
  return [{ deleted: id }, ...releaseLayers(ctx, tx, img.layers).map((l) => ({ deleted: l }))]
}

/** Retained images whose containers are all gone release their layers (no output, as when dockerd removes a
 *  container's RW layer); one that is back in the image store (pulled or loaded again) is simply dropped. */
export function sweepRetained(ctx: DaemonContext, tx: ImageTx): void {
  for (const [id, kept] of [...tx.meta.retained]) {
    if (ctx.images.images.has(id)) { tx.meta.retained.delete(id); tx.retainedChanged = true; continue }
    if (firstContainer(ctx, (c) => c.image === id)) continue
    tx.meta.retained.delete(id)
    tx.retainedChanged = true
    tx.deleteBlobs.push(id)
    releaseLayers(ctx, tx, kept.layers)
  }
}

function isDangling(ctx: DaemonContext, id: ImageId): boolean {
  return sortedReferences(ctx.images, id).length === 0
}

function deleteHelper(ctx: DaemonContext, tx: ImageTx, id: ImageId, records: DeleteRecord[], force: boolean, quiet: boolean): void {
  const c = checkConflict(ctx, id, force ? HARD : HARD | SOFT)
  if (c) {
    // After its last reference went, an image that a container uses silently stays (dangling).
    if (quiet && (!isDangling(ctx, id) || c.used)) return
    throw c.error
  }
  for (const r of sortedReferences(ctx.images, id)) {
    removeReference(ctx, tx, r)
    records.push({ untagged: r })
  }
  records.push(...removeImage(ctx, tx, id))
}

/** ImageDelete within a transaction: the records, or the daemon's error (after whatever untagging happened). */
export function deleteImageInTx(ctx: DaemonContext, tx: ImageTx, input: string, options: DeleteOptions = {}): DeleteRecord[] {
  const force = options.force ?? false
  const img = getImage(ctx.images, input)
  const id = img.id
  let refs = sortedReferences(ctx.images, id)
  const records: DeleteRecord[] = []
  let removedRepositoryRef = false
  if (!isImageIdPrefix(id, input)) {
    if (!force && isSingleReference(refs)) {
      const c = firstContainer(ctx, (c) => c.image === id)
      if (c) {
        throw new EngineError('conflict', `conflict: unable to remove repository reference "${input}" (must force) - container ${shortId(c.id)} is using its referenced image ${shortId(id)}`)
      }
    }
    const parsed = parseAnyReference(input)
    if (!('ref' in parsed)) throw new EngineError('not_found', 'reference does not exist')
    const ref = withDefaultTag(parsed.ref)
    const key = ref.digest ? familiarString({ domain: ref.domain, path: ref.path, digest: ref.digest }) : familiarString(ref)
    if (ctx.images.references.get(key) !== id) throw new EngineError('not_found', 'reference does not exist')
    removeReference(ctx, tx, key)
    records.push({ untagged: familiarString(ref) })
    refs = sortedReferences(ctx.images, id)
    if (!ref.digest) {
      const repo = familiarName(ref)
      if (!refs.some((r) => !isDigestReference(r) && repositoryOf(r) === repo)) {
        const remaining: string[] = []
        for (const r of refs) {
          if (isDigestReference(r) && repositoryOf(r) === repo) {
            removeReference(ctx, tx, r)
            records.push({ untagged: r })
          } else remaining.push(r)
        }
        refs = remaining
      }
    }
    if (refs.length > 0) return records
    removedRepositoryRef = true
  } else if (isSingleReference(refs)) {
    const c = checkConflict(ctx, id, force ? HARD : HARD | (SOFT & ~ACTIVE_REFERENCE))
    if (c) throw c.error
    for (const r of refs) {
      removeReference(ctx, tx, r)
      records.push({ untagged: r })
    }
  }
  deleteHelper(ctx, tx, id, records, force, removedRepositoryRef)
  return records
}

export async function deleteImage(ctx: DaemonContext, input: string, options: DeleteOptions = {}): Promise<DeleteRecord[]> {
  const tx = createTx(await imageMeta(ctx))
  try {
    sweepRetained(ctx, tx)
    return deleteImageInTx(ctx, tx, input, options)
  } finally {
    await commitTx(ctx, tx)
  }
}

/** For the container module, after it removes a container: releases the layers of images deleted from under it
 *  (no output, one commit). Otherwise the next rmi or prune does it. */
export async function releaseRetainedImages(ctx: DaemonContext): Promise<void> {
  const tx = createTx(await imageMeta(ctx))
  sweepRetained(ctx, tx)
  await commitTx(ctx, tx)
}

/** docker image prune, the daemon side (moby's ImageService.ImagesPrune, v28.2.2). With dangling=true (the CLI's
 *  default) it removes images with no tag; with dangling=false (-a) every image no container uses. It deletes
 *  through ImageDelete without force, reference by reference (full form), so a container's image survives as a
 *  conflict; conflicts and vanished references are skipped silently. SpaceReclaimed sums the released layers.
 *  Filters: dangling, label, label!, until. dockerd walks images in map order; here newest first. */
import { EngineError, isEngineError } from '../engine-error'
import type { DaemonContext } from '../daemon/daemon-context'
import type { ImageId } from '../ids'
import { filterArgs, filterBool, validateFilters } from '../registry/registry'
import { deleteImageInTx, sweepRetained, type DeleteRecord } from './image-delete'
import { createdSeconds, parseTimestamp } from './image-list'
import { imageMeta } from './image-meta'
import { fullReference, isDigestReference, sortedReferences } from './image-store'
import { commitTx, createTx } from './image-tx'

export interface PruneReport { deleted: DeleteRecord[]; spaceReclaimed: number }

const ACCEPTED = new Set(['dangling', 'label', 'label!', 'until'])

function matchKV(filters: readonly string[], labels: Record<string, string>): boolean {
  return filters.every((f) => {
    const eq = f.indexOf('=')
    return eq < 0 ? f in labels : labels[f.slice(0, eq)] === f.slice(eq + 1)
  })
}

export async function pruneImages(ctx: DaemonContext, filters: readonly string[]): Promise<PruneReport> {
  const args = filterArgs(filters)
  validateFilters(args, ACCEPTED)
  const danglingOnly = filterBool(args, 'dangling', true)
  const untilValues = args.get('until') ?? []
  if (untilValues.length > 1) throw new EngineError('invalid_argument', 'more than one until filter specified')
  const until = untilValues.length ? parseTimestamp(untilValues[0], ctx.clock.now()) / 1000 : undefined

  const candidates: ImageId[] = []
  const byNewest = [...ctx.images.images.values()].sort((a, b) => createdSeconds(b) - createdSeconds(a) || b.loadedAt - a.loadedAt)
  for (const img of byNewest) {
    if (until !== undefined && createdSeconds(img) > until) continue
    const labels = img.config.config?.Labels ?? {}
    if (args.has('label') && !matchKV(args.get('label')!, labels)) continue
    if (args.has('label!') && matchKV(args.get('label!')!, labels)) continue
    candidates.push(img.id)
  }

  const sizes = new Map([...ctx.images.layers.values()].map((l) => [l.chainId as string, l.size]))
  const tx = createTx(await imageMeta(ctx))
  const deleted: DeleteRecord[] = []
  const attempt = (input: string) => {
    try {
      deleted.push(...deleteImageInTx(ctx, tx, input, { prune: true }))
    } catch (e) {
      if (!isEngineError(e)) throw e
    }
  }
  try {
    sweepRetained(ctx, tx)
    for (const id of candidates) {
      if (!ctx.images.images.has(id)) continue
      const refs = sortedReferences(ctx.images, id)
      if (refs.length === 0) { attempt(id.slice(7)); continue }
      const shouldDelete = !danglingOnly || !refs.some((r) => !isDigestReference(r))
      if (shouldDelete) for (const r of refs) attempt(fullReference(r))
    }
  } finally {
    await commitTx(ctx, tx)
  }
  let spaceReclaimed = 0
  for (const d of deleted) if ('deleted' in d) spaceReclaimed += sizes.get(d.deleted) ?? 0
  return { deleted, spaceReclaimed }
}

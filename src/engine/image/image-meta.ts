/** What the image store remembers beyond images, references and layers, kept in the `meta` table:
 *  - when each image was last tagged (inspect's Metadata.LastTagTime; `docker tag` sets it, a pull does not);
 *  - images deleted while a container still uses them ("retained"). dockerd keeps such an image's layers, because
 *    the container's RW layer holds its parent chain; the image itself is gone from `docker images`. The container
 *    can still start: imageOfContainer() finds its layers here.
 *  Loaded from storage on first use (the daemon's boot does not read it), cached per image state.
 *  Invariant: a retained image's layers and config blob stay stored until no container uses it (sweepRetained). */
import type { DaemonContext } from '../daemon/daemon-context'
import type { ContainerRecord } from '../container/container-record'
import type { Digest, ImageId } from '../ids'
import type { ImageConfig } from './image-config'
import type { ImageRecord, ImageState } from './image-store'

export const LAST_TAG_KEY = 'image.last-tag-time'
export const RETAINED_KEY = 'image.retained'

export interface RetainedImage { id: ImageId; layers: Digest[]; size: number; loadedAt: number }

export interface ImageMeta {
  /** image ID → Go RFC3339Nano time */
  lastTagTime: Map<ImageId, string>
  retained: Map<ImageId, RetainedImage>
}

const cache = new WeakMap<ImageState, Promise<ImageMeta>>()

export function imageMeta(ctx: DaemonContext): Promise<ImageMeta> {
  let m = cache.get(ctx.images)
  if (!m) {
    m = ctx.storage.readTable('meta').then((rows) => ({
      lastTagTime: new Map(Object.entries((rows.get(LAST_TAG_KEY)?.value ?? {}) as Record<string, string>)) as Map<ImageId, string>,
      retained: new Map(Object.entries((rows.get(RETAINED_KEY)?.value ?? {}) as Record<string, RetainedImage>)) as Map<ImageId, RetainedImage>,
    }))
    cache.set(ctx.images, m)
  }
  return m
}

export const lastTagRow = (m: ImageMeta) => ({ table: 'meta' as const, key: LAST_TAG_KEY, row: { key: LAST_TAG_KEY, value: Object.fromEntries(m.lastTagTime) } })
export const retainedRow = (m: ImageMeta) => ({ table: 'meta' as const, key: RETAINED_KEY, row: { key: RETAINED_KEY, value: Object.fromEntries(m.retained) } })

/** The image a container was created from, even after `docker rmi -f` removed it from the image store.
 *  For the container module: mount a container's layers with this rather than ctx.images.images.get(c.image). */
export async function imageOfContainer(ctx: DaemonContext, c: Pick<ContainerRecord, 'image'>): Promise<ImageRecord | undefined> {
  const live = ctx.images.images.get(c.image)
  if (live) return live
  const kept = (await imageMeta(ctx)).retained.get(c.image)
  if (!kept) return undefined
  const bytes = await ctx.storage.readBlob(kept.id)
  if (!bytes) return undefined
  const config = JSON.parse(new TextDecoder().decode(bytes)) as ImageConfig
  return { id: kept.id, config, layers: kept.layers, size: kept.size, loadedAt: kept.loadedAt }
}

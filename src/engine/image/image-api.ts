/** The image half of the Engine API (what dockerd serves under /images, /distribution and /system/df): pull,
 *  list, resolve, remove, tag, history, inspect, search, save, load, prune, disk usage.
 *  Every method runs only while the daemon runs (engine.ts guards them).
 *  Everything beyond resolving loads on first use (dynamic import): hashing, tar and gzip stay off the first
 *  prompt's path, and so does the code of commands nobody has typed yet. */
import type { DaemonContext } from '../daemon/daemon-context'
import { lazyModule } from '../lazy-module'
import type { ImageId } from '../ids'
import type { Reference } from '../reference/reference'
import type { SearchEntry } from '../registry/hub-image'
import type { SearchOptions } from '../registry/registry'
import type { PullOptions, PullReport } from '../distribution/pull'
import type { DeleteOptions, DeleteRecord } from './image-delete'
import type { HistoryItem } from './image-history'
import type { ImageSummary, ListOptions } from './image-list'
import type { LoadOptions } from './image-load'
import type { PruneReport } from './image-prune'
import type { DiskUsage } from './disk-usage'
import { imageRows, resolveImage, type ImageRecord, type ImageRow } from './image-store'

export type { DeleteRecord, HistoryItem, ImageSummary, PruneReport, DiskUsage }
export type { LoadMessage } from './image-load'

export interface ImageApi {
  pull(ref: Reference, options?: PullOptions): Promise<PullReport>
  listTags(ref: Reference): Promise<string[]>
  imageRows(): ImageRow[]
  resolveImage(nameOrId: string): ImageRecord | undefined
  images(): ReadonlyMap<ImageId, ImageRecord>
  /** GET /images/json: summaries, newest first (filters: dangling, label, before, since, reference, until). */
  listImages(options?: ListOptions): Promise<ImageSummary[]>
  /** DELETE /images/{name}: the Untagged/Deleted records, or the daemon's error. */
  removeImage(name: string, options?: DeleteOptions): Promise<DeleteRecord[]>
  /** POST /images/{name}/tag */
  tagImage(source: string, target: string): Promise<void>
  /** GET /images/{name}/history, newest step first. */
  imageHistory(name: string): Promise<HistoryItem[]>
  /** GET /images/{name}/json: the raw JSON body (compact, as Go writes it). */
  inspectImage(name: string): Promise<string>
  /** GET /images/search */
  searchImages(term: string, options?: SearchOptions): Promise<SearchEntry[]>
  /** GET /images/get: the tar. */
  saveImages(names: readonly string[]): Promise<Uint8Array>
  /** POST /images/load */
  loadImages(archive: Uint8Array, options?: LoadOptions): Promise<void>
  /** POST /images/prune (`name=value` filters; the CLI sends dangling=true|false). */
  pruneImages(filters: readonly string[]): Promise<PruneReport>
  /** GET /system/df */
  diskUsage(): Promise<DiskUsage>
}

const pullModule = lazyModule(() => import('../distribution/pull'))
const imageListModule = lazyModule(() => import('./image-list'))
const imageDeleteModule = lazyModule(() => import('./image-delete'))
const imageTagModule = lazyModule(() => import('./image-tag'))
const imageHistoryModule = lazyModule(() => import('./image-history'))
const imageInspectModule = lazyModule(() => import('./image-inspect'))
const imageSaveModule = lazyModule(() => import('./image-save'))
const imageLoadModule = lazyModule(() => import('./image-load'))
const imagePruneModule = lazyModule(() => import('./image-prune'))
const diskUsageModule = lazyModule(() => import('./disk-usage'))

export function createImageApi(ctx: DaemonContext): ImageApi {
  return {
    pull: (ref, options) => pullModule().then((m) => m.pullImage(ctx, ref, options)),
    listTags: (ref) => ctx.registry.listTags(ref),
    imageRows: () => imageRows(ctx.images),
    resolveImage: (s) => resolveImage(ctx.images, s),
    images: () => ctx.images.images,
    listImages: (options) => imageListModule().then((m) => m.listImages(ctx, options)),
    removeImage: (name, options) => imageDeleteModule().then((m) => m.deleteImage(ctx, name, options)),
    tagImage: (source, target) => imageTagModule().then((m) => m.tagImage(ctx, source, target)),
    imageHistory: (name) => imageHistoryModule().then((m) => m.imageHistory(ctx, name)),
    inspectImage: (name) => imageInspectModule().then((m) => m.inspectImage(ctx, name)),
    searchImages: (term, options) => ctx.registry.search(term, options),
    saveImages: (names) => imageSaveModule().then((m) => m.saveImages(ctx, names)),
    loadImages: (archive, options) => imageLoadModule().then((m) => m.loadImages(ctx, archive, options)),
    pruneImages: (filters) => imagePruneModule().then((m) => m.pruneImages(ctx, filters)),
    diskUsage: () => diskUsageModule().then((m) => m.diskUsage(ctx)),
  }
}

/** The image half of the Engine API (what dockerd serves under /images and /distribution): pull, list, resolve.
 *  Every method runs only while the daemon runs (engine.ts guards them). */
import type { DaemonContext } from '../daemon/daemon-context'
import type { ImageId } from '../ids'
import type { Reference } from '../reference/reference'
import type { PullOptions, PullReport } from '../distribution/pull'
import { imageRows, resolveImage, type ImageRecord, type ImageRow } from './image-store'

export interface ImageApi {
  pull(ref: Reference, options?: PullOptions): Promise<PullReport>
  listTags(ref: Reference): Promise<string[]>
  imageRows(): ImageRow[]
  resolveImage(nameOrId: string): ImageRecord | undefined
  images(): ReadonlyMap<ImageId, ImageRecord>
}

export function createImageApi(ctx: DaemonContext): ImageApi {
  return {
    pull: (ref, options) => import('../distribution/pull').then((m) => m.pullImage(ctx, ref, options)),
    listTags: (ref) => ctx.registry.listTags(ref),
    imageRows: () => imageRows(ctx.images),
    resolveImage: (s) => resolveImage(ctx.images, s),
    images: () => ctx.images.images,
  }
}

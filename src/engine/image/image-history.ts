/** docker history, the daemon side (moby's ImageService.ImageHistory): the config's history, newest step first.
 *  A step that made a layer has that layer's size (the diff, not the chain); metadata-only steps (empty_layer)
 *  are 0. The top row carries the image ID and tags, older rows `<missing>` (pulled images have no parents). */
import { EngineError } from '../engine-error'
import type { DaemonContext } from '../daemon/daemon-context'
import { getImage } from './get-image'
import { isDigestReference, sortedReferences } from './image-store'

export interface HistoryItem {
  /** The image ID, or `<missing>`. */
  id: string
  /** Seconds since the epoch (Go's Time.Unix()). */
  created: number
  createdBy: string
  tags: string[] | null
  size: number
  comment: string
}

export function imageHistory(ctx: DaemonContext, name: string): HistoryItem[] {
  const img = getImage(ctx.images, name)
  const out: HistoryItem[] = []
  let layer = 0
  for (const h of img.config.history) {
    let size = 0
    if (!h.empty_layer) {
      if (img.layers.length <= layer) throw new EngineError('system', 'too many non-empty layers in History section')
      size = ctx.images.layers.get(img.layers[layer])?.size ?? 0
      layer++
    }
    const t = Date.parse(h.created)
    out.unshift({ id: '<missing>', created: Number.isNaN(t) ? 0 : Math.floor(t / 1000), createdBy: h.created_by ?? '', tags: null, size, comment: h.comment ?? '' })
  }
  if (out.length > 0) {
    out[0].id = img.id
    const tags = sortedReferences(ctx.images, img.id).filter((r) => !isDigestReference(r))
    out[0].tags = tags.length ? tags : null
  }
  return out
}

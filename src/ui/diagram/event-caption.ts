/** What the diagram says about an engine event: which module lights up and the caption's i18n key + values. */
import type { EngineEvent, EngineModule } from '../../engine/events'
import { shortId } from '../../engine/ids'
import { humanSize } from '../../programs/docker/format/units'

export interface Caption {
  module: EngineModule
  key: string
  values: Record<string, string | number>
}

export function captionOf(e: EngineEvent): Caption {
  const c = (key: string, values: Record<string, string | number> = {}): Caption => ({ module: e.module, key: `diagram.caption.${key}`, values })
  switch (e.type) {
    case 'manifest.fetched': return c(e.mirror ? 'manifest.fetched.mirror' : 'manifest.fetched', { ref: e.ref })
    case 'layer.downloaded': return c(e.mirror ? 'layer.downloaded.mirror' : 'layer.downloaded', { index: e.index, count: e.count })
    case 'layer.registered': return c('layer.registered', { id: shortId(e.chainId), size: humanSize(e.bytes) })
    case 'layer.released': return c('layer.released', { id: shortId(e.chainId) })
    case 'image.stored': return c('image.stored', { id: shortId(e.image) })
    case 'image.deleted': return c('image.deleted', { id: shortId(e.image) })
    case 'tag.added': return c('tag.added', { ref: shortRef(e.ref), id: shortId(e.image) })
    case 'tag.removed': return c('tag.removed', { ref: shortRef(e.ref) })
    case 'rw.mounted': return c('rw.mounted', { layers: e.layers, id: shortId(e.id) })
    case 'file.copied-up': return c('file.copied-up', { path: e.path, id: shortId(e.id) })
    case 'container.created': return c('container.created', { name: e.name })
    case 'container.started': return c('container.started', { id: shortId(e.id) })
    case 'container.exited': return c('container.exited', { id: shortId(e.id), code: e.exitCode })
    case 'container.removed': return c('container.removed', { id: shortId(e.id) })
    case 'container.paused': return c('container.paused', { id: shortId(e.id) })
    case 'container.unpaused': return c('container.unpaused', { id: shortId(e.id) })
    case 'container.renamed': return c('container.renamed', { id: shortId(e.id), name: e.name })
    case 'daemon.started': return c('daemon.started')
    case 'daemon.stopped': return c('daemon.stopped')
  }
}

/** nginx@sha256:3e95ffbd020c… — a digest reference cut to the 12 characters people compare. */
const shortRef = (ref: string): string => ref.replace(/@sha256:([0-9a-f]{12})[0-9a-f]{52}$/, '@sha256:$1…')

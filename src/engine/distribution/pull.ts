/** docker pull, the daemon side: fetch the manifest from the registry (or a mirror), play the download/extract
 *  timeline on the clock while reporting progress, then register layers, the image and its references in one
 *  commit. Returns a report; the CLI turns reports and progress into Docker's text. */
import { asImageId, shortId, type Digest, type ImageId } from '../ids'
import { chainIds } from '../image/image-config'
import { familiarName, familiarString, withDefaultTag, type Reference } from '../reference/reference'
import type { ImageRecord, LayerRecord } from '../image/image-store'
import type { DaemonContext } from '../daemon/daemon-context'
import type { EngineEvent } from '../events'
import type { StorageChange } from '../storage/storage'
import { bandwidthFor, schedulePull, type ProgressMessage } from './pull-schedule'

export interface PullReport {
  /** The reference pulled, normalised (tag added when neither tag nor digest was given). */
  ref: Reference
  image: ImageId
  /** The index digest (the `Digest:` line). */
  digest: Digest
  upToDate: boolean
}

export interface PullOptions {
  onProgress?: (m: ProgressMessage) => void
}

export async function pullImage(ctx: DaemonContext, input: Reference, options: PullOptions = {}): Promise<PullReport> {
  const ref = withDefaultTag(input)
  const emit = options.onProgress ?? (() => {})
  const remote = await ctx.registry.getImage(ref)
  const mirror = ref.domain === 'docker.io' ? ctx.config.registryMirrors[0] : undefined
  const id = asImageId(remote.configDigest)
  const tagKey = familiarString(ref)
  const digestKey = `${familiarName(ref)}@${remote.indexDigest}`
  const events: EngineEvent[] = [{ module: 'registry', type: 'manifest.fetched', ref: tagKey, mirror }]

  emit({ id: ref.digest ?? ref.tag, status: `Pulling from ${ref.path}` })
  const chains = chainIds(remote.layers.map((l) => l.diffId))
  const present = chains.map((c) => ctx.images.layers.has(c))
  const already = ctx.images.images.has(id)
  if (!already) {
    const timeline = schedulePull(
      remote.layers.map((l, i) => ({ id: shortId(l.blob), compressed: l.compressed, present: present[i] })),
      bandwidthFor(remote.layers.reduce((n, l) => n + l.compressed, 0), mirror !== undefined),
    )
    let now = 0
    for (const m of timeline) {
      if (m.at > now) { await ctx.clock.sleep(m.at - now); now = m.at }
      emit({ id: m.id, status: m.status, progress: m.progress ?? { current: 0, total: 0 } })
      if (m.done === 'download' && m.layer !== undefined) {
        const l = remote.layers[m.layer]
        ctx.events.emit({ module: 'distribution', type: 'layer.downloaded', digest: l.blob, bytes: l.compressed, index: m.layer + 1, count: remote.layers.length, mirror })
      }
    }
  }
  emit({ status: `Digest: ${remote.indexDigest}` })

  const change: { blobs: { digest: Digest; bytes: Uint8Array }[]; put: NonNullable<StorageChange['put']>[number][] } = { blobs: [], put: [] }
  remote.layers.forEach((l, i) => {
    if (present[i]) return
    const rec: LayerRecord = { chainId: chains[i], diffId: l.diffId, parent: i ? chains[i - 1] : null, size: l.size, blob: l.diffId }
    change.blobs.push({ digest: l.diffId, bytes: l.tar })
    change.put.push({ table: 'layers', key: rec.chainId, row: { ...rec } })
    ctx.images.layers.set(rec.chainId, rec)
    ctx.cacheLayerTree(rec.chainId, l.tree)
    events.push({ module: 'layer', type: 'layer.registered', chainId: rec.chainId, bytes: l.size })
  })
  const previous = ctx.images.references.get(tagKey)
  const upToDate = already && (ref.digest !== undefined || previous === id)
  if (!already) {
    const record: ImageRecord = { id, config: remote.config, layers: chains, size: remote.layers.reduce((n, l) => n + l.size, 0), loadedAt: ctx.clock.now(), manifest: remote.manifestDigest }
    ctx.images.images.set(id, record)
    change.blobs.push({ digest: id, bytes: new TextEncoder().encode(remote.configJson) })
    change.put.push({ table: 'images', key: id, row: { id, config: id, manifest: remote.manifestDigest, layers: chains, size: record.size, loadedAt: record.loadedAt } })
    events.push({ module: 'image', type: 'image.stored', image: id })
  }
  const refs = ref.digest ? [digestKey] : [tagKey, digestKey]
  for (const r of refs) {
    if (ctx.images.references.get(r) === id) continue
    ctx.images.references.set(r, id)
    change.put.push({ table: 'references', key: r, row: { ref: r, image: id } })
    events.push({ module: 'reference', type: 'tag.added', ref: r, image: id })
  }
  await ctx.commit(change, events)
  return { ref, image: id, digest: remote.indexDigest, upToDate }
}


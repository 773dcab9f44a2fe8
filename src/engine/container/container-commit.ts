/** docker commit, the daemon side: the container's RW tree becomes a new layer (a tar of exactly the upper tree,
 *  whiteouts and all), on top of the image's layers; the config is the container's (with -c changes), the history
 *  gains one entry; layer, image and tag land in one storage commit. `commitImage` is the image-store half, usable
 *  by anything that makes an image from a parent and one new tree. */
import { EngineError } from '../engine-error'
import { asImageId, type Digest, type ImageId } from '../ids'
import { digestOf } from '../digest'
import { chainIds, type ImageConfig } from '../image/image-config'
import type { ImageRecord, LayerRecord } from '../image/image-store'
import { familiarString, parseReference, withDefaultTag } from '../reference/reference'
import { treeSize, type DirNode } from '../layer/file-tree'
import type { ImageConfigSpec } from '../registry/hub-image'
import type { DaemonContext } from '../daemon/daemon-context'
import type { EngineEvent } from '../events'
import type { StorageChange } from '../storage/storage'
import type { ContainerRecord } from './container-record'
import { ENGINE_VERSION } from '../daemon/version-info'

export interface CommitImageRequest {
  parent: ImageRecord
  /** The new layer's tree (whiteouts allowed). */
  tree: DirNode
  config: ImageConfigSpec
  createdBy: string
  comment?: string
  author?: string
  /** A reference to tag the new image with (`mynginx:v2`); none = dangling. */
  ref?: string
}

/** Adds an image made of `parent`'s layers plus one new layer; returns its ID. One storage commit. */
export async function commitImage(ctx: DaemonContext, r: CommitImageRequest): Promise<ImageId> {
  const { treeToTar } = await import('../layer/layer-blob')
  const tar = await treeToTar(r.tree)
  const diffId = digestOf(tar)
  const now = ctx.clock.now()
  const created = new Date(now).toISOString().replace(/\.(\d{3})Z$/, (_m, ms: string) => `.${ms}${String(now % 997).padStart(6, '0')}Z`)
  const parentConfig = r.parent.config
  const diffIds = [...parentConfig.rootfs.diff_ids, diffId]
  const config: ImageConfig = {
    architecture: 'amd64',
    ...(r.author ? { author: r.author } : {}),
    config: r.config,
    created,
    ...({ docker_version: ENGINE_VERSION.version } as object),
    history: [...parentConfig.history, { created, ...(r.author ? { author: r.author } : {}), created_by: r.createdBy, ...(r.comment ? { comment: r.comment } : {}) }],
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: diffIds },
  } as ImageConfig
  const configJson = JSON.stringify(config)
  const id = asImageId(digestOf(configJson))
  const chains = chainIds(diffIds)
  const chainId = chains[chains.length - 1]
  const size = treeSize(r.tree)
  const events: EngineEvent[] = []
  const change: { blobs: { digest: Digest; bytes: Uint8Array }[]; put: NonNullable<StorageChange['put']>[number][] } = { blobs: [], put: [] }
  if (!ctx.images.layers.has(chainId)) {
    const layer: LayerRecord = { chainId, diffId, parent: chains[chains.length - 2] ?? null, size, blob: diffId }
    ctx.images.layers.set(chainId, layer)
    ctx.cacheLayerTree(chainId, r.tree)
    change.blobs.push({ digest: diffId, bytes: tar })
    change.put.push({ table: 'layers', key: chainId, row: { ...layer } })
    events.push({ module: 'layer', type: 'layer.registered', chainId, bytes: size })
  }
  const record: ImageRecord = { id, config, layers: chains, size: r.parent.size + size, loadedAt: now }
  ctx.images.images.set(id, record)
  change.blobs.push({ digest: id, bytes: new TextEncoder().encode(configJson) })
  change.put.push({ table: 'images', key: id, row: { id, config: id, layers: chains, size: record.size, loadedAt: now } })
  events.push({ module: 'image', type: 'image.stored', image: id })
  if (r.ref) {
    const key = familiarString(withDefaultTag(parseReference(r.ref)))
    ctx.images.references.set(key, id)
    change.put.push({ table: 'references', key, row: { ref: key, image: id } })
    events.push({ module: 'reference', type: 'tag.added', ref: key, image: id })
  }
  await ctx.commit(change, events)
  return id
}

/** Dockerfile instructions `docker commit -c` accepts, applied to a config. */
const CHANGE = /^(CMD|ENTRYPOINT|ENV|EXPOSE|LABEL|ONBUILD|USER|VOLUME|WORKDIR|STOPSIGNAL)\s+(.*)$/is

function applyChange(config: ImageConfigSpec, change: string): void {
  const m = CHANGE.exec(change.trim())
  if (!m) {
    const word = change.trim().split(/\s+/)[0] ?? ''
    throw new EngineError('invalid_argument', `${word.toLowerCase()} is not a valid change command`)
  }
  const [, keyword, rest] = m
  const list = (text: string): string[] => {
    if (text.trim().startsWith('[')) { try { return JSON.parse(text) as string[] } catch { /* shell form */ } }
    return ['/bin/sh', '-c', text]
  }
  switch (keyword.toUpperCase()) {
    case 'CMD': config.Cmd = list(rest); break
    case 'ENTRYPOINT': config.Entrypoint = list(rest); break
    case 'ENV': {
      const pairs = rest.includes('=') ? rest.match(/(\S+?)=("[^"]*"|\S*)/g) ?? [] : [rest.replace(/\s+/, '=')]
      const env = [...(config.Env ?? [])]
      for (const p of pairs) {
        const k = p.slice(0, p.indexOf('='))
        const v = p.slice(p.indexOf('=') + 1).replace(/^"|"$/g, '')
        const i = env.findIndex((e) => e.startsWith(`${k}=`))
        if (i >= 0) env[i] = `${k}=${v}`
        else env.push(`${k}=${v}`)
      }
      config.Env = env
      break
    }
    case 'EXPOSE': {
      const ports = { ...(config.ExposedPorts ?? {}) }
      for (const p of rest.split(/\s+/)) if (p) ports[p.includes('/') ? p : `${p}/tcp`] = {}
      config.ExposedPorts = ports
      break
    }
    case 'LABEL': {
      const labels = { ...(config.Labels ?? {}) }
      for (const p of rest.match(/(\S+?)=("[^"]*"|\S*)/g) ?? []) labels[p.slice(0, p.indexOf('='))] = p.slice(p.indexOf('=') + 1).replace(/^"|"$/g, '')
      config.Labels = labels
      break
    }
    case 'USER': config.User = rest.trim(); break
    case 'WORKDIR': config.WorkingDir = rest.trim(); break
    case 'STOPSIGNAL': config.StopSignal = rest.trim(); break
    case 'VOLUME': {
      const vols = { ...(config.Volumes ?? {}) }
      for (const v of list(rest).length && rest.trim().startsWith('[') ? list(rest) : rest.split(/\s+/)) if (v) vols[v] = {}
      config.Volumes = vols
      break
    }
    default: break
  }
}

export interface CommitOptions { ref?: string; author?: string; message?: string; changes?: string[] }

/** The container's config as the new image's config (moby merges the container's Config over the image's). */
export function commitConfig(c: ContainerRecord, image: ImageRecord, changes: readonly string[]): ImageConfigSpec {
  const base = image.config.config
  const config: ImageConfigSpec = {
    ...(c.config.user ? { User: c.config.user } : base.User ? { User: base.User } : {}),
    ...(c.config.exposedPorts.length ? { ExposedPorts: Object.fromEntries(c.config.exposedPorts.map((p) => [p, {}])) } : {}),
    Env: [...c.config.env],
    Entrypoint: c.config.entrypoint,
    Cmd: c.config.cmd,
    ...(c.config.volumes?.length ? { Volumes: Object.fromEntries(c.config.volumes.map((v) => [v, {}])) } : {}),
    ...(c.config.workingDir ? { WorkingDir: c.config.workingDir } : {}),
    ...(Object.keys(c.config.labels).length ? { Labels: { ...c.config.labels } } : {}),
    ...(c.config.stopSignal ? { StopSignal: c.config.stopSignal } : {}),
  }
  for (const ch of changes) applyChange(config, ch)
  return config
}

export async function commitContainer(ctx: DaemonContext, c: ContainerRecord, o: CommitOptions): Promise<ImageId> {
  const image = ctx.images.images.get(c.image)
  if (!image) throw new EngineError('not_found', `No such image: ${c.image}`)
  if (o.ref) {
    const ref = parseReference(o.ref)
    if (ref.digest) throw new EngineError('invalid_argument', 'cannot commit to digest reference')
  }
  const config = commitConfig(c, image, o.changes ?? [])
  return commitImage(ctx, {
    parent: image, tree: structuredClone(c.rw), config, createdBy: (c.config.cmd ?? []).join(' '),
    comment: o.message, author: o.author, ref: o.ref,
  })
}

/** docker load, the daemon side (moby's tarexport Load, v28.2.2). The archive (optionally gzipped) is untarred;
 *  manifest.json names each image's config and layer files (Docker ≥ 25 `blobs/sha256/…` or the older
 *  `<id>/layer.tar` layout, symlinks followed). Per image: every layer not already stored is read (progress
 *  "Loading layer", keyed by the diff ID's 12 hex), checked against the config's diff ID and registered; the config
 *  becomes the image (its ID is the config's sha256, so a save/load round trip keeps the ID); each RepoTag is
 *  pointed at it, announcing when that takes the tag from another image. With no tag at all (for the last
 *  image, as moby counts), "Loaded image ID:" lines follow instead.
 *  Errors are moby's, with /var/lib/docker/tmp/docker-import-<n> for its temporary directory.
 *  Invariant: everything lands in one storage commit, after the whole archive is checked. */
import { gunzipSync } from 'fflate'
import { unpackTar } from 'modern-tar'
import { EngineError } from '../engine-error'
import type { DaemonContext } from '../daemon/daemon-context'
import { digestOf } from '../digest'
import { asImageId, shortId, type ImageId } from '../ids'
import { treeSize, type DirNode } from '../layer/file-tree'
import { tarToTree } from '../layer/layer-blob'
import { randomInt } from '../random'
import { familiarString, parseReference } from '../reference/reference'
import { chainIds, type ImageConfig } from './image-config'
import { imageMeta } from './image-meta'
import type { ImageRecord, LayerRecord } from './image-store'
import { commitTx, createTx, putRow, setReference, type ImageTx } from './image-tx'

export type LoadMessage =
  | { kind: 'progress'; id: string; current: number; total: number }
  | { kind: 'renamed'; ref: string; previous: ImageId }
  | { kind: 'loaded'; ref: string }
  | { kind: 'loadedId'; id: ImageId }

export interface LoadOptions {
  /** No progress messages (the CLI asks for this when its stdout is not a terminal, or with -q). */
  quiet?: boolean
  onMessage?: (m: LoadMessage) => void
}

interface ManifestItem { Config?: string; RepoTags?: string[] | null; Layers?: string[] }

const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b

/** What Go's archive/tar would say about these bytes: nothing when they are a well-formed archive. */
export function tarProblem(b: Uint8Array): string | undefined {
  let off = 0
  while (off < b.length) {
    if (b.length - off < 512) return 'unexpected EOF'
    const block = b.subarray(off, off + 512)
    if (block.every((x) => x === 0)) return undefined
    let sum = 0
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : block[i]
    const stored = parseInt(new TextDecoder().decode(block.subarray(148, 156)).replace(/[\0 ]/g, ''), 8)
    if (stored !== sum) return 'archive/tar: invalid tar header'
    const sizeField = block.subarray(124, 136)
    let size = 0
    if (sizeField[0] & 0x80) for (let i = 1; i < 12; i++) size = size * 256 + sizeField[i]
    else size = parseInt(new TextDecoder().decode(sizeField).replace(/[\0 ]/g, '') || '0', 8)
    off += 512 + Math.ceil(size / 512) * 512
    if (off > b.length) return 'unexpected EOF'
  }
  return undefined
}

/** Untars into path → bytes, resolving symlinks (the legacy layout links <v1 id>/layer.tar to ../<diff>.tar). */
async function untar(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const problem = tarProblem(bytes)
  if (problem) throw new EngineError('system', problem)
  const files = new Map<string, Uint8Array>()
  const links = new Map<string, string>()
  const norm = (p: string) => {
    const out: string[] = []
    for (const c of p.split('/')) { if (c === '' || c === '.') continue; if (c === '..') out.pop(); else out.push(c) }
    return out.join('/')
  }
  for (const e of await unpackTar(bytes)) {
    const name = norm(e.header.name)
    if (e.header.type === 'symlink' || e.header.type === 'link') {
      const target = e.header.linkname ?? ''
      links.set(name, norm(e.header.type === 'link' || target.startsWith('/') ? target : `${name.split('/').slice(0, -1).join('/')}/${target}`))
    } else if (e.header.type === 'file' || e.header.type === undefined) files.set(name, e.data ?? new Uint8Array())
  }
  for (const [name, target] of links) { const b = files.get(target); if (b) files.set(name, b) }
  return files
}

export async function loadImages(ctx: DaemonContext, archive: Uint8Array, options: LoadOptions = {}): Promise<void> {
  const tmp = `/var/lib/docker/tmp/docker-import-${String(1_000_000_000 + randomInt(ctx.random, 3_000_000_000))}`
  const missing = (path: string) => new EngineError('system', `open ${tmp}/${path}: no such file or directory`)
  let bytes = archive
  if (isGzip(bytes)) {
    try { bytes = gunzipSync(bytes) } catch { throw new EngineError('system', 'unexpected EOF') }
  }
  const files = await untar(bytes)
  const manifestBytes = files.get('manifest.json')
  // Without manifest.json moby tries the pre-1.10 layout, which ends with reading "repositories".
  if (!manifestBytes) {
    if (!files.has('repositories')) throw missing('repositories')
    throw new EngineError('system', 'this archive uses the pre-1.10 image layout, which this daemon cannot load')
  }
  let manifest: ManifestItem[] | null
  try {
    manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as ManifestItem[] | null
  } catch {
    throw new EngineError('system', 'invalid character in manifest.json')
  }
  if (manifest === null) throw new EngineError('system', 'invalid manifest, manifest cannot be null (but can be [])')

  const tx = createTx(await imageMeta(ctx))
  try {
    await loadManifest(ctx, tx, files, manifest, options, missing)
  } finally {
    await commitTx(ctx, tx)
  }
}

async function loadManifest(
  ctx: DaemonContext, tx: ImageTx, files: Map<string, Uint8Array>, manifest: ManifestItem[], options: LoadOptions,
  missing: (path: string) => EngineError,
): Promise<void> {
  const emit = options.onMessage ?? (() => {})
  const decoder = new TextDecoder()
  const idLines: ImageId[] = []
  let refCount = 0
  for (const item of manifest) {
    const configBytes = files.get(item.Config ?? '')
    if (!configBytes) throw missing(item.Config ?? '')
    let config: ImageConfig
    try {
      config = JSON.parse(decoder.decode(configBytes)) as ImageConfig
    } catch {
      throw new EngineError('system', 'invalid image JSON')
    }
    const os = config.os || 'linux'
    if (os !== 'linux') throw new EngineError('system', `cannot load ${os} image on linux`)
    const diffIds = config.rootfs?.diff_ids ?? []
    const paths = item.Layers ?? []
    if (paths.length !== diffIds.length) throw new EngineError('system', `invalid manifest, layers length mismatch: expected ${paths.length}, got ${diffIds.length}`)
    const chains = chainIds(diffIds)
    let size = 0
    for (let i = 0; i < diffIds.length; i++) {
      const existing = ctx.images.layers.get(chains[i])
      if (existing) { size += existing.size; continue }
      let tar = files.get(paths[i])
      if (!tar) throw missing(paths[i])
      if (isGzip(tar)) tar = gunzipSync(tar)
      const tree: DirNode = await tarToTree(tar)
      const layerSize = treeSize(tree)
      if (!options.quiet) await playProgress(ctx, shortId(diffIds[i]), layerSize, emit)
      const actual = digestOf(tar)
      if (actual !== diffIds[i]) throw new EngineError('system', `invalid diffID for layer ${i}: expected "${diffIds[i]}", got "${actual}"`)
      const rec: LayerRecord = { chainId: chains[i], diffId: diffIds[i], parent: i ? chains[i - 1] : null, size: layerSize, blob: diffIds[i] }
      ctx.images.layers.set(rec.chainId, rec)
      ctx.cacheLayerTree(rec.chainId, tree)
      tx.blobs.push({ digest: rec.diffId, bytes: tar })
      putRow(tx, { table: 'layers', key: rec.chainId, row: { ...rec } })
      tx.events.push({ module: 'layer', type: 'layer.registered', chainId: rec.chainId, bytes: layerSize })
      size += layerSize
    }
    const id = asImageId(digestOf(configBytes))
    if (!ctx.images.images.has(id)) {
      const record: ImageRecord = { id, config, layers: chains, size, loadedAt: ctx.clock.now() }
      ctx.images.images.set(id, record)
      tx.blobs.push({ digest: id, bytes: configBytes })
      putRow(tx, { table: 'images', key: id, row: { id, config: id, layers: chains, size, loadedAt: record.loadedAt } })
      tx.events.push({ module: 'image', type: 'image.stored', image: id })
    }
    idLines.push(id)
    refCount = 0
    for (const repoTag of item.RepoTags ?? []) {
      let ref
      try {
        ref = parseReference(repoTag)
      } catch (e) {
        throw new EngineError('system', (e as Error).message)
      }
      if (!ref.tag || ref.digest) throw new EngineError('system', `invalid tag "${repoTag}"`)
      const key = familiarString(ref)
      const previous = ctx.images.references.get(key)
      if (previous && previous !== id) emit({ kind: 'renamed', ref: key, previous })
      setReference(ctx, tx, key, id)
      emit({ kind: 'loaded', ref: key })
      refCount++
    }
  }
  if (refCount === 0) for (const id of idLines) emit({ kind: 'loadedId', id })
}

/** The progress reader's updates while a layer file is read (about 200 MB/s, a few updates per layer). */
async function playProgress(ctx: DaemonContext, id: string, total: number, emit: (m: LoadMessage) => void): Promise<void> {
  const steps = total >= 512 * 1024 ? 8 : 1
  const duration = Math.max(20, Math.round(total / 200_000))
  for (let s = 1; s <= steps; s++) {
    await ctx.clock.sleep(duration / steps)
    emit({ kind: 'progress', id, current: Math.round((total * s) / steps), total })
  }
}

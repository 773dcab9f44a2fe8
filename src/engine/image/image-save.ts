/** docker save, the daemon side (moby's tarexport Save, v28.2.2): a real tar in the Docker ≥ 25 layout, which is
 *  both an OCI image layout and a docker-archive:
 *    blobs/sha256/<hex>   every layer tar (by diff ID, uncompressed), each image's config, each image's OCI
 *                         manifest, and the legacy per-layer v1 JSON documents
 *    index.json           OCI index: one manifest descriptor per tag (io.containerd.image.name + ref.name)
 *    manifest.json        [{Config, RepoTags, Layers, LayerSources}] — what `docker load` reads
 *    oci-layout           {"imageLayoutVersion": "1.0.0"}
 *    repositories         legacy {name: {tag: top layer diff ID}} (only when something is tagged)
 *  Names: `nginx` saves every tag of the repository; `nginx:1.27` one tag; an ID or digest the image, untagged.
 *  Errors: `No such image: <name>` (names and IDs the store cannot find), `reference does not exist` (a tag). */
import { packTar, type TarEntry } from 'modern-tar'
import { EngineError } from '../engine-error'
import type { DaemonContext } from '../daemon/daemon-context'
import { digestOf } from '../digest'
import type { Digest, ImageId } from '../ids'
import { familiarName, familiarString, fullString, parseReference, withDefaultTag, type Reference } from '../reference/reference'
import { noSuchImage, parseAnyReference, referenceKey, searchImageId } from './get-image'
import { goJson, sortedKeys } from './go-json'
import { MEDIA } from './image-config'
import { isDigestReference, repositoryOf, sortedReferences } from './image-store'
import { legacyLayerConfigs } from './legacy-v1'

const LAYER_TAR = 'application/vnd.oci.image.layer.v1.tar'
const encoder = new TextEncoder()

interface Descriptor { id: ImageId; tags: Reference[] }

/** parseNames: which images to save, with the tags each goes under, in the order first named. */
export function parseSaveNames(ctx: DaemonContext, names: readonly string[]): Descriptor[] {
  const out = new Map<ImageId, Descriptor>()
  const add = (id: ImageId, ref?: Reference) => {
    if (!ctx.images.images.has(id)) throw noSuchImage(id)
    let d = out.get(id)
    if (!d) { d = { id, tags: [] }; out.set(id, d) }
    if (!ref || ref.digest) return
    const tagged = withDefaultTag(ref)
    if (!d.tags.some((t) => fullString(t) === fullString(tagged))) d.tags.push(tagged)
  }
  for (const name of names) {
    const any = parseAnyReference(name)
    if ('id' in any) { add(any.id); continue }
    const ref = any.ref
    if (familiarName(ref) === 'sha256') {
      const id = searchImageId(ctx.images, name)
      if (!id) throw noSuchImage(name)
      add(id)
      continue
    }
    if (!ref.tag && !ref.digest) {
      const repo = familiarName(ref)
      const assocs: [string, ImageId][] = []
      for (const id of ctx.images.images.keys()) for (const r of sortedReferences(ctx.images, id)) if (repositoryOf(r) === repo) assocs.push([r, id])
      assocs.sort((a, b) => (fullString(parseReference(a[0])) < fullString(parseReference(b[0])) ? -1 : 1))
      for (const [r, id] of assocs) add(id, isDigestReference(r) ? undefined : parseReference(r))
      if (assocs.length === 0) {
        const id = searchImageId(ctx.images, name)
        if (!id) throw noSuchImage(name)
        add(id)
      }
      continue
    }
    const id = ctx.images.references.get(referenceKey(ref))
    if (!id) throw new EngineError('not_found', 'reference does not exist')
    add(id, ref)
  }
  return [...out.values()]
}

const blobPath = (d: Digest) => `blobs/sha256/${d.slice(7)}`

export async function saveImages(ctx: DaemonContext, names: readonly string[]): Promise<Uint8Array> {
  const images = parseSaveNames(ctx, names)
  const blobs = new Map<string, { bytes: Uint8Array; mtime: number }>()
  const putBlob = (d: Digest, bytes: Uint8Array, mtime: number) => { if (!blobs.has(d)) blobs.set(d, { bytes, mtime }) }
  const manifest: Record<string, unknown>[] = []
  const index: Record<string, unknown>[] = []
  const repositories: Record<string, Record<string, string>> = {}
  let blobsDirTime = 0

  for (const { id, tags } of images) {
    const img = ctx.images.images.get(id)!
    const configBytes = await ctx.storage.readBlob(id)
    if (!configBytes) throw new EngineError('system', `failed to get digest ${id}: content not found`)
    const config = JSON.parse(new TextDecoder().decode(configBytes)) as Record<string, unknown>
    if (img.layers.length === 0) throw new EngineError('system', 'empty export - not implemented')
    const created = Date.parse(img.config.created)
    const ts = Number.isNaN(created) ? 0 : created
    const layerSources: Record<string, Record<string, unknown>> = {}
    const layers: Record<string, unknown>[] = []
    const diffIds: Digest[] = []
    for (const chainId of img.layers) {
      const layer = ctx.images.layers.get(chainId)
      if (!layer) throw new EngineError('system', `layer does not exist: ${chainId}`)
      const tar = await ctx.storage.readBlob(layer.blob)
      if (!tar) throw new EngineError('system', `missing layer content: ${layer.blob}`)
      putBlob(layer.diffId, tar, ts)
      diffIds.push(layer.diffId)
      layerSources[layer.diffId] = { mediaType: LAYER_TAR, size: tar.length, digest: layer.diffId }
      layers.push({ mediaType: LAYER_TAR, digest: layer.diffId, size: tar.length })
    }
    for (const legacy of legacyLayerConfigs(config, img.layers)) putBlob(digestOf(legacy.json), encoder.encode(legacy.json), ts)
    putBlob(id, configBytes, ts)
    blobsDirTime = ts
    const ociManifest = goJson({
      schemaVersion: 2, mediaType: MEDIA.manifest,
      config: { mediaType: MEDIA.config, digest: id, size: configBytes.length },
      layers,
    })
    const manifestDigest = digestOf(ociManifest)
    putBlob(manifestDigest, encoder.encode(ociManifest), 0)
    const untagged = { mediaType: MEDIA.manifest, digest: manifestDigest, size: encoder.encode(ociManifest).length }
    const repoTags: string[] = []
    for (const t of tags) {
      const name = familiarName(t)
      repositories[name] = { ...(repositories[name] ?? {}), [t.tag!]: diffIds[diffIds.length - 1].slice(7) }
      repoTags.push(familiarString(t))
      index.push({ ...untagged, annotations: { 'io.containerd.image.name': fullString(t), 'org.opencontainers.image.ref.name': t.tag } })
    }
    // moby checks the whole index, not this image: only a first untagged image gets a descriptor.
    if (index.length === 0) index.push(untagged)
    manifest.push({
      Config: blobPath(id),
      RepoTags: repoTags.length ? repoTags : null,
      Layers: diffIds.map(blobPath),
      LayerSources: sortedKeys(layerSources),
    })
  }

  const file = (name: string, body: Uint8Array | string, mtime = 0): TarEntry => {
    const bytes = typeof body === 'string' ? encoder.encode(body) : body
    return { header: { name, size: bytes.length, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: new Date(Math.floor(mtime / 1000) * 1000) }, body: bytes }
  }
  const dir = (name: string, mtime: number): TarEntry => ({ header: { name, size: 0, type: 'directory', mode: 0o755, uid: 0, gid: 0, mtime: new Date(Math.floor(mtime / 1000) * 1000) } })
  const entries: TarEntry[] = [dir('blobs/', blobsDirTime), dir('blobs/sha256/', 0)]
  for (const d of [...blobs.keys()].sort()) entries.push(file(blobPath(d as Digest), blobs.get(d)!.bytes, blobs.get(d)!.mtime))
  entries.push(file('index.json', goJson({ schemaVersion: 2, mediaType: MEDIA.index, manifests: index })))
  entries.push(file('manifest.json', `${goJson(manifest)}\n`))
  entries.push(file('oci-layout', '{"imageLayoutVersion": "1.0.0"}'))
  if (Object.keys(repositories).length) {
    const repos = sortedKeys(Object.fromEntries(Object.entries(repositories).map(([k, v]) => [k, sortedKeys(v)])))
    entries.push(file('repositories', `${goJson(repos)}\n`))
  }
  return new Uint8Array(await packTar(entries))
}

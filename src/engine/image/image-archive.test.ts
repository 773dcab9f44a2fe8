import { describe, expect, it } from 'vitest'
import { packTar, unpackTar } from 'modern-tar'
import { gzipSync } from 'fflate'
import { digestOf } from '../digest'
import { givenImageDaemon, hubImage } from './image-daemon.test-helper'
import { tarProblem } from './image-load'

const hub = [hubImage('app', ['1', '2'], ['base', 'deps']), hubImage('tool', ['latest'], ['base', 'tool'])]
const text = (b?: Uint8Array) => new TextDecoder().decode(b)

async function entries(tar: Uint8Array) {
  return new Map((await unpackTar(tar)).map((e) => [e.header.name, e]))
}

describe('docker save', () => {
  it('writes the Docker 25 layout: blobs, index.json, manifest.json, oci-layout, repositories', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('app:1')
    const img = d.api.resolveImage('app:1')!
    const files = await entries(await d.api.saveImages(['app:1']))
    const names = [...files.keys()]
    expect(names.slice(0, 2)).toEqual(['blobs/', 'blobs/sha256/'])
    expect(names.slice(-4)).toEqual(['index.json', 'manifest.json', 'oci-layout', 'repositories'])
    // 2 layers + config + OCI manifest + 2 legacy v1 documents, sorted by digest
    const blobs = names.filter((n) => n.startsWith('blobs/sha256/') && n.length > 13)
    expect(blobs).toHaveLength(6)
    expect(blobs).toEqual([...blobs].sort())
    for (const b of blobs) expect(digestOf(files.get(b)!.data!)).toBe(`sha256:${b.slice(13)}`)

    const manifest = JSON.parse(text(files.get('manifest.json')!.data))
    const diffIds = img.config.rootfs.diff_ids
    expect(manifest).toEqual([{
      Config: `blobs/sha256/${img.id.slice(7)}`,
      RepoTags: ['app:1'],
      Layers: diffIds.map((d) => `blobs/sha256/${d.slice(7)}`),
      LayerSources: Object.fromEntries(diffIds.map((d) => [d, { mediaType: 'application/vnd.oci.image.layer.v1.tar', size: files.get(`blobs/sha256/${d.slice(7)}`)!.data!.length, digest: d }])),
    }])
    expect(text(files.get('oci-layout')!.data)).toBe('{"imageLayoutVersion": "1.0.0"}')
    expect(text(files.get('repositories')!.data)).toBe(`{"app":{"1":"${diffIds[1].slice(7)}"}}\n`)
    const index = JSON.parse(text(files.get('index.json')!.data))
    expect(index.manifests).toHaveLength(1)
    expect(index.manifests[0].annotations).toEqual({ 'io.containerd.image.name': 'docker.io/library/app:1', 'org.opencontainers.image.ref.name': '1' })
    const oci = JSON.parse(text(files.get(`blobs/sha256/${index.manifests[0].digest.slice(7)}`)!.data))
    expect(oci.config).toEqual({ mediaType: 'application/vnd.oci.image.config.v1+json', digest: img.id, size: files.get(`blobs/sha256/${img.id.slice(7)}`)!.data!.length })
  })

  it('saves every tag of a repository named without a tag, each image once', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('app:1', 'app:2', 'tool')
    const manifest = JSON.parse(text((await entries(await d.api.saveImages(['app', 'tool', 'app:1']))).get('manifest.json')!.data))
    expect(manifest.map((m: { RepoTags: string[] }) => m.RepoTags)).toEqual([['app:1', 'app:2'], ['tool:latest']])
  })

  it('names what it cannot find the way moby does', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('app:1')
    await expect(d.api.saveImages(['nosuch'])).rejects.toThrow('No such image: nosuch')
    await expect(d.api.saveImages(['app:9'])).rejects.toThrow('reference does not exist')
  })
})

describe('docker load', () => {
  it('round-trips: same image ID and layers after save, rmi and load', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('app:1')
    const img = d.api.resolveImage('app:1')!
    const tar = await d.api.saveImages(['app:1'])
    await d.api.removeImage('app:1', { force: true })
    expect(d.ctx.images.layers.size).toBe(0)
    const messages: unknown[] = []
    await d.run(d.api.loadImages(tar, { onMessage: (m) => messages.push(m) }))
    expect(d.api.resolveImage('app:1')?.id).toBe(img.id)
    expect(d.api.resolveImage('app:1')?.layers).toEqual(img.layers)
    expect(d.api.resolveImage('app:1')?.size).toBe(img.size)
    const progress = messages.filter((m) => (m as { kind: string }).kind === 'progress') as { id: string; current: number; total: number }[]
    expect(new Set(progress.map((p) => p.id))).toEqual(new Set(img.config.rootfs.diff_ids.map((d) => d.slice(7, 19))))
    expect(progress.at(-1)!.current).toBe(progress.at(-1)!.total)
    expect(messages.at(-1)).toEqual({ kind: 'loaded', ref: 'app:1' })
    // and it lasts: a reopened daemon has it
    const again = await d.reopen()
    again.start({ registryMirrors: [] })
    expect(again.resolveImage('app:1')?.id).toBe(img.id)
  })

  it('accepts a gzipped archive and loads nothing twice', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('app:1')
    const tar = await d.api.saveImages(['app:1'])
    const messages: { kind: string }[] = []
    await d.run(d.api.loadImages(gzipSync(tar), { onMessage: (m) => messages.push(m) }))
    expect(messages).toEqual([{ kind: 'loaded', ref: 'app:1' }])
  })

  it('lists image IDs when nothing is tagged', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('app:1')
    const img = d.api.resolveImage('app:1')!
    const messages: unknown[] = []
    await d.run(d.api.loadImages(await d.api.saveImages([img.id]), { quiet: true, onMessage: (m) => messages.push(m) }))
    expect(messages).toEqual([{ kind: 'loadedId', id: img.id }])
  })

  it('refuses a layer whose content does not match its diff ID, and keeps nothing of that image', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('app:1')
    const img = d.api.resolveImage('app:1')!
    const tar = await d.api.saveImages(['app:1'])
    await d.api.removeImage('app:1')
    const top = `blobs/sha256/${img.config.rootfs.diff_ids[1].slice(7)}`
    const tampered = (await unpackTar(tar)).map((e) => (e.header.name === top ? { header: { ...e.header, size: 1024 }, body: new Uint8Array(1024) } : { header: e.header, body: e.data }))
    const bad = await packTar(tampered)
    await expect(d.run(d.api.loadImages(bad, { quiet: true }))).rejects.toThrow(`invalid diffID for layer 1: expected "${img.config.rootfs.diff_ids[1]}", got "${digestOf(new Uint8Array(1024))}"`)
    expect(d.api.resolveImage('app:1')).toBeUndefined()
  })

  it('says what Go\'s tar reader says about bytes that are not a tar', async () => {
    const d = await givenImageDaemon(hub)
    await expect(d.api.loadImages(new TextEncoder().encode('garbage\n'))).rejects.toThrow('unexpected EOF')
    expect(tarProblem(new Uint8Array(1024).fill(65))).toBe('archive/tar: invalid tar header')
    await expect(d.api.loadImages(new Uint8Array(0))).rejects.toThrow(/^open \/var\/lib\/docker\/tmp\/docker-import-\d+\/repositories: no such file or directory$/)
  })
})

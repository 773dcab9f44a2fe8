import { describe, expect, it } from 'vitest'
import { givenImageDaemon, hubImage } from './image-daemon.test-helper'
import { isSingleReference } from './image-delete'

const hub = [
  hubImage('app', ['1'], ['base', 'deps']),
  hubImage('tool', ['latest'], ['base', 'tool'], { created: '2025-05-01T00:00:00Z' }),
  hubImage('solo', ['latest'], ['solo']),
]

const deletedIds = (records: { deleted?: string; untagged?: string }[]) => records.filter((r) => r.deleted).map((r) => r.deleted)

describe('removing images', () => {
  it('keeps shared layers when one of two images is removed', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('app:1', 'tool')
    const app = d.api.resolveImage('app:1')!
    const records = await d.api.removeImage('app:1')
    expect(records[0]).toEqual({ untagged: 'app:1' })
    expect(records.some((r) => 'untagged' in r && r.untagged.startsWith('app@sha256:'))).toBe(true)
    // the image, then its top layer only: base is still tool's
    expect(deletedIds(records)).toEqual([app.id, app.layers[1]])
    expect([...d.ctx.images.layers.keys()]).toEqual(expect.arrayContaining([app.layers[0]]))
    expect(d.ctx.images.layers.has(app.layers[1])).toBe(false)
  })

  it('only untags while another tag remains', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('app:1')
    await d.api.tagImage('app:1', 'mine:v1')
    expect(await d.api.removeImage('mine:v1')).toEqual([{ untagged: 'mine:v1' }])
    expect(d.rows()).toEqual(['app:1'])
  })

  it('refuses to untag the last tag of an image a container uses, unless forced', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('solo')
    const img = d.api.resolveImage('solo')!
    const c = d.withContainer('solo')
    await expect(d.api.removeImage('solo')).rejects.toThrow(`conflict: unable to remove repository reference "solo" (must force) - container ${c.id.slice(0, 12)} is using its referenced image ${img.id.slice(7, 19)}`)
    // forced with a running container: untagged, the image stays as <none>
    const records = await d.api.removeImage('solo', { force: true })
    expect(records.every((r) => 'untagged' in r)).toBe(true)
    expect(d.api.imageRows().map((r) => `${r.repository}:${r.tag}`)).toEqual(['<none>:<none>'])
  })

  it('deletes an image from under a stopped container when forced, but keeps its layers for the container', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('solo')
    const img = d.api.resolveImage('solo')!
    d.withContainer('solo', 'exited')
    const records = await d.api.removeImage('solo', { force: true })
    expect(deletedIds(records)).toEqual([img.id])
    expect(d.ctx.images.layers.has(img.layers[0])).toBe(true)
    const { imageOfContainer } = await import('./image-meta')
    expect((await imageOfContainer(d.ctx, { image: img.id }))?.layers).toEqual(img.layers)
    // once the container is gone, releasing (or the next image operation) lets the layers go
    d.ctx.containers.clear()
    const { releaseRetainedImages } = await import('./image-delete')
    await releaseRetainedImages(d.ctx)
    expect(d.ctx.images.layers.has(img.layers[0])).toBe(false)
    expect(await d.storage.readBlob(img.id)).toBeUndefined()
    expect((await d.storage.readTable('layers')).size).toBe(0)
  })

  it('answers by ID with moby\'s conflicts', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('solo')
    const img = d.api.resolveImage('solo')!
    const short = img.id.slice(7, 19)
    const running = d.withContainer('solo')
    await expect(d.api.removeImage(short, { force: true })).rejects.toThrow(`conflict: unable to delete ${short} (cannot be forced) - image is being used by running container ${running.id.slice(0, 12)}`)
    d.ctx.containers.clear()
    const stopped = d.withContainer('solo', 'exited')
    await expect(d.api.removeImage(short)).rejects.toThrow(`conflict: unable to delete ${short} (must be forced) - image is being used by stopped container ${stopped.id.slice(0, 12)}`)
    d.ctx.containers.clear()
    await d.api.tagImage('solo', 'other:1')
    await expect(d.api.removeImage(short)).rejects.toThrow(`conflict: unable to delete ${short} (must be forced) - image is referenced in multiple repositories`)
    const records = await d.api.removeImage(short, { force: true })
    // every reference, sorted by full name: docker.io/library/other:1 < docker.io/library/solo:latest < …solo@sha256
    expect(records.filter((r) => 'untagged' in r).map((r) => (r as { untagged: string }).untagged.replace(/@sha256:.*/, '@…'))).toEqual(['other:1', 'solo:latest', 'solo@…'])
    expect(deletedIds(records)).toEqual([img.id, img.layers[0]])
  })

  it('says which image is missing, with the tag it looked for', async () => {
    const d = await givenImageDaemon(hub)
    await expect(d.api.removeImage('nosuch')).rejects.toThrow('No such image: nosuch:latest')
    await expect(d.api.removeImage('nosuch:1.0')).rejects.toThrow('No such image: nosuch:1.0')
    await expect(d.api.removeImage('Foo')).rejects.toThrow('invalid reference format: repository name (library/Foo) must be lowercase')
  })

  it('persists the removal in one commit: a reopened daemon sees neither the image nor its layers', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('app:1', 'tool')
    await d.api.removeImage('app:1')
    const again = await d.reopen()
    again.start({ registryMirrors: [] })
    expect(again.imageRows().map((r) => r.repository)).toEqual(['tool'])
    expect((await d.storage.readTable('layers')).size).toBe(2)
    expect((await d.storage.readTable('references')).size).toBe(2)
  })

  it('reports what it did as events of the reference, image and layer modules', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('solo')
    d.events.length = 0
    await d.api.removeImage('solo')
    expect(d.events.map((e) => `${e.module}:${e.type}`)).toEqual(['reference:tag.removed', 'reference:tag.removed', 'image:image.deleted', 'layer:layer.released'])
  })
})

describe('isSingleReference', () => {
  it('allows one tag plus digests of the same repository', () => {
    expect(isSingleReference(['nginx:latest', 'nginx@sha256:abc'])).toBe(true)
    expect(isSingleReference(['nginx:latest', 'mynginx:v1'])).toBe(false)
    expect(isSingleReference(['nginx:latest', 'other@sha256:abc'])).toBe(false)
    expect(isSingleReference([])).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { givenImageDaemon, hubImage } from '../../engine/image/image-daemon.test-helper'
import { buildStateModel, countChanges, hueOf, layerSizesFromHistory, shortRef } from './state-model'
import { buildTree } from '../../engine/layer/file-tree'
import type { ContainerRecord } from '../../engine/container/container-record'
import type { Digest } from '../../engine/ids'
import { en } from '../locales/en'
import { zhCN } from '../locales/zh-CN'

const hub = [
  hubImage('old', ['latest'], ['base'], { created: '2024-01-01T00:00:00Z' }),
  hubImage('app', ['1'], ['base', 'deps'], { created: '2025-06-01T00:00:00Z' }),
  hubImage('new', ['latest'], ['new'], { created: '2025-09-01T00:00:00Z' }),
]

async function given() {
  const d = await givenImageDaemon(hub)
  const source = { images: () => d.api.images(), imageRows: () => d.api.imageRows(), containers: () => [...d.ctx.containers.values()] }
  return { d, source }
}

describe('the state views model', () => {
  it('draws each image as its layers, base first, and marks the base layer shared by two images', async () => {
    const { d, source } = await given()
    await d.pull('old', 'app:1', 'new')
    const m = buildStateModel(source, new Map())
    expect(m.images.map((i) => i.tags)).toEqual([['new:latest'], ['app:1'], ['old:latest']])
    const app = m.images.find((i) => i.tags[0] === 'app:1')!
    const old = m.images.find((i) => i.tags[0] === 'old:latest')!
    const appImage = d.api.resolveImage('app:1')!
    expect(app.layers.map((l) => l.chainId)).toEqual(appImage.layers)
    expect(app.layers.map((l) => l.short)).toEqual(appImage.config.rootfs.diff_ids.map((x) => x.slice(7, 19)))
    // The same bytes at the bottom: one layer, in two stacks, with one colour.
    expect(app.layers[0].chainId).toBe(old.layers[0].chainId)
    expect(app.layers[0].sharedBy).toBe(2)
    expect(app.layers[0].hue).toBe(old.layers[0].hue)
    expect(app.layers[1].sharedBy).toBe(1)
    expect(m.totals).toEqual({ images: 3, containers: 0, layers: 3, sharedLayers: 1 })
  })

  it('groups several tags on one image ID, names an image only a digest points at repo:<none>', async () => {
    const { d, source } = await given()
    await d.pull('old', 'new')
    const newId = d.api.resolveImage('new')!.id
    await d.api.tagImage('old', 'mine:v1')
    await d.api.tagImage('old', 'new:latest') // moves new:latest away: only new@sha256:… still names that image
    const m = buildStateModel(source, new Map())
    const oldId = d.api.resolveImage('old')!.id
    const oldGroup = m.tags.find((g) => g.id === oldId)!
    expect(oldGroup.short).toBe(oldId.slice(7, 19))
    expect([...oldGroup.refs].sort()).toEqual(['mine:v1', 'new:latest', 'old:latest'])
    expect(m.tags.find((g) => g.id === newId)!.refs).toEqual([expect.stringMatching(/^new@sha256:[0-9a-f]{64}$/)])
    expect(m.images.find((i) => i.id === newId)).toMatchObject({ tags: [], name: 'new:<none>' })
  })

  it('shows an image no reference names as dangling <none>:<none>', async () => {
    const { d, source } = await given()
    await d.pull('new')
    const id = d.api.resolveImage('new')!.id
    for (const [ref, image] of [...d.ctx.images.references]) if (image === id) d.ctx.images.references.delete(ref)
    const m = buildStateModel(source, new Map())
    expect(m.tags).toEqual([{ id, short: id.slice(7, 19), refs: [] }])
    expect(m.images[0]).toMatchObject({ id, tags: [], name: '<none>:<none>' })
  })

  it('puts each container on its image stack with its status and counts the files in its RW layer', async () => {
    const { d, source } = await given()
    await d.pull('app:1')
    const a = d.withContainer('app:1', 'running')
    d.clock.advance?.(1000)
    const b = d.withContainer('app:1', 'exited')
    b.created = a.created + 1
    ;(b as ContainerRecord).rw = buildTree({ 'etc/motd': 'hi', 'tmp/x/': {}, 'root/.ash_history': 'ls' })
    const m = buildStateModel(source, new Map())
    expect(m.containers.map((c) => [c.name, c.shown, c.changes])).toEqual([[b.name, 'exited', 3], [a.name, 'running', 0]])
    expect(m.containers[0].layers.map((l) => l.chainId)).toEqual(d.api.resolveImage('app:1')!.layers)
  })

  it('caps long lists and says how many more there are', async () => {
    const { d, source } = await given()
    await d.pull('old', 'app:1', 'new')
    for (let i = 0; i < 5; i++) d.withContainer('old')
    const m = buildStateModel(source, new Map(), { images: 2, containers: 3, tags: 1 })
    expect([m.images.length, m.moreImages]).toEqual([2, 1])
    expect([m.containers.length, m.moreContainers]).toEqual([3, 2])
    expect([m.tags.length, m.moreTags]).toEqual([1, 2])
    expect(m.totals.containers).toBe(5)
  })

  it('reads layer sizes from the image history, steps without a layer skipped', async () => {
    const { d, source } = await given()
    await d.pull('app:1')
    const img = d.api.resolveImage('app:1')!
    const sizes = layerSizesFromHistory(img, await d.api.imageHistory('app:1'))
    expect([...sizes.keys()]).toEqual(img.layers)
    for (const chain of img.layers) expect(sizes.get(chain)).toBe(d.ctx.images.layers.get(chain)!.size)
    const m = buildStateModel(source, sizes)
    expect(m.images[0].layers.map((l) => l.size)).toEqual(img.layers.map((c) => d.ctx.images.layers.get(c)!.size))
    expect(layerSizesFromHistory(img, [])).toEqual(new Map())
  })

  it('stays fast with 200 images and 1,000 containers', async () => {
    const { d } = await given()
    await d.pull('old')
    const base = d.api.resolveImage('old')!
    const images = new Map(d.api.images())
    for (let i = 0; i < 200; i++) {
      const id = `sha256:e${i.toString(16).padStart(63, '0')}` as typeof base.id
      images.set(id, { ...base, id, layers: [...base.layers, `sha256:f${i.toString(16).padStart(63, '0')}` as Digest] })
    }
    const containers = Array.from({ length: 1000 }, (_, i) => ({ ...d.withContainer('old'), created: i }))
    const started = performance.now()
    const m = buildStateModel({ images: () => images, imageRows: () => d.api.imageRows(), containers: () => containers }, new Map())
    expect(performance.now() - started).toBeLessThan(100)
    expect(m.totals.images).toBe(201)
    expect(m.images.length + m.moreImages).toBe(201)
    expect(m.moreContainers).toBe(1000 - m.containers.length)
    expect(m.images.find((i) => i.id !== base.id)!.layers[0].sharedBy).toBe(201)
  })

  it('counts files, links and whiteouts, not the directories above them', () => {
    expect(countChanges(buildTree({ 'a/b/c': 'x', 'a/d': { link: 'c' }, 'e/': {} }))).toBe(3)
    expect(countChanges(undefined)).toBe(0)
  })

  it('cuts a digest reference to 12 hex characters', () => {
    expect(shortRef(`nginx@sha256:${'ab'.repeat(32)}`)).toBe('nginx@sha256:abababababab…')
    expect(shortRef('nginx:1.27')).toBe('nginx:1.27')
  })

  it('gives a digest a stable hue', () => {
    const d = `sha256:${'3f'.repeat(32)}`
    expect(hueOf(d)).toBe(hueOf(d))
    expect(hueOf(d)).toBeGreaterThanOrEqual(0)
    expect(hueOf(d)).toBeLessThan(360)
  })

  it('has every state, theme and welcome string in both languages', () => {
    for (const part of ['state', 'theme', 'welcome'] as const) expect(Object.keys(zhCN[part])).toEqual(Object.keys(en[part]))
    expect(zhCN.state.daemonDown).not.toBe(en.state.daemonDown)
  })
})

import { describe, expect, it } from 'vitest'
import { captionOf } from './event-caption'
import { en } from '../locales/en'
import { zhCN } from '../locales/zh-CN'
import type { ContainerId, Digest, ImageId } from '../../engine/ids'
import type { EngineEvent } from '../../engine/events'

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))

describe('diagram captions', () => {
  const image = `sha256:${'9'.repeat(64)}` as ImageId
  it('name the module that acted and a caption that exists in both locales', () => {
    const c = captionOf({ module: 'reference', type: 'tag.added', ref: `nginx@sha256:${'a'.repeat(64)}`, image })
    expect(c.module).toBe('reference')
    expect(c.values).toEqual({ ref: 'nginx@sha256:aaaaaaaaaaaa…', id: '999999999999' })
    expect(keys(en)).toContain(c.key)
  })
  it('say when a layer came from the mirror', () => {
    const c = captionOf({ module: 'distribution', type: 'layer.downloaded', digest: image, bytes: 1, index: 2, count: 3, mirror: 'https://m.example/' })
    expect(c.key).toBe('diagram.caption.layer.downloaded.mirror')
    expect(c.values).toEqual({ index: 2, count: 3 })
  })
  it('has the same keys in Chinese and English', () => {
    expect(keys(zhCN)).toEqual(keys(en))
  })
  it('has a caption in both languages for every kind of event the engine emits', () => {
    const id = `${'c'.repeat(64)}` as ContainerId
    const digest = `sha256:${'d'.repeat(64)}` as Digest
    // Keyed by type, so a new kind of event fails to compile here until it is listed.
    const one: { [T in EngineEvent['type']]: EngineEvent & { type: T } } = {
      'manifest.fetched': { module: 'registry', type: 'manifest.fetched', ref: 'alpine:latest' },
      'layer.downloaded': { module: 'distribution', type: 'layer.downloaded', digest, bytes: 1, index: 1, count: 1 },
      'layer.registered': { module: 'layer', type: 'layer.registered', chainId: digest, bytes: 1 },
      'layer.released': { module: 'layer', type: 'layer.released', chainId: digest },
      'image.stored': { module: 'image', type: 'image.stored', image },
      'image.deleted': { module: 'image', type: 'image.deleted', image },
      'tag.added': { module: 'reference', type: 'tag.added', ref: 'a:1', image },
      'tag.removed': { module: 'reference', type: 'tag.removed', ref: 'a:1', image },
      'rw.mounted': { module: 'graphdriver', type: 'rw.mounted', id, layers: 2 },
      'file.copied-up': { module: 'graphdriver', type: 'file.copied-up', id, path: '/etc/motd' },
      'container.created': { module: 'container', type: 'container.created', id, name: 'web' },
      'container.started': { module: 'container', type: 'container.started', id },
      'container.exited': { module: 'container', type: 'container.exited', id, exitCode: 0 },
      'container.removed': { module: 'container', type: 'container.removed', id },
      'container.paused': { module: 'container', type: 'container.paused', id },
      'container.unpaused': { module: 'container', type: 'container.unpaused', id },
      'container.renamed': { module: 'container', type: 'container.renamed', id, name: 'x' },
      'daemon.started': { module: 'daemon', type: 'daemon.started' },
      'daemon.stopped': { module: 'daemon', type: 'daemon.stopped' },
    }
    for (const e of Object.values(one) as EngineEvent[]) {
      const c = captionOf(e)
      expect(keys(en), e.type).toContain(c.key)
      expect(keys(zhCN), e.type).toContain(c.key)
      expect(c.module).toBe(e.module)
    }
  })
})

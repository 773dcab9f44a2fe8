import { describe, expect, it } from 'vitest'
import { captionOf } from './event-caption'
import { en } from '../locales/en'
import { zhCN } from '../locales/zh-CN'
import type { ImageId } from '../../engine/ids'

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
})

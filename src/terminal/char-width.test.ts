import { describe, expect, it } from 'vitest'
import { charWidth, stringWidth } from './char-width'
import { clusters, clusterStart, nextClusterEnd, previousClusterStart } from './clusters'
import { unicodeProvider } from './unicode-provider'

const width = (ch: string) => charWidth(ch.codePointAt(0)!)

describe('charWidth', () => {
  it('gives ASCII one column and control characters none', () => {
    expect([width('a'), width(' '), width('~'), width('\x07'), width('\x7f')]).toEqual([1, 1, 1, 0, 0])
  })

  it('gives CJK ideographs, kana, Hangul and fullwidth forms two columns', () => {
    expect(['中', '字', 'あ', 'カ', '한', 'Ａ', '。'].map(width)).toEqual([2, 2, 2, 2, 2, 2, 2])
  })

  it('gives emoji with emoji presentation two columns, but not regional indicators or text-style symbols', () => {
    expect(['😀', '🐳', '⌚', '✅'].map(width)).toEqual([2, 2, 2, 2])
    expect(['🇩', '❤', '©'].map(width)).toEqual([1, 1, 1])
  })

  it('gives combining marks, variation selectors and zero-width joiners no columns', () => {
    expect(['\u0301', '\u20dd', '\ufe0f', '\u200d', '\u200b'].map(width)).toEqual([0, 0, 0, 0, 0])
  })

  it('keeps the soft hyphen and Latin-1 letters narrow', () => {
    expect(['\u00ad', 'é', 'ß'].map(width)).toEqual([1, 1, 1])
  })
})

describe('stringWidth', () => {
  it('adds up the columns of a mixed string', () => {
    expect(stringWidth('docker 容器 e\u0301 🐳')).toBe(7 + 4 + 2 + 2 + 1)
  })
})

describe('clusters', () => {
  it('keeps a combining mark with its letter', () => {
    expect(clusters('ae\u0301b')).toEqual(['a', 'e\u0301', 'b'])
  })

  it('keeps a surrogate pair whole', () => {
    expect(clusters('a🐳b')).toEqual(['a', '🐳', 'b'])
  })

  it('moves offsets over whole clusters', () => {
    const text = 'a🐳e\u0301'
    expect(nextClusterEnd(text, 1)).toBe(3)
    expect(previousClusterStart(text, 5)).toBe(3)
    expect(previousClusterStart(text, 3)).toBe(1)
    expect(clusterStart(text, 2)).toBe(1)
    expect(clusterStart(text, 4)).toBe(3)
    expect(clusterStart(text, 99)).toBe(5)
  })
})

describe('unicodeProvider', () => {
  const props = (ch: string, preceding = 0) => unicodeProvider.charProperties(ch.codePointAt(0)!, preceding)

  it('tells xterm.js the same widths, a zero-width character joining the one before it', () => {
    expect(unicodeProvider.wcwidth('🐳'.codePointAt(0)!)).toBe(2)
    expect(props('a')).toBe(1 << 1)
    expect(props('中')).toBe(2 << 1)
    expect(props('\u0301', props('中'))).toBe((2 << 1) | 1)
    expect(props('\u0301', 0)).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import { decodeEscapes } from './escape-sequences'

describe('backslash escapes', () => {
  it('decode the common C escapes in every flavour', () => {
    for (const flavour of ['dollar', 'echo', 'format', 'percent-b'] as const) {
      expect(decodeEscapes('a\\tb\\nc\\\\', flavour).text).toBe('a\tb\nc\\')
    }
  })

  it('read octal as \\nnn in $\'…\' and printf, but only as \\0nnn in echo', () => {
    expect(decodeEscapes('\\101', 'dollar').text).toBe('A')
    expect(decodeEscapes('\\101', 'format').text).toBe('A')
    expect(decodeEscapes('\\101', 'echo').text).toBe('\\101')
    expect(decodeEscapes('\\0101', 'echo').text).toBe('A')
    expect(decodeEscapes('\\0101', 'percent-b').text).toBe('A')
  })

  it('read hex and unicode escapes', () => {
    expect(decodeEscapes('\\x41\\u00e9', 'dollar').text).toBe('Aé')
  })

  it('stop output at \\c in echo and %b', () => {
    expect(decodeEscapes('ab\\cde', 'echo')).toEqual({ text: 'ab', stopped: true })
  })

  it('keep unknown escapes with their backslash', () => {
    expect(decodeEscapes('\\q', 'echo').text).toBe('\\q')
  })
})

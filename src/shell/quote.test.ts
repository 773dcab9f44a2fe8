import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { WordPart } from './ast'
import { parse } from './parser'
import { quote } from './quote'

/** The text of a word that has no expansions in it, after quote removal. */
function staticText(parts: WordPart[]): string {
  return parts.map((p) => {
    if (p.type === 'literal' || p.type === 'quoted') return p.text
    if (p.type === 'double') return staticText(p.parts)
    throw new Error(`unexpected ${p.type} part`)
  }).join('')
}

function readBack(quoted: string): string[] {
  const result = parse(`echo ${quoted}`)
  if (result.status !== 'ok') throw new Error(`${quoted} did not parse: ${result.status}`)
  const command = result.script.items[0].command.first.commands[0]
  if (command.type !== 'simple') throw new Error('not a simple command')
  return command.words.slice(1).map((w) => staticText(w.parts))
}

describe('quoting a word for the shell', () => {
  it('leaves harmless words as they are', () => {
    expect(quote('hello-world_1.txt')).toBe('hello-world_1.txt')
    expect(quote('/usr/bin')).toBe('/usr/bin')
  })

  it('single-quotes words with blanks, quotes or expansions', () => {
    expect(quote('a b')).toBe("'a b'")
    expect(quote('$HOME')).toBe("'$HOME'")
    expect(quote("it's")).toBe("'it'\\''s'")
    expect(quote('')).toBe("''")
  })

  it('quotes what would otherwise be an assignment, a tilde or a comment', () => {
    expect(quote('a=b')).toBe("'a=b'")
    expect(quote('~')).toBe("'~'")
    expect(quote('#x')).toBe("'#x'")
  })

  it('reads back as exactly the original word, whatever the word', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (word) => {
      expect(readBack(quote(word))).toEqual([word])
    }), { numRuns: 3000 })
  })

  it('reads back shell-heavy words too', () => {
    const nasty = fc.string({ unit: fc.constantFrom(...'\'"\\$`!*?[]{}~#;&|<> \t\nab'.split('')), maxLength: 20 })
    fc.assert(fc.property(nasty, nasty, (a, b) => {
      expect(readBack(`${quote(a)} ${quote(b)}`)).toEqual([a, b])
    }), { numRuns: 3000 })
  })
})

import { describe, expect, it } from 'vitest'
import { escapePattern, hasGlobCharacters, matchPattern, removeMatch, replaceMatches } from './pattern'

describe('shell patterns', () => {
  it('matches * ? and bracket expressions over the whole text', () => {
    expect(matchPattern('*.txt', 'notes.txt')).toBe(true)
    expect(matchPattern('*.txt', 'notes.txt.bak')).toBe(false)
    expect(matchPattern('?at', 'cat')).toBe(true)
    expect(matchPattern('[ch]at', 'hat')).toBe(true)
    expect(matchPattern('[!ch]at', 'hat')).toBe(false)
    expect(matchPattern('[a-c]*', 'beta')).toBe(true)
    expect(matchPattern('[[:digit:]][[:upper:]]', '7Q')).toBe(true)
  })

  it('matches escaped characters only as themselves', () => {
    expect(matchPattern(escapePattern('a*b'), 'a*b')).toBe(true)
    expect(matchPattern(escapePattern('a*b'), 'axxb')).toBe(false)
    expect(matchPattern('\\[x]', '[x]')).toBe(true)
  })

  it('treats an unclosed [ as a plain character', () => {
    expect(matchPattern('a[b', 'a[b')).toBe(true)
    expect(hasGlobCharacters('a[b')).toBe(false)
  })

  it('matches regular-expression characters literally', () => {
    expect(matchPattern('a.b+(c)|d$', 'a.b+(c)|d$')).toBe(true)
    expect(matchPattern('a.b', 'axb')).toBe(false)
  })

  it('removes the shortest and longest prefix and suffix', () => {
    expect(removeMatch('a/b/c', '*/', 'prefix', false)).toBe('b/c')
    expect(removeMatch('a/b/c', '*/', 'prefix', true)).toBe('c')
    expect(removeMatch('x.tar.gz', '.*', 'suffix', false)).toBe('x.tar')
    expect(removeMatch('x.tar.gz', '.*', 'suffix', true)).toBe('x')
  })

  it('replaces the first, every, the leading or the trailing match', () => {
    expect(replaceMatches('banana', 'an', 'AN', false, '')).toBe('bANana')
    expect(replaceMatches('banana', 'an', 'AN', true, '')).toBe('bANANa')
    expect(replaceMatches('banana', 'b', 'B', false, '#')).toBe('Banana')
    expect(replaceMatches('banana', 'a', 'A', false, '%')).toBe('bananA')
    expect(replaceMatches('banana', 'a*', 'X', false, '')).toBe('bX')
  })
})

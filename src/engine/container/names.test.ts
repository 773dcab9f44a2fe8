import { describe, expect, it } from 'vitest'
import { createSeededRandom, type Random } from '../random'
import { adjectives, generateName, surnames } from './names'

/** A Random that plays back fixed floats, to steer the generator into a chosen pair. */
const scripted = (...values: number[]): Random => ({ next: () => values.shift() ?? 0 })
const pick = (list: readonly string[], word: string): number => (list.indexOf(word) + 0.5) / list.length

describe('generateName', () => {
  it('has moby v28.2.2 lists: 108 adjectives and 236 surnames, no duplicates', () => {
    expect(adjectives).toHaveLength(108)
    expect(surnames).toHaveLength(236)
    expect(new Set(adjectives).size).toBe(108)
    expect(new Set(surnames).size).toBe(236)
    expect(adjectives[0]).toBe('admiring')
    expect(surnames).toContain('hopper')
  })

  it('joins an adjective and a surname with one underscore', () => {
    const random = createSeededRandom(42)
    for (let i = 0; i < 200; i++) expect(generateName(random, 0)).toMatch(/^[a-z]+_[a-z]+$/)
  })

  it('is repeatable for a seed', () => {
    expect(generateName(createSeededRandom(7), 0)).toBe(generateName(createSeededRandom(7), 0))
  })

  it('re-rolls boring_wozniak', () => {
    const r = scripted(pick(adjectives, 'boring'), pick(surnames, 'wozniak'), pick(adjectives, 'vibrant'), pick(surnames, 'hopper'))
    expect(generateName(r, 0)).toBe('vibrant_hopper')
  })

  it('appends one digit on a retry', () => {
    const r = scripted(pick(adjectives, 'vibrant'), pick(surnames, 'hopper'), 0.35)
    expect(generateName(r, 1)).toBe('vibrant_hopper3')
    expect(generateName(createSeededRandom(1), 3)).toMatch(/^[a-z]+_[a-z]+[0-9]$/)
  })
})

/** Chance is injected: a seeded generator (mulberry32) makes IDs and names repeatable in tests and batch mode. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
}

export function createSeededRandom(seed: number): Random {
  let a = seed >>> 0
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0
      let t = a
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    },
  }
}

export const randomInt = (r: Random, n: number): number => Math.floor(r.next() * n)

export function randomHex(r: Random, length: number): string {
  let s = ''
  for (let i = 0; i < length; i++) s += '0123456789abcdef'[randomInt(r, 16)]
  return s
}

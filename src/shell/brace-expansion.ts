/** Brace expansion (bash, not ash), done on a word before any other expansion:
 *    pre{a,b,c}post → preapost prebpost precpost      {1..5} {5..1} {1..10..3} {01..10} {a..e}
 *  Only unquoted literal text takes part: quotes, `\{` and expansions are opaque. `{a}` and `{}` stay as written.
 *  Results come out left to right; nested braces expand inside each alternative. */
import type { Word, WordPart } from './ast'

type Item = { ch: string } | { part: WordPart }

const LIMIT = 10000
const isChar = (item: Item | undefined, ch: string) => item !== undefined && 'ch' in item && item.ch === ch

export function expandBraces(word: Word): Word[] {
  if (!word.parts.some((p) => p.type === 'literal' && p.text.includes('{'))) return [word]
  const items: Item[] = word.parts.flatMap((part): Item[] =>
    part.type === 'literal' ? [...part.text].map((ch) => ({ ch })) : [{ part }])
  return expandItems(items).slice(0, LIMIT).map((result) => toWord(result, word.raw))
}

function toWord(items: Item[], raw: string): Word {
  const parts: WordPart[] = []
  for (const item of items) {
    if ('part' in item) { parts.push(item.part); continue }
    const last = parts[parts.length - 1]
    if (last && last.type === 'literal') last.text += item.ch
    else parts.push({ type: 'literal', text: item.ch })
  }
  return { parts, raw }
}

function expandItems(items: Item[]): Item[][] {
  for (let i = 0; i < items.length; i++) {
    if (!isChar(items[i], '{')) continue
    let depth = 0
    let close = -1
    const commas: number[] = []
    for (let j = i + 1; j < items.length; j++) {
      if (isChar(items[j], '{')) depth++
      else if (isChar(items[j], '}')) {
        if (depth === 0) { close = j; break }
        depth--
      } else if (isChar(items[j], ',') && depth === 0) commas.push(j)
    }
    if (close < 0) continue
    let alternatives: Item[][]
    if (commas.length) {
      const bounds = [i, ...commas, close]
      alternatives = bounds.slice(0, -1).map((b, k) => items.slice(b + 1, bounds[k + 1]))
    } else {
      const inner = items.slice(i + 1, close)
      const sequence = inner.every((item) => 'ch' in item) ? expandSequence(inner.map((item) => ('ch' in item ? item.ch : '')).join('')) : null
      if (!sequence) continue
      alternatives = sequence.map((text) => [...text].map((ch) => ({ ch })))
    }
    const prefix = items.slice(0, i)
    const tails = expandItems(items.slice(close + 1))
    const out: Item[][] = []
    for (const alternative of alternatives) {
      for (const middle of expandItems(alternative)) {
        for (const tail of tails) {
          out.push([...prefix, ...middle, ...tail])
          if (out.length >= LIMIT) return out
        }
      }
    }
    return out
  }
  return [items]
}

/** `1..5`, `5..1..2`, `01..10`, `a..e`: the terms of the sequence, or null when it is not one. */
function expandSequence(text: string): string[] | null {
  const numeric = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(text)
  if (numeric) {
    const [, a, b, s] = numeric
    const from = Number(a)
    const to = Number(b)
    const step = Math.abs(Number(s ?? 1)) || 1
    const width = /^-?0\d/.test(a) || /^-?0\d/.test(b) ? Math.max(a.length, b.length) : 0
    const out: string[] = []
    for (let n = from; from <= to ? n <= to : n >= to; n += from <= to ? step : -step) {
      const digits = String(Math.abs(n)).padStart(width - (n < 0 ? 1 : 0), '0')
      out.push(n < 0 ? '-' + digits : digits)
      if (out.length >= LIMIT) break
    }
    return out
  }
  const alpha = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(text)
  if (alpha) {
    const from = alpha[1].charCodeAt(0)
    const to = alpha[2].charCodeAt(0)
    const step = Math.abs(Number(alpha[3] ?? 1)) || 1
    const out: string[] = []
    for (let n = from; from <= to ? n <= to : n >= to; n += from <= to ? step : -step) out.push(String.fromCharCode(n))
    return out
  }
  return null
}

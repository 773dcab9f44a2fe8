/** Shell patterns (case, [[ ]], ${x#p}, globbing): `*` any string, `?` one character, `[abc]` `[a-z]` `[!x]` `[^x]`
 *  `[[:alpha:]]` a set, `\c` the character c itself. A pattern is a string in which quoted characters have been
 *  escaped with a backslash (see `escapePattern`), so "quoted stars" match only themselves.
 *  An unclosed `[` is an ordinary character. Matching is over whole strings. */

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', xdigit: '0-9a-fA-F', punct: '!-\\/:-@\\[-`{-~', word: 'a-zA-Z0-9_', cntrl: '\\x00-\\x1f\\x7f',
  print: ' -~', graph: '!-~',
}

const escapeRegExp = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
const escapeInClass = (c: string) => c.replace(/[\\\][^-]/g, '\\$&')

/** Escapes the characters that would otherwise be special in a pattern. */
export const escapePattern = (text: string): string => text.replace(/[\\*?[\]]/g, '\\$&')

/** Whether the pattern has an unescaped `*`, `?` or a `[…]` that closes. */
export function hasGlobCharacters(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') { i++; continue }
    if (c === '*' || c === '?') return true
    if (c === '[' && bracketEnd(pattern, i) > 0) return true
  }
  return false
}

/** Removes the pattern's escapes: the literal text it matches when it has no glob characters. */
export const unescapePattern = (pattern: string): string => pattern.replace(/\\(.)/gs, '$1')

/** Index of the `]` that closes the bracket expression at `start`, or -1. */
function bracketEnd(p: string, start: number): number {
  let i = start + 1
  if (p[i] === '!' || p[i] === '^') i++
  if (p[i] === ']') i++
  for (; i < p.length; i++) {
    if (p[i] === '\\') { i++; continue }
    if (p[i] === '[' && p[i + 1] === ':') {
      const close = p.indexOf(':]', i + 2)
      if (close > 0) { i = close + 1; continue }
    }
    if (p[i] === ']') return i
  }
  return -1
}

function bracketToRegExp(body: string): string {
  let negate = false
  let i = 0
  if (body[0] === '!' || body[0] === '^') { negate = true; i = 1 }
  let out = ''
  for (; i < body.length; i++) {
    let c = body[i]
    if (c === '[' && body[i + 1] === ':') {
      const close = body.indexOf(':]', i + 2)
      const name = body.slice(i + 2, close)
      if (close > 0 && name in CLASSES) { out += CLASSES[name]; i = close + 1; continue }
    }
    if (c === '\\' && i + 1 < body.length) c = body[++i]
    if (body[i + 1] === '-' && i + 2 < body.length) {
      let to = body[i + 2]
      let skip = 2
      if (to === '\\' && i + 3 < body.length) { to = body[i + 3]; skip = 3 }
      out += `${escapeInClass(c)}-${escapeInClass(to)}`
      i += skip
      continue
    }
    out += escapeInClass(c)
  }
  if (!out) return negate ? '[^]' : '(?!)'
  return `[${negate ? '^' : ''}${out}]`
}

/** The pattern as a regular expression source (not anchored). */
export function patternToRegExpSource(pattern: string): string {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') {
      out += i + 1 < pattern.length ? escapeRegExp(pattern[++i]) : '\\\\'
    } else if (c === '*') {
      out += '[^]*'
    } else if (c === '?') {
      out += '[^]'
    } else if (c === '[') {
      const end = bracketEnd(pattern, i)
      if (end < 0) { out += '\\['; continue }
      out += bracketToRegExp(pattern.slice(i + 1, end))
      i = end
    } else {
      out += escapeRegExp(c)
    }
  }
  return out
}

const cache = new Map<string, RegExp>()

export function matchPattern(pattern: string, text: string): boolean {
  let re = cache.get(pattern)
  if (!re) {
    try {
      re = new RegExp(`^${patternToRegExpSource(pattern)}$`, 'u')
    } catch {
      re = /(?!)/ // a range out of order, like [z-a], matches nothing
    }
    if (cache.size > 500) cache.clear()
    cache.set(pattern, re)
  }
  return re.test(text)
}

/** ${v#p} ${v##p} ${v%p} ${v%%p}: `value` without the shortest or longest prefix or suffix matching `pattern`. */
export function removeMatch(value: string, pattern: string, side: 'prefix' | 'suffix', longest: boolean): string {
  const n = value.length
  if (side === 'prefix') {
    for (let k = 0; k <= n; k++) {
      const len = longest ? n - k : k
      if (matchPattern(pattern, value.slice(0, len))) return value.slice(len)
    }
  } else {
    for (let k = 0; k <= n; k++) {
      const start = longest ? k : n - k
      if (matchPattern(pattern, value.slice(start))) return value.slice(0, start)
    }
  }
  return value
}

/** ${v/p/r} ${v//p/r} ${v/#p/r} ${v/%p/r}: the leftmost longest match (or every one) replaced. */
export function replaceMatches(value: string, pattern: string, replacement: string, all: boolean, anchor: '' | '#' | '%'): string {
  const n = value.length
  if (anchor === '#') {
    for (let j = n; j >= 0; j--) if (matchPattern(pattern, value.slice(0, j))) return replacement + value.slice(j)
    return value
  }
  if (anchor === '%') {
    for (let i = 0; i <= n; i++) if (matchPattern(pattern, value.slice(i))) return value.slice(0, i) + replacement
    return value
  }
  const longestAt = (i: number): number => {
    for (let j = n; j > i; j--) if (matchPattern(pattern, value.slice(i, j))) return j
    return -1
  }
  let out = ''
  let i = 0
  while (i < n) {
    const end = longestAt(i)
    if (end < 0) { out += value[i]; i++; continue }
    out += replacement
    i = end
    if (!all) return out + value.slice(i)
  }
  return out
}

/** POSIX regular expressions (basic with GNU's \+ \? \| extensions, and extended) translated to JavaScript ones,
 *  for grep and awk. Bracket expressions keep POSIX rules: `]` first is literal, a backslash is literal inside,
 *  [:class:] names expand. A malformed expression throws RegexError with GNU's wording (`Unmatched [ or [^`). */
export class RegexError extends Error {}

const CLASS: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', cntrl: '\\x00-\\x1f\\x7f', print: '\\x20-\\x7e', graph: '\\x21-\\x7e', word: '\\w',
}

/** Reads a bracket expression starting at `i` (on the '['); returns the JS class and the index after it. */
function bracket(src: string, i: number): [string, number] {
  let j = i + 1
  let out = '['
  if (src[j] === '^') { out += '^'; j++ }
  let first = true
  for (;;) {
    if (j >= src.length) throw new RegexError('Unmatched [ or [^')
    const c = src[j]
    if (c === ']' && !first) return [out + ']', j + 1]
    first = false
    if (c === '[' && (src[j + 1] === ':' || src[j + 1] === '.' || src[j + 1] === '=')) {
      const kind = src[j + 1]
      const end = src.indexOf(`${kind}]`, j + 2)
      if (end < 0) throw new RegexError('Unmatched [ or [^')
      const name = src.slice(j + 2, end)
      if (kind === ':') {
        if (!CLASS[name]) throw new RegexError('Invalid character class name')
        out += CLASS[name]
      } else out += name.replace(/[\\\]^-]/g, '\\$&')
      j = end + 2
      continue
    }
    if (c === '\\' || c === '[' || (c === '^' && out.length > 1)) out += `\\${c}`
    else if (c === ']') out += '\\]'
    else out += c
    j++
  }
}

const JS_SPECIAL = /[\\^$.*+?()[\]{}|/]/

/** Converts a POSIX RE to a JavaScript RegExp source. */
export function posixToJs(src: string, extended: boolean): string {
  let out = ''
  let depth = 0
  /** Whether the next token starts an expression (where * and ^ are special or literal). */
  let atStart = true
  for (let i = 0; i < src.length; i++) {
    const c = src[i]
    const starting = atStart
    atStart = false
    if (c === '[') { const [cls, next] = bracket(src, i); out += cls; i = next - 1; continue }
    if (c === '\\') {
      const n = src[i + 1]
      i++
      if (n === undefined) throw new RegexError('Trailing backslash')
      if (!extended && n === '(') { out += '('; depth++; atStart = true; continue }
      if (!extended && n === ')') { if (!depth) throw new RegexError('Unmatched ) or \\)'); out += ')'; depth--; continue }
      if (!extended && n === '|') { out += '|'; atStart = true; continue }
      if (!extended && (n === '+' || n === '?')) { out += starting ? `\\${n}` : n; continue }
      if (!extended && n === '{') {
        const end = src.indexOf('\\}', i)
        if (end < 0) throw new RegexError('Unmatched \\{')
        const body = src.slice(i + 1, end)
        if (!/^\d*(,\d*)?$/.test(body)) throw new RegexError('Invalid content of \\{\\}')
        out += `{${body}}`
        i = end + 1
        continue
      }
      if (n === '<') { out += '\\b(?=\\w)'; continue }
      if (n === '>') { out += '\\b(?<=\\w)'; continue }
      if (/[1-9]/.test(n)) { out += `\\${n}`; continue }
      if ('wWsSbB'.includes(n)) { out += `\\${n}`; continue }
      out += JS_SPECIAL.test(n) ? `\\${n}` : n
      continue
    }
    if (c === '*') { out += starting ? '\\*' : '*'; continue }
    if (c === '^') {
      if (extended || starting) { out += '^'; atStart = true } else out += '\\^'
      continue
    }
    if (c === '$') {
      const end = i === src.length - 1 || (!extended && (src.startsWith('\\)', i + 1) || src.startsWith('\\|', i + 1))) || (extended && (src[i + 1] === ')' || src[i + 1] === '|'))
      out += extended || end ? '$' : '\\$'
      continue
    }
    if (extended) {
      if (c === '(') { out += '('; depth++; atStart = true; continue }
      if (c === ')') { if (!depth) throw new RegexError('Unmatched ) or \\)'); out += ')'; depth--; continue }
      if (c === '|') { out += '|'; atStart = true; continue }
      if (c === '+' || c === '?') { out += starting ? `\\${c}` : c; continue }
      if (c === '{') {
        const m = /^\{(\d*)(,\d*)?\}/.exec(src.slice(i))
        if (m && !starting && (m[1] !== '' || m[2])) { out += `{${m[1] || '0'}${m[2] ?? ''}}`; i += m[0].length - 1 } else out += '\\{'
        continue
      }
    }
    out += JS_SPECIAL.test(c) ? `\\${c}` : c
  }
  if (depth) throw new RegexError('Unmatched ( or \\(')
  return out
}

/** A RegExp for a POSIX RE, or throws RegexError. */
export function compilePosix(src: string, o: { extended: boolean; ignoreCase?: boolean; global?: boolean }): RegExp {
  const js = posixToJs(src, o.extended)
  try {
    return new RegExp(js, (o.ignoreCase ? 'i' : '') + (o.global ? 'g' : ''))
  } catch {
    throw new RegexError('Invalid regular expression')
  }
}

export const escapeRegex = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')

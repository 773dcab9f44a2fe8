/** Reads one word from shell source into its parts, with bash's quoting rules:
 *    unquoted   \c quotes c; \<newline> joins lines; '…' is literal; "…" expands $ and ` only; $'…' decodes escapes
 *    "…"        \ quotes only $ ` " \ and newline; everything else is kept
 *    $name $1 $? $# $$ $@ $* $! $-     ${name} ${#name} ${name:-w} ${name-w} := = :? ? :+ + # ## % %% / // /# /% :o:l
 *               ^ ^^ , ,,
 *    $(…) `…`   command substitution (parsed as a script by the cursor's nested parser)
 *    $((…))     arithmetic, falling back to $( (…) ) when it does not close with '))'
 *    ~ ~user    tilde prefix at the start of a word
 *  Running off the end inside a quote or substitution throws `incomplete` naming the closing text. */
import type { ParameterOp, ParameterPart, Word, WordPart } from './ast'
import { decodeEscapes } from './escape-sequences'
import { incomplete, SyntaxFailure } from './parse-failure'
import type { SourceCursor } from './source-cursor'
import { createCursor } from './source-cursor'

/** Characters that end an unquoted word. */
export const METACHARACTERS = ' \t\n;&|<>()'

type Mode =
  | { kind: 'unquoted' }
  | { kind: 'double' }
  | { kind: 'heredoc' }
  /** The word inside ${x:-word}: ends before '}' or one of `stops` at nesting depth 0. Inside "…", the word of
   *  - = ? + follows double-quote rules (bash: "${x:-'a'}" keeps the single quotes). */
  | { kind: 'brace'; stops: string; inDouble?: boolean }
  /** Inside $((…)): ends before a ')' at depth 0. */
  | { kind: 'arith' }
  /** After =~ in [[ … ]]: ends at a blank outside parentheses. */
  | { kind: 'regex' }

function pushText(parts: WordPart[], type: 'literal' | 'quoted', text: string): void {
  if (!text) return
  const last = parts[parts.length - 1]
  if (last && last.type === type) last.text += text
  else parts.push({ type, text })
}

export function readWord(c: SourceCursor): Word {
  const start = c.pos
  const parts = readParts(c, { kind: 'unquoted' })
  return { parts, raw: c.source.slice(start, c.pos) }
}

/** A here-document body whose delimiter was unquoted: expansions work, quotes are plain text. */
export function readHeredocParts(c: SourceCursor): WordPart[] {
  return readParts(c, { kind: 'heredoc' })
}

/** The text of (( … )) or of one clause of for (( … )), read like a here-document (bash reads it like "…"). */
export function readArithmeticText(text: string, nested: SourceCursor['nested'], line: number): Word {
  const c = createCursor(text, nested, { line, synthetic: false })
  return { parts: readParts(c, { kind: 'heredoc' }), raw: text }
}

/** The regular expression after =~ in [[ … ]]: one word that may hold ( ) and |, ending at a blank. */
export function readRegexWord(c: SourceCursor): Word {
  while (c.source[c.pos] === ' ' || c.source[c.pos] === '\t') c.pos++
  const start = c.pos
  const parts = readParts(c, { kind: 'regex' })
  return { parts, raw: c.source.slice(start, c.pos) }
}

function readParts(c: SourceCursor, mode: Mode): WordPart[] {
  const parts: WordPart[] = []
  const inDouble = mode.kind === 'double' || mode.kind === 'heredoc' || (mode.kind === 'brace' && mode.inDouble === true)
  const plain = inDouble ? 'quoted' : 'literal'
  let depth = 0
  const startLine = c.line
  if (mode.kind === 'unquoted' || mode.kind === 'brace') readTilde(c, parts, mode.kind === 'brace' ? '}' + mode.stops : '')
  for (;;) {
    if (c.pos >= c.source.length) {
      if (mode.kind === 'double') throw incomplete('"', startLine, true)
      if (mode.kind === 'brace') throw incomplete('}', startLine, true)
      if (mode.kind === 'arith') throw incomplete(')', startLine, true)
      return parts
    }
    const ch = c.source[c.pos]
    if (mode.kind === 'unquoted' && METACHARACTERS.includes(ch)) return parts
    if (mode.kind === 'regex') {
      if (depth === 0 && (ch === ' ' || ch === '\t' || ch === '\n')) return parts
      if (ch === '(') depth++
      else if (ch === ')') depth--
    }
    if (mode.kind === 'double' && ch === '"') return parts
    if (mode.kind === 'brace') {
      if (depth === 0 && (ch === '}' || mode.stops.includes(ch))) return parts
      if (ch === '{') depth++
      else if (ch === '}') depth--
    }
    if (mode.kind === 'arith') {
      if (ch === ')' && depth === 0) return parts
      if (ch === '(') depth++
      else if (ch === ')') depth--
    }
    if (ch === '\\') readBackslash(c, parts, inDouble, mode.kind === 'double' ? '"' : mode.kind === 'brace' ? '"}' : '')
    else if (ch === "'" && !inDouble && mode.kind !== 'arith') readSingle(c, parts)
    else if (ch === '"' && (!inDouble || mode.kind === 'brace')) {
      c.pos++
      const inner = readParts(c, { kind: 'double' })
      c.pos++
      parts.push({ type: 'double', parts: inner })
    } else if (ch === '$') readDollar(c, parts, inDouble)
    else if (ch === '`') parts.push(readBackquote(c, mode.kind === 'double'))
    else {
      if (ch === '\n') c.line++
      pushText(parts, plain, ch)
      c.pos++
    }
  }
}

/** `escapable`: what else a backslash quotes inside double quotes (`"` there, also `}` in "${x:-…}"). */
function readBackslash(c: SourceCursor, parts: WordPart[], inDouble: boolean, escapable: string): void {
  const next = c.source[c.pos + 1]
  if (next === undefined) { pushText(parts, inDouble ? 'quoted' : 'literal', '\\'); c.pos++; return }
  if (next === '\n') {
    if (c.pos + 1 === c.syntheticEnd) throw incomplete('', c.line)
    c.pos += 2
    c.line++
    return
  }
  c.pos += 2
  if (!inDouble || '$`\\'.includes(next) || escapable.includes(next)) pushText(parts, 'quoted', next)
  else pushText(parts, 'quoted', '\\' + next)
}

function readSingle(c: SourceCursor, parts: WordPart[]): void {
  const end = c.source.indexOf("'", c.pos + 1)
  if (end < 0) throw incomplete("'", c.line, true)
  const text = c.source.slice(c.pos + 1, end)
  c.line += countNewlines(text)
  c.pos = end + 1
  // An empty '' still makes a (possibly empty) field, so it is kept as a part even without text.
  const last = parts[parts.length - 1]
  if (last && last.type === 'quoted') last.text += text
  else parts.push({ type: 'quoted', text })
}

const countNewlines = (text: string) => text.split('\n').length - 1

function readTilde(c: SourceCursor, parts: WordPart[], stops: string): void {
  const s = c.source
  if (s[c.pos] !== '~') return
  let j = c.pos + 1
  while (j < s.length && /[A-Za-z0-9._+-]/.test(s[j])) j++
  if (j < s.length && s[j] !== '/' && !METACHARACTERS.includes(s[j]) && !stops.includes(s[j])) return
  const user = s.slice(c.pos + 1, j)
  if (!/^([A-Za-z0-9._-]*|[+-])$/.test(user)) return
  parts.push({ type: 'tilde', user })
  c.pos = j
}

function readDollar(c: SourceCursor, parts: WordPart[], inDouble: boolean): void {
  const s = c.source
  const next = s[c.pos + 1]
  if (next === "'" && !inDouble) return readAnsiC(c, parts)
  if (next === '"' && !inDouble) { c.pos++; return }
  if (next === '(') {
    if (s[c.pos + 2] === '(' && readArithmetic(c, parts)) return
    c.pos += 2
    parts.push({ type: 'command', body: c.nested.commandSubstitution(c) })
    return
  }
  if (next === '{') { parts.push(readBraced(c, inDouble)); return }
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(c.pos + 1, c.pos + 256))?.[0]
    ?? (next !== undefined && /[0-9?#$@*!-]/.test(next) ? next : '')
  if (!name) {
    pushText(parts, inDouble ? 'quoted' : 'literal', '$')
    c.pos++
    return
  }
  parts.push({ type: 'param', name, op: null, raw: '$' + name })
  c.pos += 1 + name.length
}

function readAnsiC(c: SourceCursor, parts: WordPart[]): void {
  const s = c.source
  let i = c.pos + 2
  while (i < s.length && s[i] !== "'") i += s[i] === '\\' ? 2 : 1
  if (i >= s.length) throw incomplete("'", c.line, true)
  const body = s.slice(c.pos + 2, i)
  c.line += countNewlines(body)
  c.pos = i + 1
  const text = decodeEscapes(body, 'dollar').text
  const last = parts[parts.length - 1]
  if (last && last.type === 'quoted') last.text += text
  else parts.push({ type: 'quoted', text })
}

/** Tries $((…)); on failure restores the cursor and returns false so the caller reads $( (…) ). */
function readArithmetic(c: SourceCursor, parts: WordPart[]): boolean {
  const saved = { pos: c.pos, line: c.line, heredocs: c.heredocs.length }
  c.pos += 3
  try {
    const start = c.pos
    const inner = readParts(c, { kind: 'arith' })
    if (c.source[c.pos + 1] === ')') {
      const raw = c.source.slice(start, c.pos)
      c.pos += 2
      parts.push({ type: 'arith', expression: { parts: inner, raw } })
      return true
    }
  } catch (e) {
    if (!(e instanceof SyntaxFailure)) throw e
  }
  c.pos = saved.pos
  c.line = saved.line
  c.heredocs.length = saved.heredocs
  return false
}

function readBackquote(c: SourceCursor, inDoubleQuotes: boolean): WordPart {
  const s = c.source
  const line = c.line
  let i = c.pos + 1
  let text = ''
  for (;;) {
    if (i >= s.length) throw incomplete('`', line, true)
    const ch = s[i]
    if (ch === '`') break
    if (ch === '\\' && i + 1 < s.length) {
      const n = s[i + 1]
      if (n === '$' || n === '`' || n === '\\' || (inDoubleQuotes && n === '"')) { text += n; i += 2; continue }
    }
    if (ch === '\n') c.line++
    text += ch
    i++
  }
  c.pos = i + 1
  const { body, failure } = c.nested.backquoted(text, line)
  return failure ? { type: 'command', body, failure, text } : { type: 'command', body }
}

/** The parameter name at `i`: an identifier, a number, or one special character. */
function nameAt(s: string, i: number): string {
  const rest = s.slice(i, i + 256)
  return /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)?.[0] ?? /^[0-9]+/.exec(rest)?.[0] ?? (/^[?#$@*!-]/.exec(rest)?.[0] ?? '')
}

function readBraced(c: SourceCursor, inDouble: boolean): ParameterPart {
  const s = c.source
  const start = c.pos
  c.pos += 2
  let length = false
  if (s[c.pos] === '#' && s[c.pos + 1] !== '}') {
    const name = nameAt(s, c.pos + 1)
    if (name && s[c.pos + 1 + name.length] === '}') { length = true; c.pos++ }
  }
  const name = nameAt(s, c.pos)
  if (!name) return readBad(c, start)
  c.pos += name.length
  const finish = (op: ParameterOp | null): ParameterPart => {
    if (s[c.pos] !== '}') throw incomplete('}', c.line, true)
    c.pos++
    return { type: 'param', name, op, raw: s.slice(start, c.pos) }
  }
  if (length) return finish({ kind: 'length' })
  const ch = s[c.pos]
  if (ch === '}') return finish(null)
  const kinds = { '-': 'default', '=': 'assign', '?': 'error', '+': 'alternative' } as const
  const colon = ch === ':' && s[c.pos + 1] in kinds
  const opChar = colon ? s[c.pos + 1] : ch
  if (opChar in kinds) {
    c.pos += colon ? 2 : 1
    return finish({ kind: kinds[opChar as keyof typeof kinds], colon, word: readArgument(c, '', inDouble) })
  }
  if (ch === '#' || ch === '%') {
    const longest = s[c.pos + 1] === ch
    c.pos += longest ? 2 : 1
    return finish({ kind: ch === '#' ? 'remove-prefix' : 'remove-suffix', longest, pattern: readArgument(c, '') })
  }
  if (ch === '^' || ch === ',') {
    const all = s[c.pos + 1] === ch
    c.pos += all ? 2 : 1
    return finish({ kind: 'case', upper: ch === '^', all, pattern: readArgument(c, '') })
  }
  if (ch === '/') {
    c.pos++
    const all = s[c.pos] === '/'
    const anchor = !all && (s[c.pos] === '#' || s[c.pos] === '%') ? s[c.pos] as '#' | '%' : ''
    if (all || anchor) c.pos++
    const pattern = readArgument(c, '/')
    let replacement: Word = { parts: [], raw: '' }
    if (s[c.pos] === '/') { c.pos++; replacement = readArgument(c, '') }
    return finish({ kind: 'replace', all, anchor, pattern, replacement })
  }
  if (ch === ':') {
    c.pos++
    const offset = readArgument(c, ':')
    let lengthWord: Word | null = null
    if (s[c.pos] === ':') { c.pos++; lengthWord = readArgument(c, '') }
    return finish({ kind: 'substring', offset, length: lengthWord })
  }
  return readBad(c, start)
}

function readArgument(c: SourceCursor, stops: string, inDouble = false): Word {
  const start = c.pos
  const parts = readParts(c, { kind: 'brace', stops, inDouble })
  return { parts, raw: c.source.slice(start, c.pos) }
}

/** `${a b}`: bash accepts it when parsing and fails when expanding. */
function readBad(c: SourceCursor, start: number): ParameterPart {
  const s = c.source
  let depth = 0
  let i = start + 2
  for (; i < s.length; i++) {
    if (s[i] === '{') depth++
    else if (s[i] === '}') { if (depth === 0) break; depth-- }
  }
  if (i >= s.length) throw incomplete('}', c.line, true)
  c.line += countNewlines(s.slice(c.pos, i))
  c.pos = i + 1
  return { type: 'param', name: '', op: { kind: 'bad' }, raw: s.slice(start, c.pos) }
}

/** Splits shell source into tokens, one at a time, so that the parser decides what a word means where it stands
 *  (reserved words, assignments and aliases are the parser's business).
 *
 *  token     = word | operator | newline | end
 *  operator  = ";" | ";;" | "&" | "&&" | "|" | "||" | "|&" | "(" | ")"
 *            | [digits] ("<" | ">" | ">>" | ">|" | "<>" | ">&" | "<&" | "<<" | "<<-" | "<<<") | "&>" | "&>>"
 *  blanks    = space, tab, and backslash-newline between tokens; "#" starts a comment that runs to the newline
 *
 *  After a newline token the bodies of pending here-documents are read (lines up to the delimiter line; with
 *  `<<-` leading tabs are stripped); a body cut off by the end of input is `incomplete`. */
import type { RedirectOp, Word, WordPart } from './ast'
import { incomplete } from './parse-failure'
import type { SourceCursor } from './source-cursor'
import { createCursor } from './source-cursor'
import { readHeredocParts, readWord } from './word-reader'

export type Operator = ';' | ';;' | '&' | '&&' | '|' | '||' | '|&' | '(' | ')' | RedirectOp

export type Token =
  /** `literal` is the word's text when it is entirely unquoted plain text (a reserved word, name or alias). */
  | { type: 'word'; word: Word; literal: string | null; start: number; end: number; line: number }
  /** `fd` is the number written before a redirection operator (`2>`). */
  | { type: 'op'; op: Operator; fd: number | null; start: number; end: number; line: number }
  | { type: 'newline'; start: number; end: number; line: number }
  | { type: 'eof'; start: number; end: number; line: number }

const OPERATORS: readonly Operator[] = [
  '<<<', '<<-', '&>>', ';;', '&&', '||', '|&', '>>', '<<', '>&', '<&', '&>', '>|', '<>', ';', '&', '|', '(', ')', '<', '>',
]

export const REDIRECT_OPS: ReadonlySet<string> = new Set<RedirectOp>(
  ['<', '>', '>>', '>|', '<>', '>&', '<&', '&>', '&>>', '<<<', '<<', '<<-'],
)

function skipBlanks(c: SourceCursor): void {
  const s = c.source
  for (;;) {
    const ch = s[c.pos]
    if (ch === ' ' || ch === '\t') { c.pos++; continue }
    if (ch === '\\' && s[c.pos + 1] === '\n') {
      if (c.pos + 1 === c.syntheticEnd) throw incomplete('', c.line)
      c.pos += 2
      c.line++
      continue
    }
    if (ch === '#') {
      while (c.pos < s.length && s[c.pos] !== '\n') c.pos++
    }
    return
  }
}

function matchOperator(s: string, pos: number): Operator | null {
  for (const op of OPERATORS) if (s.startsWith(op, pos)) return op
  return null
}

export function nextToken(c: SourceCursor): Token {
  skipBlanks(c)
  const start = c.pos
  const line = c.line
  if (c.pos >= c.source.length) return { type: 'eof', start, end: start, line }
  const s = c.source
  if (s[c.pos] === '\n') {
    c.pos++
    c.line++
    const token: Token = { type: 'newline', start, end: c.pos, line }
    readHeredocBodies(c)
    return token
  }
  const op = matchOperator(s, c.pos)
  if (op) {
    c.pos += op.length
    return { type: 'op', op, fd: null, start, end: c.pos, line }
  }
  const word = readWord(c)
  const literal = word.parts.length === 1 && word.parts[0].type === 'literal' ? word.parts[0].text : null
  if (literal !== null && /^[0-9]+$/.test(literal) && (s[c.pos] === '<' || s[c.pos] === '>')) {
    const redirect = matchOperator(s, c.pos)
    if (redirect && REDIRECT_OPS.has(redirect) && redirect !== '&>' && redirect !== '&>>') {
      c.pos += redirect.length
      return { type: 'op', op: redirect, fd: Number(literal), start, end: c.pos, line }
    }
  }
  return { type: 'word', word, literal, start, end: c.pos, line }
}

/** The delimiter of a here-document: its word with quotes removed; any quoting turns expansion off. */
export function heredocDelimiter(word: Word): { text: string; quoted: boolean } {
  let text = ''
  let quoted = false
  const walk = (parts: WordPart[]) => {
    for (const p of parts) {
      if (p.type === 'literal') text += p.text
      else if (p.type === 'quoted') { text += p.text; quoted = true }
      else if (p.type === 'double') { quoted = true; walk(p.parts) }
      else if (p.type === 'tilde') text += '~' + p.user
      else text += p.type === 'param' ? p.raw : ''
    }
  }
  walk(word.parts)
  return { text, quoted }
}

function readHeredocBodies(c: SourceCursor): void {
  const pending = c.heredocs.splice(0)
  for (const redirect of pending) {
    const { text: delimiter, quoted } = heredocDelimiter(redirect.target)
    const stripTabs = redirect.op === '<<-'
    const bodyLine = c.line
    let body = ''
    for (;;) {
      if (c.pos >= c.source.length || c.pos === c.syntheticEnd + 1) throw incomplete(delimiter, c.line)
      let end = c.source.indexOf('\n', c.pos)
      if (end < 0) end = c.source.length
      let text = c.source.slice(c.pos, end)
      if (stripTabs) text = text.replace(/^\t+/, '')
      c.pos = Math.min(end + 1, c.source.length)
      c.line++
      if (text === delimiter) break
      body += text + '\n'
    }
    redirect.heredoc = quoted
      ? { parts: [{ type: 'quoted', text: body }], raw: body }
      : { parts: readBodyParts(body, c, bodyLine), raw: body }
  }
}

function readBodyParts(body: string, outer: SourceCursor, line: number): WordPart[] {
  const c = createCursor(body, outer.nested, { line, synthetic: false })
  return readHeredocParts(c)
}

/** [[ … ]]: the words up to `]]`, where && || ( ) < > and ! are operators rather than shell syntax, and the word
 *  after =~ is a regular expression that may hold ( ) and |. A newline or ; before `]]` is an error.
 *
 *  conditional = "[[" { word | "&&" | "||" | "(" | ")" | "<" | ">" | "!" } "]]" { redirect } */
import type { CompoundCommand, ConditionalItem } from './ast'
import type { Parser } from './parser'
import { readRegexWord } from './word-reader'

const OPERATORS = new Set(['&&', '||', '(', ')', '<', '>'])

export function parseConditional(p: Parser): CompoundCommand {
  const line = p.next().line
  const items: ConditionalItem[] = []
  for (;;) {
    const t = p.next()
    if (t.type === 'word') {
      if (t.literal === ']]') break
      items.push(t.literal === '!' ? { kind: 'op', op: '!' } : { kind: 'word', word: t.word })
      if (t.literal === '=~') items.push({ kind: 'word', word: readRegexWord(p.cursor) })
      continue
    }
    if (t.type === 'op' && t.fd === null && OPERATORS.has(t.op)) {
      items.push({ kind: 'op', op: t.op as '&&' | '||' | '(' | ')' | '<' | '>' })
      continue
    }
    throw p.fail(t, ']]')
  }
  return { type: 'conditional', items, redirects: p.redirects(), line }
}

/** Assignments as the parser recognises them: NAME=value or NAME+=value where NAME is unquoted plain text; a
 *  tilde right after the `=` (or after a `:` that ends the prefix) expands like one at the start of a word. */
import type { Assignment, Word, WordPart } from './ast'

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/

/** `NAME=value` as the parser sees it: the name must be plain unquoted text up to the `=`. */
export function asAssignment(word: Word): Assignment | null {
  const first = word.parts[0]
  if (!first || first.type !== 'literal') return null
  const m = ASSIGNMENT.exec(first.text)
  if (!m) return null
  const restText = first.text.slice(m[0].length)
  const rest: WordPart[] = restText ? [{ type: 'literal', text: restText }, ...word.parts.slice(1)] : word.parts.slice(1)
  const head = rest[0]
  if (head && head.type === 'literal' && head.text.startsWith('~')) {
    const tilde = /^~([A-Za-z0-9._-]*|[+-])(?=\/|:|$)/.exec(head.text)
    if (tilde && (head.text.length > tilde[0].length || rest.length === 1)) {
      const after = head.text.slice(tilde[0].length)
      rest.splice(0, 1, { type: 'tilde', user: tilde[1] }, ...(after ? [{ type: 'literal' as const, text: after }] : []))
    }
  }
  return { name: m[1], append: m[2] === '+', value: { parts: rest, raw: word.raw.slice(m[0].length) } }
}

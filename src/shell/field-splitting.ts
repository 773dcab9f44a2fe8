/** Field splitting: the pieces a word expanded to become fields, split at IFS characters where the text came
 *  from an unquoted expansion. IFS whitespace (space, tab, newline) in a run counts once and never makes empty
 *  fields; any other IFS character delimits exactly one field (`a::b` with IFS=: gives a, '', b).
 *  An empty unquoted expansion makes no field; an empty quoted string ("" or '') makes an empty one. */

/** A run of text and whether it was quoted (quoted text is never split or globbed). */
export interface Segment {
  text: string
  quoted: boolean
}

/** `split` marks text from an unquoted expansion; 'break' separates the fields of "$@". */
export type Piece = { text: string; quoted: boolean; split: boolean } | 'break'

export const DEFAULT_IFS = ' \t\n'

export function splitFields(pieces: readonly Piece[], ifs: string): Segment[][] {
  const whitespace = [...ifs].filter((c) => c === ' ' || c === '\t' || c === '\n').join('')
  const fields: Segment[][] = []
  let current: Segment[] | null = null
  // The last field was ended by IFS whitespace, so a non-whitespace delimiter right after it delimits nothing new.
  let softEnded = false
  const add = (text: string, quoted: boolean) => {
    current ??= []
    const last = current[current.length - 1]
    if (last && last.quoted === quoted) last.text += text
    else current.push({ text, quoted })
  }
  for (const piece of pieces) {
    if (piece === 'break') {
      if (current) fields.push(current)
      current = null
      softEnded = false
      continue
    }
    if (!piece.split || ifs === '') {
      if (piece.text === '' && !piece.quoted) continue
      add(piece.text, piece.quoted)
      softEnded = false
      continue
    }
    for (const ch of piece.text) {
      if (!ifs.includes(ch)) { add(ch, false); softEnded = false; continue }
      if (whitespace.includes(ch)) {
        if (current) { fields.push(current); current = null; softEnded = true }
        continue
      }
      if (current) { fields.push(current); current = null } else if (!softEnded) fields.push([])
      softEnded = false
    }
  }
  if (current) fields.push(current)
  return fields
}

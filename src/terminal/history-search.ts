/** Ctrl-R reverse incremental search, as readline does it. The prompt becomes
 *  "(reverse-i-search)`query': " and the buffer shows the newest entry containing the query, the cursor on the
 *  match. The search starts in the line being edited, left of the cursor, then walks older entries; an older entry
 *  equal to the line already shown is skipped. A query with no match keeps the last match on screen and reads
 *  "(failed reverse-i-search)". Accepting keeps the match as the line (and Up/Down continue from its entry);
 *  cancelling restores the line, cursor and entry the search started from. Invariant: while searching, buffer and
 *  cursor are the match shown (or the original line while the query is empty). */
import { currentLines, setLine, type EditorState } from './edit-state'

export interface SearchState {
  readonly query: string
  readonly failed: boolean
  /** The entry and offset of the match shown. */
  readonly lineIndex: number
  readonly pos: number
  /** What cancelling restores. */
  readonly original: { readonly buffer: string; readonly cursor: number; readonly index: number }
}

interface Match {
  readonly lineIndex: number
  readonly pos: number
}

/** The newest match at or before (fromLine, fromPos), looking right to left within a line. */
function findBackward(lines: readonly string[], query: string, fromLine: number, fromPos: number, skip: string): Match | null {
  for (let i = Math.min(fromLine, lines.length - 1); i >= 0; i--) {
    const line = lines[i]
    if (i !== fromLine && line === skip) continue
    const last = line.length - query.length
    const start = i === fromLine ? Math.min(fromPos, last) : last
    if (start < 0) continue
    const pos = line.lastIndexOf(query, start)
    if (pos >= 0) return { lineIndex: i, pos }
  }
  return null
}

export function searchPrompt(search: SearchState): string {
  return `(${search.failed ? 'failed ' : ''}reverse-i-search)\`${search.query}': `
}

export function startSearch(s: EditorState): EditorState {
  const original = { buffer: s.buffer, cursor: s.cursor, index: s.index }
  const search: SearchState = { query: '', failed: false, lineIndex: s.index, pos: s.cursor, original }
  return { ...s, lines: currentLines(s), search }
}

function show(s: EditorState, search: SearchState, match: Match | null): EditorState {
  if (!match) return { ...s, search: { ...search, failed: true } }
  const line = s.lines[match.lineIndex]
  return { ...setLine(s, line, match.pos), search: { ...search, ...match, failed: false } }
}

/** Adds typed text to the query; the match may stay where it is if it still matches there. */
export function extendQuery(s: EditorState, text: string): EditorState {
  if (!s.search || !text) return s
  const search = { ...s.search, query: s.search.query + text }
  if (s.search.failed) return { ...s, search: { ...search, failed: true } }
  return show(s, search, findBackward(s.lines, search.query, search.lineIndex, search.pos, s.buffer))
}

/** Ctrl-R again: the next older match. An empty query does nothing. */
export function searchOlder(s: EditorState): EditorState {
  const search = s.search
  if (!search || !search.query) return s
  return show(s, search, findBackward(s.lines, search.query, search.lineIndex, search.pos - 1, s.buffer))
}

/** Backspace: drops the last character of the query and searches again from the match shown. */
export function shortenQuery(s: EditorState): EditorState {
  const search = s.search
  if (!search || !search.query) return s
  const query = [...search.query].slice(0, -1).join('')
  if (!query) {
    const { original } = search
    const back = setLine(s, s.lines[original.index] ?? original.buffer, original.cursor)
    return { ...back, search: { ...search, query, failed: false, lineIndex: original.index, pos: original.cursor } }
  }
  const shorter = { ...search, query }
  return show(s, shorter, findBackward(s.lines, query, search.lineIndex, search.pos, s.buffer))
}

/** Ends the search keeping the match as the line being edited. */
export function acceptSearch(s: EditorState): EditorState {
  if (!s.search) return s
  return { ...s, search: null, index: s.search.lineIndex }
}

/** Ends the search restoring the line it started from. */
export function cancelSearch(s: EditorState): EditorState {
  if (!s.search) return s
  const { original } = s.search
  return { ...setLine(s, original.buffer, original.cursor), index: original.index, search: null }
}

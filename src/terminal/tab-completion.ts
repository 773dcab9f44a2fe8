/** Tab completion in bash's manner, on top of a Completer. One candidate replaces the word and adds a space (none
 *  after a directory's '/', and none if a space already follows); several replace the word with their longest
 *  common prefix; if that changes nothing the editor rings the bell, and the next Tab lists the candidates:
 *  sorted, in columns down then across as readline prints them (column width = widest + 2), after asking
 *  "Display all N possibilities? (y or n)" when there are 100 or more (readline's completion-query-items).
 *  Invariant: completing never throws, whatever the completer returns or throws. */
import { stringWidth } from './char-width'
import type { Completer, CompletionResult } from './completion'
import { replaceRange, type EditorState } from './edit-state'

/** readline's completion-query-items: from this many candidates on, ask before listing. */
export const QUERY_ITEMS = 100

export interface CompletionStep {
  readonly state: EditorState
  /** Whether the buffer changed. */
  readonly inserted: boolean
  /** The distinct candidates, sorted. */
  readonly candidates: readonly string[]
  readonly filenames: boolean
}

const printable = (s: string): string => s.replace(/[\x00-\x1f\x7f-\x9f]/g, '')

/** Asks the completer, guarding against anything it might do wrong. */
export function askCompleter(complete: Completer | undefined, line: string, cursor: number): CompletionResult {
  const none = { start: cursor, end: cursor, candidates: [] }
  if (!complete) return none
  try {
    const r = complete(line, cursor)
    if (!r || !Array.isArray(r.candidates)) return none
    const start = Number.isInteger(r.start) ? Math.max(0, Math.min(r.start, line.length)) : cursor
    const end = Number.isInteger(r.end) ? Math.max(start, Math.min(r.end, line.length)) : Math.max(start, cursor)
    return { ...r, start, end, candidates: r.candidates.filter((c) => typeof c === 'string') }
  } catch {
    return none
  }
}

export function longestCommonPrefix(words: readonly string[]): string {
  if (words.length === 0) return ''
  let prefix = words[0]
  for (const w of words) {
    let i = 0
    while (i < prefix.length && i < w.length && prefix[i] === w[i]) i++
    prefix = prefix.slice(0, i)
  }
  // Never end between the two halves of a surrogate pair.
  const last = prefix.charCodeAt(prefix.length - 1)
  return last >= 0xd800 && last < 0xdc00 ? prefix.slice(0, -1) : prefix
}

/** One Tab: insert what all candidates agree on. */
export function completeWord(s: EditorState, result: CompletionResult): CompletionStep {
  const candidates = [...new Set(result.candidates.map(printable))].filter((c) => c !== '').sort(compareCodeUnits)
  const filenames = result.filenames === true
  const word = s.buffer.slice(result.start, result.end)
  if (candidates.length === 0) return { state: s, inserted: false, candidates, filenames }
  if (candidates.length === 1) {
    const [only] = candidates
    let state = replaceRange(s, result.start, result.end, only)
    if (!only.endsWith('/')) {
      state = state.buffer[state.cursor] === ' ' ? { ...state, cursor: state.cursor + 1 } : replaceRange(state, state.cursor, state.cursor, ' ')
    }
    return { state, inserted: state.buffer !== s.buffer || state.cursor !== s.cursor, candidates, filenames }
  }
  const prefix = longestCommonPrefix(candidates)
  if (prefix.length < word.length || prefix === word) return { state: s, inserted: false, candidates, filenames }
  return { state: replaceRange(s, result.start, result.end, prefix), inserted: true, candidates, filenames }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** What a listing shows of a candidate: file names show only their last component ("/etc/yum/" → "yum/"). */
export function displayName(candidate: string, filenames: boolean): string {
  if (!filenames) return candidate
  const dir = candidate.endsWith('/')
  const bare = dir ? candidate.slice(0, -1) : candidate
  const slash = bare.lastIndexOf('/')
  if (slash < 0 || bare === '') return candidate
  return bare.slice(slash + 1) + (dir ? '/' : '')
}

/** The rows of a listing for a terminal `cols` wide, as readline's rl_display_match_list prints them: sorted down
 *  the columns, each padded to the widest + 2 except in the last column. */
export function listingRows(candidates: readonly string[], cols: number, filenames = false): string[] {
  const names = candidates.map((c) => displayName(c, filenames))
  if (names.length === 0) return []
  const max = Math.max(...names.map(stringWidth)) + 2
  const width = Math.max(1, Math.floor(cols) || 1)
  let perRow = Math.floor(width / max)
  if (perRow !== 1 && perRow * max === width) perRow--
  if (perRow <= 0) perRow = 1
  const rowCount = Math.ceil(names.length / perRow)
  const rows: string[] = []
  for (let r = 0; r < rowCount; r++) {
    let row = ''
    for (let c = 0, i = r; c < perRow && i < names.length; c++, i += rowCount) {
      const name = names[i]
      row += name
      if (c + 1 < perRow) row += ' '.repeat(Math.max(1, max - stringWidth(name)))
    }
    rows.push(row)
  }
  return rows
}

export const displayAllQuestion = (count: number): string => `Display all ${count} possibilities? (y or n)`

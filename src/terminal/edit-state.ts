/** The line being edited, as plain data, and the edit operations on it (readline's emacs mode). Each operation is
 *  a pure function that returns a new state, or the same object when it can do nothing (the editor rings the bell
 *  for some of those). Invariant: 0 <= cursor <= buffer.length, on a cluster boundary.
 *
 *  History: `lines` is the caller's history with the new line appended. Walking Up/Down stores the buffer into the
 *  entry being left, so edits to old entries and the new line survive a round trip (as readline keeps them); the
 *  caller's history array itself is never changed. */
import { clusterSpans, clusterStart, nextClusterEnd, previousClusterStart } from './clusters'
import type { SearchState } from './history-search'

export interface EditorState {
  readonly buffer: string
  /** UTF-16 offset into buffer. */
  readonly cursor: number
  /** The kill ring's one entry: what Ctrl-Y yanks. */
  readonly killed: string
  /** History entries, oldest first, then the new line. */
  readonly lines: readonly string[]
  /** Which of `lines` the buffer shows; lines.length - 1 is the new line. */
  readonly index: number
  /** Set while Ctrl-R reverse search is active. */
  readonly search: SearchState | null
  /** The previous command's name: consecutive kills append to the kill ring; a second Tab lists. */
  readonly last: string
}

export function createEditorState(history: readonly string[] = []): EditorState {
  const lines = [...history, '']
  return { buffer: '', cursor: 0, killed: '', lines, index: lines.length - 1, search: null, last: '' }
}

const KILLS = new Set(['kill-line', 'unix-line-discard', 'unix-word-rubout', 'kill-word', 'backward-kill-word'])

const withCursor = (s: EditorState, cursor: number): EditorState =>
  cursor === s.cursor ? s : { ...s, cursor: clusterStart(s.buffer, cursor) }

/** Replaces buffer[start, end) with text and puts the cursor after it. */
export function replaceRange(s: EditorState, start: number, end: number, text: string): EditorState {
  const from = clusterStart(s.buffer, Math.min(start, end))
  const to = Math.max(from, Math.min(s.buffer.length, Math.floor(Math.max(start, end)) || 0))
  const buffer = s.buffer.slice(0, from) + text + s.buffer.slice(to)
  return { ...s, buffer, cursor: clusterStart(buffer, from + text.length) }
}

export const insertText = (s: EditorState, text: string): EditorState =>
  text ? replaceRange(s, s.cursor, s.cursor, text) : s

export function setLine(s: EditorState, buffer: string, cursor = buffer.length): EditorState {
  return { ...s, buffer, cursor: clusterStart(buffer, cursor) }
}

export const deleteBackward = (s: EditorState): EditorState =>
  s.cursor === 0 ? s : replaceRange(s, previousClusterStart(s.buffer, s.cursor), s.cursor, '')

export const deleteForward = (s: EditorState): EditorState =>
  s.cursor >= s.buffer.length ? s : replaceRange(s, s.cursor, nextClusterEnd(s.buffer, s.cursor), '')

export const moveLeft = (s: EditorState): EditorState => withCursor(s, previousClusterStart(s.buffer, s.cursor))
export const moveRight = (s: EditorState): EditorState => withCursor(s, nextClusterEnd(s.buffer, s.cursor))
export const moveToStart = (s: EditorState): EditorState => withCursor(s, 0)
export const moveToEnd = (s: EditorState): EditorState => withCursor(s, s.buffer.length)

const isWordChar = (cluster: string): boolean => /^[\p{L}\p{N}]/u.test(cluster)
const notSpace = (cluster: string): boolean => !/^\s/u.test(cluster)

/** Start of the word before `from`: skip non-word clusters backwards, then word clusters. */
function wordStartBefore(text: string, from: number, inWord: (cluster: string) => boolean): number {
  const spans = clusterSpans(text).filter((c) => c.end <= from)
  let i = spans.length
  while (i > 0 && !inWord(spans[i - 1].text)) i--
  while (i > 0 && inWord(spans[i - 1].text)) i--
  return i < spans.length ? spans[i].start : from
}

/** End of the word after `from`: skip non-word clusters forwards, then word clusters. */
function wordEndAfter(text: string, from: number, inWord: (cluster: string) => boolean): number {
  const spans = clusterSpans(text).filter((c) => c.start >= from)
  let i = 0
  while (i < spans.length && !inWord(spans[i].text)) i++
  while (i < spans.length && inWord(spans[i].text)) i++
  return i > 0 ? spans[i - 1].end : from
}

/** M-b, C-Left: to the start of this or the previous word (letters and digits). */
export const wordLeft = (s: EditorState): EditorState => withCursor(s, wordStartBefore(s.buffer, s.cursor, isWordChar))
/** M-f, C-Right: to the end of this or the next word. */
export const wordRight = (s: EditorState): EditorState => withCursor(s, wordEndAfter(s.buffer, s.cursor, isWordChar))

/** Removes buffer[from, to) into the kill ring; right after another kill it joins the previous kill. */
function kill(s: EditorState, from: number, to: number): EditorState {
  if (from === to) return s
  const text = s.buffer.slice(from, to)
  const joined = KILLS.has(s.last) ? (to <= s.cursor ? text + s.killed : s.killed + text) : text
  const buffer = s.buffer.slice(0, from) + s.buffer.slice(to)
  return { ...s, buffer, cursor: from, killed: joined }
}

/** C-k */
export const killToEnd = (s: EditorState): EditorState => kill(s, s.cursor, s.buffer.length)
/** C-u */
export const killToStart = (s: EditorState): EditorState => kill(s, 0, s.cursor)
/** C-w: the word before the cursor, delimited by whitespace (unix-word-rubout). */
export const killWordBackward = (s: EditorState): EditorState =>
  kill(s, wordStartBefore(s.buffer, s.cursor, notSpace), s.cursor)
/** M-Backspace: the word before the cursor, letters and digits only (backward-kill-word). */
export const killAlnumWordBackward = (s: EditorState): EditorState =>
  kill(s, wordStartBefore(s.buffer, s.cursor, isWordChar), s.cursor)
/** M-d: to the end of the next word (kill-word). */
export const killWordForward = (s: EditorState): EditorState =>
  kill(s, s.cursor, wordEndAfter(s.buffer, s.cursor, isWordChar))

/** C-y */
export const yank = (s: EditorState): EditorState => insertText(s, s.killed)

/** Shows another history entry, keeping the edits made to the one left behind. */
export function showEntry(s: EditorState, index: number): EditorState {
  if (index === s.index || index < 0 || index >= s.lines.length) return s
  const lines = s.lines.slice()
  lines[s.index] = s.buffer
  const buffer = lines[index]
  return { ...s, lines, index, buffer, cursor: buffer.length }
}

/** Up, C-p */
export const historyPrevious = (s: EditorState): EditorState => showEntry(s, s.index - 1)
/** Down, C-n */
export const historyNext = (s: EditorState): EditorState => showEntry(s, s.index + 1)

/** The lines with the buffer stored into the entry it shows: what history search reads. */
export function currentLines(s: EditorState): readonly string[] {
  if (s.lines[s.index] === s.buffer) return s.lines
  const lines = s.lines.slice()
  lines[s.index] = s.buffer
  return lines
}

/** C-t: swaps the characters around the cursor and moves forward; at the end, swaps the last two. */
export function transposeChars(s: EditorState): EditorState {
  const spans = clusterSpans(s.buffer)
  if (s.cursor === 0 || spans.length < 2) return s
  let i = spans.findIndex((c) => c.start >= s.cursor)
  if (i < 0) i = spans.length - 1
  const [a, b] = [spans[i - 1], spans[i]]
  const buffer = s.buffer.slice(0, a.start) + b.text + a.text + s.buffer.slice(b.end)
  return { ...s, buffer, cursor: b.end }
}

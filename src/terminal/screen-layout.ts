/** Where prompt + line land on an auto-wrapping terminal `cols` wide, counted from the prompt's first cell
 *  (row 0, col 0). A character that does not fit in what is left of a row goes to the next row: a narrow one only
 *  when the row is full, a wide one also when one cell is left, which then stays empty (as xterm and xterm.js do).
 *  Positions are "raw": after a character ending exactly at the right margin, col === cols (the terminal's pending
 *  wrap). `normalize` turns that into the first cell of the next row, where the renderer always parks the cursor.
 *  The prompt's escape sequences (colours) take no cells. */
import { charWidth } from './char-width'
import { clusterSpans } from './clusters'

export interface Position {
  readonly row: number
  readonly col: number
}

export interface PlacedCluster {
  readonly text: string
  /** UTF-16 offset into the line. */
  readonly offset: number
  readonly width: number
  /** Where the cluster is drawn. */
  readonly at: Position
  /** True when a wide cluster went to the next row early, leaving the previous row's last cell empty. */
  readonly early: boolean
}

export interface Layout {
  readonly cols: number
  readonly promptEnd: Position
  readonly clusters: readonly PlacedCluster[]
  /** Just after the last cluster (raw: col may equal cols). */
  readonly end: Position
}

/** Escape sequences: CSI, OSC (ended by BEL or ST), and two-character ESC sequences. */
const ESCAPES = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])/g

/** The prompt as it shows: escape sequences and other control characters removed. */
export function visiblePrompt(prompt: string): string {
  return prompt.replace(ESCAPES, '').replace(/[\x00-\x1f\x7f]/g, '')
}

/** The columns a terminal really has: xterm.js never goes below 2. */
export const effectiveCols = (cols: number): number => Math.max(2, Math.floor(Number.isFinite(cols) ? cols : 80))

const clusterWidth = (text: string): number => {
  let width = 0
  for (const ch of text) width += charWidth(ch.codePointAt(0) ?? 0)
  return width
}

/** Where a cluster `width` wide is drawn when the cursor is at `from` (raw). */
function place(from: Position, width: number, cols: number): { at: Position; early: boolean } {
  if (width > 0 && from.col + width > cols && from.col > 0) {
    return { at: { row: from.row + 1, col: 0 }, early: from.col < cols }
  }
  return { at: from, early: false }
}

function advance(pos: Position, text: string, cols: number): Position {
  let at = pos
  for (const c of clusterSpans(text)) {
    const width = clusterWidth(c.text)
    at = place(at, width, cols).at
    at = { row: at.row, col: at.col + width }
  }
  return at
}

export function layoutLine(prompt: string, text: string, cols: number): Layout {
  const width = effectiveCols(cols)
  const promptEnd = advance({ row: 0, col: 0 }, visiblePrompt(prompt), width)
  const placed: PlacedCluster[] = []
  let pos = promptEnd
  for (const c of clusterSpans(text)) {
    const w = clusterWidth(c.text)
    const { at, early } = place(pos, w, width)
    placed.push({ text: c.text, offset: c.start, width: w, at, early })
    pos = { row: at.row, col: at.col + w }
  }
  return { cols: width, promptEnd, clusters: placed, end: pos }
}

/** A raw position at the right margin becomes the first cell of the next row. */
export function normalize(p: Position, cols: number): Position {
  return p.col >= cols ? { row: p.row + 1, col: 0 } : p
}

/** Where the cursor shows when it is at `offset` in the line: on the cluster there, or after the last one. */
export function cursorPosition(layout: Layout, offset: number): Position {
  const c = layout.clusters.find((p) => p.offset >= offset)
  return c ? normalize(c.at, layout.cols) : normalize(layout.end, layout.cols)
}

/** Where writing resumes after the first `count` clusters (count 0: the prompt's start), normalized. */
export function resumePosition(layout: Layout, count: number, includePrompt: boolean): Position {
  if (includePrompt) return { row: 0, col: 0 }
  if (count === 0) return normalize(layout.promptEnd, layout.cols)
  const c = layout.clusters[count - 1]
  return normalize({ row: c.at.row, col: c.at.col + c.width }, layout.cols)
}

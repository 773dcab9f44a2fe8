/** Rendering prompt + line to ANSI text, with minimal redraws. The terminal auto-wraps; the renderer only ever
 *  moves the cursor relatively (CSI A/B/C/D, \r, \b) and erases with CSI K (rest of the row) or CSI J (rest of
 *  the screen), so the line can start on any row. It assumes the line starts at column 0.
 *
 *  Invariant between calls: the terminal cursor is at cursorPosition(layout, cursor) of the last display drawn, and
 *  never in the pending-wrap state. When a write ends exactly at the right margin the renderer writes " \r": the
 *  space forces the wrap (scrolling if need be) and \r returns to the new row's first cell, as readline does.
 *  Typing at the end of the line therefore outputs just the typed text, except at the margin. */
import { cursorPosition, layoutLine, normalize, resumePosition, type Layout, type Position } from './screen-layout'

export interface Display {
  /** May contain colour escape sequences; they take no cells. */
  readonly prompt: string
  readonly text: string
  /** UTF-16 offset into text. */
  readonly cursor: number
  readonly cols: number
}

const CSI = '\x1b['
export const ERASE_LINE = `${CSI}K`
export const ERASE_BELOW = `${CSI}J`
export const CLEAR_SCREEN = `${CSI}H${CSI}2J`

/** Relative cursor movement from one position to another. */
export function moveCursor(from: Position, to: Position): string {
  let out = ''
  if (to.row < from.row) out += `${CSI}${from.row - to.row}A`
  else if (to.row > from.row) out += `${CSI}${to.row - from.row}B`
  if (to.col === 0 && from.col !== 0) out += '\r'
  else if (to.col < from.col) out += from.col - to.col === 1 ? '\b' : `${CSI}${from.col - to.col}D`
  else if (to.col > from.col) out += `${CSI}${to.col - from.col}C`
  return out
}

const after = (a: Position, b: Position): boolean => a.row > b.row || (a.row === b.row && a.col > b.col)

/** The text of clusters from `count` on, plus the wrap-forcing " \r" if it ends at the margin. */
function tail(layout: Layout, text: string, count: number): string {
  const from = count < layout.clusters.length ? layout.clusters[count].offset : text.length
  const wrap = layout.end.col >= layout.cols && from < text.length ? ' \r' : ''
  return text.slice(from) + wrap
}

function layoutOf(d: Display): Layout {
  return layoutLine(d.prompt, d.text, d.cols)
}

export const cursorOf = (d: Display): Position => cursorPosition(layoutOf(d), d.cursor)
const endOf = (layout: Layout): Position => normalize(layout.end, layout.cols)

/** Draws prompt + line from the first column of the current row. */
export function drawDisplay(d: Display): string {
  const layout = layoutOf(d)
  const wrap = layout.end.col >= layout.cols ? ' \r' : ''
  return d.prompt + d.text + wrap + moveCursor(endOf(layout), cursorPosition(layout, d.cursor))
}

/** Redraws from `prev` (on screen, cursor where it left it) to `next`: only what differs is written. */
export function updateDisplay(prev: Display, next: Display): string {
  if (prev.cols !== next.cols) return eraseDisplay(prev) + drawDisplay(next)
  const before = layoutOf(prev)
  const now = layoutOf(next)
  const from = cursorPosition(before, prev.cursor)
  const samePrompt = prev.prompt === next.prompt
  let common = 0
  if (samePrompt) {
    const limit = Math.min(before.clusters.length, now.clusters.length)
    while (common < limit && before.clusters[common].text === now.clusters[common].text) common++
  }
  const to = cursorPosition(now, next.cursor)
  if (samePrompt && common === before.clusters.length && common === now.clusters.length) return moveCursor(from, to)

  const resume = resumePosition(now, common, !samePrompt)
  let out = moveCursor(from, resume)
  const oldEnd = endOf(before)
  const stale = !samePrompt || after(oldEnd, endOf(now)) || now.clusters.slice(common).some((c) => c.early)
  if (stale && after(oldEnd, resume)) out += oldEnd.row === resume.row ? ERASE_LINE : ERASE_BELOW
  if (!samePrompt) {
    const wrap = now.end.col >= now.cols ? ' \r' : ''
    out += next.prompt + next.text + wrap
  } else {
    out += tail(now, next.text, common)
  }
  return out + moveCursor(endOf(now), to)
}

/** Moves to the line's end and on to the first column of a fresh row below it (for Enter, ^C, listings). */
export function leaveDisplay(d: Display, suffix = ''): string {
  const layout = layoutOf(d)
  const end = endOf(layout)
  const move = moveCursor(cursorPosition(layout, d.cursor), end)
  if (!suffix && layout.end.col >= layout.cols) return move
  return `${move}${suffix}\r\n`
}

/** Moves to where the prompt starts and erases everything from there down. */
export function eraseDisplay(d: Display): string {
  const from = cursorOf(d)
  return moveCursor(from, { row: 0, col: 0 }) + ERASE_BELOW
}

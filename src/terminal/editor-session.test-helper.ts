/** A line editor wired to a screen model, for tests: what the editor writes is applied to the screen, and
 *  `screenProblem()` says how the screen differs from what it should show (prompt + buffer, the cursor on the
 *  right cell), or returns '' when it shows exactly that. The expected picture is made by writing prompt + buffer
 *  plainly onto a fresh screen, so it does not depend on the renderer being tested. */
import { charWidth } from './char-width'
import { clusters } from './clusters'
import { searchPrompt } from './history-search'
import { createLineEditor, type FeedResult, type LineEditor, type LineEditorOptions } from './line-editor'
import { createScreenModel, type ScreenModel } from './screen-model.test-helper'

export interface EditorSession {
  readonly editor: LineEditor
  readonly screen: ScreenModel
  /** The row the prompt was first drawn on. */
  readonly startRow: number
  /** Everything the editor has written. */
  readonly output: string
  /** Feeds each chunk in turn; returns the last result. */
  type(...chunks: string[]): FeedResult
  /** '' if the screen shows prompt + buffer with the cursor in place; otherwise what is wrong. */
  screenProblem(options?: { moved?: boolean }): string
  /** The rows the line takes on screen. */
  lineRows(): string[]
  /** Narrows or widens the terminal (as xterm.js does, without reflowing the line) and tells the editor. */
  resize(cols: number): string
}

export interface SessionOptions extends Partial<LineEditorOptions> {
  rows?: number
  /** Written to the screen before the prompt (it must end at the start of a row). */
  before?: string
}

/** Where prompt + text[0, cursor) leaves the cursor on a fresh screen: the cell the next character is drawn in. */
function expectedCursor(cols: number, prompt: string, text: string, cursor: number): { row: number; col: number } {
  const screen = createScreenModel(cols, prompt.length + cursor + 2)
  screen.write(prompt + text.slice(0, cursor))
  const { row, col } = screen.cursor
  if (col >= cols) return { row: row + 1, col: 0 }
  const next = clusters(text.slice(cursor))[0]
  if (next && charWidth(next.codePointAt(0)!) === 2 && col === cols - 1) return { row: row + 1, col: 0 }
  return { row, col }
}

export function startSession(options: SessionOptions = {}): EditorSession {
  let cols = options.cols ?? 80
  const screen = createScreenModel(cols, options.rows ?? 60)
  if (options.before) screen.write(options.before)
  const editor = createLineEditor({ prompt: options.prompt ?? '$ ', cols, history: options.history, complete: options.complete })
  const startRow = screen.cursor.row
  let output = editor.start()
  screen.write(output)

  const currentPrompt = () => (editor.state.search ? searchPrompt(editor.state.search) : (options.prompt ?? '$ '))

  function rowsOf(prompt: string, text: string): string[] {
    const fresh = createScreenModel(cols, prompt.length + text.length + 2)
    fresh.write(prompt + text)
    const rows: string[] = []
    for (let r = 0; r <= fresh.cursor.row; r++) rows.push(fresh.rowText(r))
    return rows
  }

  const session: EditorSession = {
    editor,
    screen,
    startRow,
    get output() {
      return output
    },
    type(...chunks) {
      let result: FeedResult = { output: '', outcome: { kind: 'pending' }, rest: '' }
      for (const chunk of chunks) {
        result = editor.feed(chunk)
        output += result.output
        screen.write(result.output)
      }
      return result
    },
    screenProblem({ moved = false } = {}) {
      const { buffer, cursor } = editor.state
      const prompt = currentPrompt()
      if (screen.cursor.col >= cols) return 'the cursor was left in the pending-wrap state'
      const want = expectedCursor(cols, prompt, buffer, cursor)
      const top = moved ? screen.cursor.row - want.row : startRow
      const expected = rowsOf(prompt, buffer)
      for (let r = 0; r < Math.max(expected.length, screen.rowCount - top); r++) {
        const actual = screen.rowText(top + r)
        if (actual !== (expected[r] ?? '')) return `row ${r} shows ${JSON.stringify(actual)}, expected ${JSON.stringify(expected[r] ?? '')}`
      }
      const at = { row: screen.cursor.row - top, col: screen.cursor.col }
      if (at.row !== want.row || at.col !== want.col) return `cursor at ${JSON.stringify(at)}, expected ${JSON.stringify(want)}`
      return ''
    },
    resize(newCols) {
      screen.resize(newCols)
      cols = newCols
      const out = editor.resize(newCols)
      output += out
      screen.write(out)
      return out
    },
    lineRows() {
      const { row } = expectedCursor(cols, currentPrompt(), editor.state.buffer, editor.state.buffer.length)
      const rows: string[] = []
      for (let r = 0; r <= row; r++) rows.push(screen.rowText(startRow + r))
      return rows
    },
  }
  return session
}

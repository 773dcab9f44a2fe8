/** A small terminal screen for tests: applies text (with auto-wrap, wide and zero-width characters), \r, \n, \b,
 *  BEL and CSI A/B/C/D/H/J/K/m to a grid, as xterm.js does. Rows scroll into a scrollback kept above the viewport,
 *  and row numbers are absolute (scrollback included), so a test can find where a prompt was drawn.
 *
 *  It is stricter than a terminal: in the pending-wrap state (after a character lands in the last column) only
 *  printing, \r and \n are accepted, because terminals disagree on what erasing or moving does there. A renderer
 *  that relies on it throws here. */
import { charWidth } from './char-width'

const TAIL = '\0'
const BLANK = ' '

export interface ScreenModel {
  readonly cols: number
  write(data: string): void
  /** Absolute row and column of the cursor; col === cols means pending wrap. */
  readonly cursor: { readonly row: number; readonly col: number }
  /** A row's text: wide characters once, blanks as spaces, trailing blanks trimmed. */
  rowText(row: number): string
  /** How many rows exist (scrollback + viewport). */
  readonly rowCount: number
  /** Changes the width as xterm.js does for the cursor's line: rows are cut or padded, not reflowed. */
  resize(cols: number): void
}

export function createScreenModel(initialCols: number, rows = 50): ScreenModel {
  let cols = initialCols
  const lines: string[][] = []
  const blankRow = () => Array.from({ length: cols }, () => BLANK)
  for (let i = 0; i < rows; i++) lines.push(blankRow())
  let top = 0
  let row = 0
  let col = 0

  const bottom = () => top + rows - 1
  const pending = () => col >= cols

  function lineFeed() {
    if (row === bottom()) {
      lines.push(blankRow())
      top++
    }
    row++
  }

  /** Clears both halves of a wide character that covers cell c of the current row. */
  function breakWide(c: number) {
    const line = lines[row]
    if (c < 0 || c >= cols) return
    if (line[c] === TAIL && c > 0) {
      line[c - 1] = BLANK
      line[c] = BLANK
    } else if (c + 1 < cols && line[c + 1] === TAIL) {
      line[c + 1] = BLANK
    }
  }

  function print(ch: string) {
    const width = charWidth(ch.codePointAt(0) ?? 0)
    if (width === 0) {
      let c = Math.min(col, cols) - 1
      if (c >= 0 && lines[row][c] === TAIL) c--
      if (c >= 0) lines[row][c] += ch
      return
    }
    if (pending()) {
      lineFeed()
      col = 0
    } else if (width === 2 && col === cols - 1) {
      breakWide(col)
      lines[row][col] = BLANK
      lineFeed()
      col = 0
    }
    breakWide(col)
    if (width === 2) breakWide(col + 1)
    lines[row][col] = ch
    if (width === 2) lines[row][col + 1] = TAIL
    col += width
  }

  function strict(what: string) {
    if (pending()) throw new Error(`${JSON.stringify(what)} in the pending-wrap state is ambiguous`)
  }

  function erase(from: number, to: number, r: number) {
    for (let c = Math.max(0, from); c < Math.min(cols, to); c++) {
      breakWideAt(r, c)
      lines[r][c] = BLANK
    }
  }

  function breakWideAt(r: number, c: number) {
    const saved = row
    row = r
    breakWide(c)
    row = saved
  }

  function csi(params: string, final: string) {
    const n = (i: number, d: number) => {
      const v = Number(params.split(';')[i])
      return Number.isFinite(v) && v > 0 ? v : d
    }
    if (final === 'm') return
    strict(`CSI ${params}${final}`)
    switch (final) {
      case 'A': row = Math.max(top, row - n(0, 1)); break
      case 'B': row = Math.min(bottom(), row + n(0, 1)); break
      case 'C': col = Math.min(cols - 1, col + n(0, 1)); break
      case 'D': col = Math.max(0, col - n(0, 1)); break
      case 'H': row = top + Math.min(rows, n(0, 1)) - 1; col = Math.min(cols, n(1, 1)) - 1; break
      case 'K': erase(params === '1' ? 0 : col, params === '1' ? col + 1 : cols, row); if (params === '2') erase(0, cols, row); break
      case 'J':
        if (params === '2' || params === '3') for (let r = top; r <= bottom(); r++) erase(0, cols, r)
        else {
          erase(col, cols, row)
          for (let r = row + 1; r <= bottom(); r++) erase(0, cols, r)
        }
        break
      default: throw new Error(`the screen model does not know CSI ${params}${final}`)
    }
  }

  function write(data: string) {
    const chars = [...data]
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]
      if (ch === '\x1b') {
        if (chars[i + 1] !== '[') throw new Error(`the screen model does not know ESC ${chars[i + 1]}`)
        let j = i + 2
        while (j < chars.length && !/[@-~]/.test(chars[j])) j++
        csi(chars.slice(i + 2, j).join(''), chars[j] ?? '')
        i = j
      } else if (ch === '\r') col = 0
      else if (ch === '\n') {
        lineFeed()
        if (pending()) col = cols - 1
      } else if (ch === '\b') {
        strict('\\b')
        col = Math.max(0, col - 1)
      } else if (ch === '\x07') continue
      else if (ch.codePointAt(0)! < 0x20 || ch === '\x7f') throw new Error(`unexpected control ${JSON.stringify(ch)}`)
      else print(ch)
    }
  }

  function resize(newCols: number) {
    for (const line of lines) {
      if (line[newCols] === TAIL) line[newCols - 1] = BLANK
      line.length = newCols
      for (let c = cols; c < newCols; c++) line[c] = BLANK
    }
    cols = newCols
    col = Math.min(col, cols - 1)
  }

  return {
    get cols() {
      return cols
    },
    write,
    resize,
    get cursor() {
      return { row, col }
    },
    rowText(r: number) {
      const line = lines[r]
      return line ? line.filter((c) => c !== TAIL).join('').replace(/ +$/, '') : ''
    },
    get rowCount() {
      return lines.length
    },
  }
}

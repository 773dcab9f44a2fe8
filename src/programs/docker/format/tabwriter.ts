/** Go's text/tabwriter as docker/cli configures it for tables: minwidth 10, tabwidth 1, padding 3, space padding.
 *  Every column but the last is padded to max(cell width over all rows) + 3, at least 10; the last is never
 *  padded, so an empty last cell leaves the previous column's padding as trailing spaces — as Docker prints.
 *  Each cell's width is measured once; printable ASCII (nearly every cell) is measured by its length. */
import { stringWidth } from '../../../terminal/char-width'

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
const cellWidth = (s: string): number => (PRINTABLE_ASCII.test(s) ? s.length : stringWidth(s))
const SPACES: string[] = []
const spaces = (n: number): string => SPACES[n] ??= ' '.repeat(n)

export function tabwrite(rows: readonly (readonly string[])[], minWidth = 10, padding = 3): string {
  let cols = 0
  for (const r of rows) if (r.length > cols) cols = r.length
  const widths = new Array<number>(Math.max(0, cols - 1)).fill(minWidth)
  const measured: number[][] = new Array(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]
    const w = new Array<number>(r.length - 1)
    for (let c = 0; c < r.length - 1; c++) {
      const n = cellWidth(r[c])
      w[c] = n
      if (n + padding > widths[c]) widths[c] = n + padding
    }
    measured[i] = w
  }
  const out: string[] = new Array(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]
    const w = measured[i]
    let line = ''
    for (let c = 0; c < r.length - 1; c++) line += r[c] + spaces(widths[c] - w[c])
    out[i] = (r.length ? line + r[r.length - 1] : line) + '\n'
  }
  return out.join('')
}

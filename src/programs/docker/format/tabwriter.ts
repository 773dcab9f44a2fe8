/** Go's text/tabwriter as docker/cli configures it for tables: minwidth 10, tabwidth 1, padding 3, space padding.
 *  Every column but the last is padded to max(cell width over all rows) + 3, at least 10; the last is never
 *  padded, so an empty last cell leaves the previous column's padding as trailing spaces — as Docker prints. */
import { stringWidth } from '../../../terminal/char-width'

export function tabwrite(rows: readonly (readonly string[])[], minWidth = 10, padding = 3): string {
  const cols = Math.max(0, ...rows.map((r) => r.length))
  const widths: number[] = []
  for (let c = 0; c < cols - 1; c++) {
    widths.push(Math.max(minWidth, ...rows.map((r) => (c < r.length - 1 ? stringWidth(r[c]) + padding : 0))))
  }
  return rows
    .map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c] - stringWidth(cell)))).join('') + '\n')
    .join('')
}

/** `ls` in columns on a terminal. GNU ls fills columns top to bottom with per-column widths and two spaces
 *  between; busybox ls uses one width for all columns (longest name + 2). */
import { stringWidth } from '../../terminal/char-width'
import type { Flavor } from './applet'

export function formatColumns(names: readonly string[], width: number, flavor: Flavor, decorate: (n: string) => string): string {
  if (names.length === 0) return ''
  const w = names.map((n) => stringWidth(n))
  if (flavor === 'busybox') {
    const col = Math.max(...w) + 2
    const perRow = Math.max(1, Math.floor(width / col))
    const rows = Math.ceil(names.length / perRow)
    let out = ''
    for (let r = 0; r < rows; r++) {
      const line: string[] = []
      for (let c = 0; c < perRow; c++) {
        const i = c * rows + r
        if (i >= names.length) break
        const last = (c + 1) * rows + r >= names.length
        line.push(decorate(names[i]) + (last ? '' : ' '.repeat(col - w[i])))
      }
      out += line.join('') + '\n'
    }
    return out
  }
  for (let rows = 1; rows <= names.length; rows++) {
    const cols = Math.ceil(names.length / rows)
    const widths: number[] = []
    for (let c = 0; c < cols; c++) widths.push(Math.max(...w.slice(c * rows, (c + 1) * rows)))
    const total = widths.reduce((a, b) => a + b, 0) + 2 * (cols - 1)
    if (total < width || rows === names.length) {
      let out = ''
      for (let r = 0; r < rows; r++) {
        const line: string[] = []
        for (let c = 0; c < cols; c++) {
          const i = c * rows + r
          if (i >= names.length) break
          const last = c === cols - 1 || (c + 1) * rows + r >= names.length
          line.push(decorate(names[i]) + (last ? '' : ' '.repeat(widths[c] - w[i] + 2)))
        }
        out += line.join('') + '\n'
      }
      return out
    }
  }
  return ''
}

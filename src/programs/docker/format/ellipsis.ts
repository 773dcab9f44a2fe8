/** docker/cli's formatter.Ellipsis: cut to `width` display columns, the last one becoming "…" (U+2026, one
 *  column). Wide (East Asian) characters count 2. Used by search DESCRIPTION and history CREATED BY (45). */
import { stringWidth } from '../../../terminal/char-width'

export function ellipsis(s: string, width: number): string {
  if (width <= 0) return ''
  const chars = [...s]
  if (width === 1) return chars[0] ?? ''
  if (stringWidth(s) <= width) return s
  let out = ''
  let w = 0
  for (const c of chars) {
    const cw = stringWidth(c)
    if (w + cw > width - 1) break
    out += c
    w += cw
  }
  return `${out}…`
}

/** docker/cli's jsonmessage display: how pull, push and load progress reach the screen.
 *  On a terminal each layer ID owns a line: a new ID prints "\n"; every update moves up to its line (ESC[nA),
 *  clears it (ESC[2K), writes "\r<id>: <status> <progress>\r" and moves back down (ESC[nB). A line without
 *  progress clears the ID map. Off a terminal, lines with a counter are dropped and others print plainly.
 *  The bar appears only on terminals wider than 110 columns. */
import type { Writer } from '../../../os/stream'
import { humanSize } from './units'

export interface DisplayMessage {
  id?: string
  status: string
  progress?: { current: number; total: number }
}

export function progressString(p: { current: number; total: number }, width: number): string {
  if (p.current <= 0 && p.total <= 0) return ''
  if (p.total <= 0) return humanSize(p.current).padStart(8)
  const pct = Math.min(50, Math.floor(Math.floor((p.current / p.total) * 100) / 2))
  const bar = width > 110 ? `[${'='.repeat(pct)}>${' '.repeat(50 - pct)}] ` : ''
  const numbers = p.current > p.total ? humanSize(p.current).padStart(8) : `${humanSize(p.current).padStart(8)}/${humanSize(p.total)}`
  return bar + numbers
}

export function createProgressDisplay(out: Writer, isTerminal: boolean, width: number) {
  let ids = new Map<string, number>()
  return {
    message(m: DisplayMessage) {
      let diff = 0
      if (isTerminal) {
        if (m.id && m.progress) {
          let line = ids.get(m.id)
          if (line === undefined) {
            line = ids.size
            ids.set(m.id, line)
            out.write('\n')
          }
          diff = ids.size - line
          out.write(`\x1b[${diff}A`)
        } else {
          ids = new Map()
        }
      }
      const progress = m.progress ? progressString(m.progress, width) : ''
      if (!isTerminal && progress !== '') return
      let text = ''
      let endl = ''
      if (isTerminal && m.progress) { text += '\x1b[2K\r'; endl = '\r' }
      if (m.id) text += `${m.id}: `
      text += m.progress && isTerminal ? `${m.status} ${progress}${endl}` : `${m.status}${endl}\n`
      out.write(text)
      if (m.id && isTerminal && diff) out.write(`\x1b[${diff}B`)
    },
  }
}

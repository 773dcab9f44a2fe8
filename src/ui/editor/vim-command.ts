/** The editor overlay's vim-style command line: what a line typed after `:` does, with vim's own messages.
 *  Grammar (vim's abbreviations included):
 *    w[rite][!] [FILE]      write, stay open        wq[!] / x[it][!] / exi[t][!] [FILE]   write (x: only if changed) and quit
 *    q[uit]                 quit, refused while changed (E37)          q[uit]! / cq      quit without writing
 *    wa/qa/wqa/xa           the same for "all" (one buffer here)      anything else     E492: Not an editor command
 *  Pure: it decides, the overlay acts (writes through the program's session, closes). */

export type VimAction =
  | { kind: 'none' }
  | { kind: 'write'; file?: string; quit: boolean }
  | { kind: 'quit' }
  | { kind: 'error'; message: string }

const WRITE = /^(?:w|wr|wri|writ|write|wa|wall)(!?)(?:\s+(\S+))?$/
const WRITE_QUIT = /^(?:wq|wqa|wqall|x|xi|xit|xa|xall|exi|exit)(!?)(?:\s+(\S+))?$/
const QUIT = /^(?:q|qu|qui|quit|qa|qall|quita|quitall)(!?)$/

/** `line` is what follows the `:`; `modified` whether the text differs from what was last written. */
export function vimCommand(line: string, modified: boolean): VimAction {
  const c = line.trim().replace(/^:+/, '').trim()
  if (c === '') return { kind: 'none' }
  let m = WRITE.exec(c)
  if (m) return { kind: 'write', file: m[2], quit: false }
  m = WRITE_QUIT.exec(c)
  if (m) {
    // :x writes only when there is something to write.
    if (/^(x|xi|xit|xa|xall|exi|exit)$/.test(c.replace(/!?(\s.*)?$/, '')) && !modified && !m[2]) return { kind: 'quit' }
    return { kind: 'write', file: m[2], quit: true }
  }
  m = QUIT.exec(c)
  if (m) {
    if (m[1] === '!' || !modified) return { kind: 'quit' }
    return { kind: 'error', message: 'E37: No write since last change (add ! to override)' }
  }
  if (c === 'cq' || c === 'cquit') return { kind: 'quit' }
  return { kind: 'error', message: `E492: Not an editor command: ${c}` }
}

/** Key decoding: the strings a terminal sends (xterm.js onData) → keys. Pure: the caller keeps the returned
 *  DecoderState and passes it to the next call, so an escape sequence cut across two chunks still decodes.
 *  Every input character ends up in exactly one key's `raw` or in `pending`, in order.
 *
 *    input   := ( text | control | escape | paste )*
 *    text    := printable characters (not C0, DEL or C1)            → { name: 'text', text }
 *    control := \r\n | \r | \n → enter, \t → tab, \x7f | \b → backspace, \x01..\x1a → C-a..C-z
 *    escape  := ESC '[' [0-?]* [ -/]* [@-~]    (CSI: arrows, Home/End, Delete, modifiers as ";5")
 *             | ESC 'O' char                    (SS3: arrows and Home/End in application cursor mode)
 *             | ESC printable                   (Alt+key → M-b, M-f, …)
 *             | ESC DEL                         (M-backspace)
 *    paste   := ESC[200~ anything ESC[201~      (bracketed paste: text and newlines only, nothing is a command,
 *                                                 but Ctrl-C, which the tty driver turns into SIGINT whatever the
 *                                                 application asked: it ends the paste, so a lost end marker
 *                                                 cannot leave the line deaf to Ctrl-C)
 *
 *  A lone ESC at the end of a chunk stays pending: it may be the start of a sequence. The editor's flush() turns
 *  it into the Escape key when no more input follows. */

export interface Key {
  /** 'text', 'enter', 'tab', 'backspace', 'delete', 'left', 'right', 'up', 'down', 'home', 'end', 'escape',
   *  'C-a' … 'C-z', 'M-b', 'M-backspace', 'C-left', 'M-right', 'paste-start', 'paste-end', 'unknown', … */
  readonly name: string
  /** The characters to insert, for 'text'. */
  readonly text?: string
  /** The input this key was decoded from. */
  readonly raw: string
  /** Inside a bracketed paste. */
  readonly pasted?: boolean
}

export interface DecoderState {
  /** An incomplete sequence at the end of the last chunk. */
  readonly pending: string
  readonly inPaste: boolean
}

export interface DecodeResult {
  readonly keys: Key[]
  readonly state: DecoderState
}

export const initialDecoderState: DecoderState = { pending: '', inPaste: false }

const ESC = '\x1b'
export const PASTE_START = '\x1b[200~'
const PASTE_END = '\x1b[201~'
/** A CSI longer than this without a final byte is garbage, not a sequence still arriving. */
const MAX_SEQUENCE = 32

const isPrintable = (code: number): boolean => code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0)

const CSI_LETTERS: Readonly<Record<string, string>> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' }
const CSI_TILDE: Readonly<Record<string, string>> = {
  '1': 'home', '2': 'insert', '3': 'delete', '4': 'end', '5': 'pageup', '6': 'pagedown', '7': 'home', '8': 'end',
}

/** xterm's modifier parameter is 1 + a bit mask: 1 Shift, 2 Alt, 4 Ctrl, 8 Meta. Shift alone changes nothing. */
function withModifiers(name: string, parameter: string | undefined): string {
  const mask = Number(parameter ?? '1') - 1
  if (!Number.isInteger(mask) || mask <= 0) return name
  return `${mask & 4 ? 'C-' : ''}${mask & 10 ? 'M-' : ''}${name}`
}

function csiKey(params: string, final: string): string {
  const fields = params.split(';')
  if (final === '~') {
    if (params === '200') return 'paste-start'
    if (params === '201') return 'paste-end'
    const name = CSI_TILDE[fields[0]]
    return name ? withModifiers(name, fields[1]) : 'unknown'
  }
  if (final === 'Z') return 'S-tab'
  const name = CSI_LETTERS[final]
  if (!name || /[<=>?]/.test(params)) return 'unknown'
  return withModifiers(name, fields[1])
}

function controlKey(ch: string): string {
  const code = ch.charCodeAt(0)
  if (ch === '\r' || ch === '\n') return 'enter'
  if (ch === '\t') return 'tab'
  if (ch === '\x7f' || ch === '\b') return 'backspace'
  if (code === 0) return 'C-@'
  if (code <= 0x1a) return `C-${String.fromCharCode(code + 0x60)}`
  if (code < 0x20) return `C-${String.fromCharCode(code + 0x40)}`
  return 'unknown'
}

/** Decodes what follows ESC at `i` (input[i] === ESC). Returns the key and its length, or null if incomplete. */
function decodeEscape(input: string, i: number): { name: string; length: number } | null {
  const next = input[i + 1]
  if (next === undefined) return null
  if (next === '[') {
    let j = i + 2
    while (j < input.length && j - i < MAX_SEQUENCE) {
      const code = input.charCodeAt(j)
      if (code >= 0x40 && code <= 0x7e) {
        return { name: csiKey(input.slice(i + 2, j), input[j]), length: j - i + 1 }
      }
      if (code < 0x20 || code > 0x3f) return { name: 'unknown', length: j - i }
      j++
    }
    return j - i >= MAX_SEQUENCE ? { name: 'unknown', length: j - i } : null
  }
  if (next === 'O') {
    const final = input[i + 2]
    if (final === undefined) return null
    return { name: CSI_LETTERS[final] ?? 'unknown', length: 3 }
  }
  if (next === '\x7f' || next === '\b') return { name: 'M-backspace', length: 2 }
  const code = next.charCodeAt(0)
  if (code >= 0x20 && code < 0x7f) return { name: `M-${next.toLowerCase()}`, length: 2 }
  return { name: 'escape', length: 1 }
}

/** Inside a bracketed paste: text up to the end marker, with newlines as Enter and a tab as a space. */
function decodePasted(input: string, i: number, keys: Key[]): { next: number; ended: boolean; pending: boolean } {
  let text = ''
  let raw = ''
  const flush = () => {
    if (raw) keys.push({ name: 'text', text, raw, pasted: true })
    text = ''
    raw = ''
  }
  while (i < input.length) {
    if (input.startsWith(PASTE_END, i)) {
      flush()
      keys.push({ name: 'paste-end', raw: PASTE_END, pasted: true })
      return { next: i + PASTE_END.length, ended: true, pending: false }
    }
    if (input[i] === ESC && PASTE_END.startsWith(input.slice(i))) {
      flush()
      return { next: i, ended: false, pending: true }
    }
    const ch = input[i]
    if (ch === '\x03') {
      flush()
      keys.push({ name: 'C-c', raw: ch })
      return { next: i + 1, ended: true, pending: false }
    }
    if (ch === '\r' || ch === '\n') {
      flush()
      const length = ch === '\r' && input[i + 1] === '\n' ? 2 : 1
      keys.push({ name: 'enter', raw: input.slice(i, i + length), pasted: true })
      i += length
      continue
    }
    raw += ch
    if (ch === '\t') text += ' '
    else if (isPrintable(ch.charCodeAt(0))) text += ch
    i++
  }
  flush()
  return { next: i, ended: false, pending: false }
}

/** Decodes a chunk of input, continuing from `state`. */
export function decodeKeys(chunk: string, state: DecoderState = initialDecoderState): DecodeResult {
  const whole = state.pending + chunk
  // A character cut between its two UTF-16 halves waits for its second half.
  const last = whole.charCodeAt(whole.length - 1)
  const split = last >= 0xd800 && last < 0xdc00 ? 1 : 0
  const input = whole.slice(0, whole.length - split)
  const held = whole.slice(whole.length - split)
  const keys: Key[] = []
  let inPaste = state.inPaste
  let i = 0
  while (i < input.length) {
    if (inPaste) {
      const r = decodePasted(input, i, keys)
      i = r.next
      if (r.pending) return { keys, state: { pending: input.slice(i) + held, inPaste } }
      if (r.ended) inPaste = false
      continue
    }
    const ch = input[i]
    const code = ch.charCodeAt(0)
    if (ch === ESC) {
      const seq = decodeEscape(input, i)
      if (!seq) return { keys, state: { pending: input.slice(i) + held, inPaste } }
      keys.push({ name: seq.name, raw: input.slice(i, i + seq.length) })
      if (seq.name === 'paste-start') inPaste = true
      i += seq.length
    } else if (isPrintable(code)) {
      let j = i + 1
      while (j < input.length && isPrintable(input.charCodeAt(j))) j++
      keys.push({ name: 'text', text: input.slice(i, j), raw: input.slice(i, j) })
      i = j
    } else if (ch === '\r' && input[i + 1] === '\n') {
      keys.push({ name: 'enter', raw: '\r\n' })
      i += 2
    } else {
      keys.push({ name: controlKey(ch), raw: ch })
      i++
    }
  }
  return { keys, state: { pending: held, inPaste } }
}

/** Ends an incomplete sequence: a pending lone ESC becomes the Escape key, anything else is dropped as unknown. */
export function flushPending(state: DecoderState): DecodeResult {
  if (!state.pending) return { keys: [], state }
  const keys: Key[] = []
  if (state.inPaste) keys.push({ name: 'unknown', raw: state.pending, pasted: true })
  else if (state.pending === ESC) keys.push({ name: 'escape', raw: ESC })
  else if (state.pending.startsWith(`${ESC}O`)) keys.push({ name: 'M-o', raw: state.pending })
  else keys.push({ name: 'unknown', raw: state.pending })
  return { keys, state: { pending: '', inPaste: state.inPaste } }
}

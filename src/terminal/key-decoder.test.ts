import { describe, expect, it } from 'vitest'
import { decodeKeys, flushPending, type DecoderState } from './key-decoder'

const names = (input: string) => decodeKeys(input).keys.map((k) => k.name)

/** Feeds the chunks one after another, as a terminal might deliver them. */
function decodeChunks(chunks: string[]) {
  let state: DecoderState | undefined
  const keys = []
  for (const chunk of chunks) {
    const r = decodeKeys(chunk, state)
    keys.push(...r.keys)
    state = r.state
  }
  return { keys, state }
}

describe('decodeKeys', () => {
  it('groups printable characters into one text key', () => {
    expect(decodeKeys('docker ps').keys).toEqual([{ name: 'text', text: 'docker ps', raw: 'docker ps' }])
  })

  it('reads Enter as \\r, \\n or \\r\\n, and Backspace as DEL or ^H', () => {
    expect(names('\r\n\n\r\x7f\b')).toEqual(['enter', 'enter', 'enter', 'backspace', 'backspace'])
  })

  it('names control characters C-a to C-z, with Tab apart', () => {
    expect(names('\x01\x05\x0b\x15\x17\x19\x12\x03\x04\t')).toEqual(
      ['C-a', 'C-e', 'C-k', 'C-u', 'C-w', 'C-y', 'C-r', 'C-c', 'C-d', 'tab'])
  })

  it('decodes arrows in normal and application cursor mode', () => {
    expect(names('\x1b[A\x1b[B\x1b[C\x1b[D\x1bOA\x1bOD')).toEqual(['up', 'down', 'right', 'left', 'up', 'left'])
  })

  it('decodes every Home and End xterm can send, and Delete', () => {
    expect(names('\x1b[H\x1b[F\x1bOH\x1bOF\x1b[1~\x1b[4~\x1b[7~\x1b[8~\x1b[3~')).toEqual(
      ['home', 'end', 'home', 'end', 'home', 'end', 'home', 'end', 'delete'])
  })

  it('reads the modifier parameter: Ctrl-Left, Alt-Right, Shift alone ignored', () => {
    expect(names('\x1b[1;5D\x1b[1;3C\x1b[1;2A\x1b[3;5~')).toEqual(['C-left', 'M-right', 'up', 'C-delete'])
  })

  it('reads ESC + key as Alt + key', () => {
    expect(names('\x1bb\x1bf\x1bd\x1bB\x1b\x7f')).toEqual(['M-b', 'M-f', 'M-d', 'M-b', 'M-backspace'])
  })

  it('keeps an escape sequence cut in half for the next chunk', () => {
    const first = decodeKeys('ab\x1b[1;')
    expect(first.keys.map((k) => k.name)).toEqual(['text'])
    expect(first.state.pending).toBe('\x1b[1;')
    expect(decodeKeys('5D', first.state).keys).toEqual([{ name: 'C-left', raw: '\x1b[1;5D' }])
  })

  it('decodes the same keys whichever way the input is cut', () => {
    const input = 'a\x1b[1;5D\x1bOH\x1b[3~\x1bb\r'
    const whole = decodeKeys(input).keys.map((k) => k.name)
    for (let cut = 1; cut < input.length; cut++) {
      const { keys } = decodeChunks([input.slice(0, cut), input.slice(cut)])
      expect(keys.map((k) => k.name).filter((n) => n !== 'text')).toEqual(whole.filter((n) => n !== 'text'))
      expect(keys.map((k) => k.raw).join('')).toBe(input)
    }
  })

  it('waits for the second half of a character cut between its UTF-16 halves', () => {
    const { keys } = decodeChunks(['a\ud83d', '\udc33b'])
    expect(keys.map((k) => k.text)).toEqual(['a', '🐳b'])
  })

  it('leaves a lone ESC pending until flushed, then it is the Escape key', () => {
    const r = decodeKeys('\x1b')
    expect(r.keys).toEqual([])
    expect(flushPending(r.state).keys.map((k) => k.name)).toEqual(['escape'])
  })

  it('does not let garbage grow the pending input without bound', () => {
    const r = decodeKeys(`\x1b[${'1;'.repeat(40)}`)
    expect(r.state.pending.length).toBeLessThan(40)
  })

  it('turns a bracketed paste into text and Enter keys, never commands', () => {
    const keys = decodeKeys('\x1b[200~ls\t-l\x01\nps\x1b[201~').keys
    expect(keys.map((k) => [k.name, k.text ?? ''])).toEqual([
      ['paste-start', ''], ['text', 'ls -l'], ['enter', ''], ['text', 'ps'], ['paste-end', ''],
    ])
    expect(keys.map((k) => k.raw).join('')).toBe('\x1b[200~ls\t-l\x01\nps\x1b[201~')
  })

  it('lets Ctrl-C through a paste whose end marker never comes, as the tty driver would', () => {
    const first = decodeKeys('\x1b[200~ls')
    expect(first.state.inPaste).toBe(true)
    const r = decodeKeys('\x03echo', first.state)
    expect(r.keys.map((k) => k.name)).toEqual(['C-c', 'text'])
    expect(r.state.inPaste).toBe(false)
  })

  it('keeps a paste end marker cut in half pending', () => {
    const { keys, state } = decodeChunks(['\x1b[200~abc\x1b[20', '1~x'])
    expect(keys.map((k) => k.name)).toEqual(['paste-start', 'text', 'paste-end', 'text'])
    expect(state?.inPaste).toBe(false)
  })

  it('accounts for every input character in some key', () => {
    const input = '\x00\x1c\x1b\x1b[99x\x1b[?1h\u0085é宽'
    const r = decodeKeys(input)
    expect(r.keys.map((k) => k.raw).join('') + r.state.pending).toBe(input)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { startSession } from './editor-session.test-helper'
import { createLineEditor } from './line-editor'

const LEFT = '\x1b[D'
const UP = '\x1b[A'
const DOWN = '\x1b[B'
const HOME = '\x1b[H'
const END = '\x1b[F'
const DELETE = '\x1b[3~'
const CTRL = (letter: string) => String.fromCharCode(letter.toUpperCase().charCodeAt(0) - 64)

describe('typing and editing', () => {
  it('writes plain typing at the end of the line as just the text', () => {
    const s = startSession({ prompt: '[root@localhost ~]# ' })
    expect(s.output).toBe('[root@localhost ~]# ')
    expect(s.type('docker').output).toBe('docker')
    expect(s.type(' ', 'p', 's').output).toBe('s')
    expect(s.output).toBe('[root@localhost ~]# docker ps')
  })

  it('inserts at the start after Ctrl-A', () => {
    const s = startSession()
    s.type('docker ps', CTRL('a'), 'x')
    expect(s.editor.state.buffer).toBe('xdocker ps')
    expect(s.editor.state.cursor).toBe(1)
    expect(s.screenProblem()).toBe('')
  })

  it('moves with arrows, Home and End (every encoding) and deletes on both sides', () => {
    const s = startSession()
    s.type('docker ps', LEFT, LEFT, '\x7f', 'X', HOME, DELETE, END, '\x1bOH', '\x1b[4~', '!')
    expect(s.editor.state.buffer).toBe('ockerXps!')
    expect(s.screenProblem()).toBe('')
  })

  it('kills the previous word with Ctrl-W and yanks it back with Ctrl-Y', () => {
    const s = startSession()
    s.type('docker run nginx', CTRL('w'))
    expect(s.editor.state.buffer).toBe('docker run ')
    expect(s.screenProblem()).toBe('')
    s.type(CTRL('a'), CTRL('y'))
    expect(s.editor.state.buffer).toBe('nginxdocker run ')
    expect(s.screenProblem()).toBe('')
  })

  it('kills to the end with Ctrl-K and to the start with Ctrl-U', () => {
    const s = startSession()
    s.type('docker ps -a', LEFT, LEFT, LEFT, CTRL('k'))
    expect(s.editor.state.buffer).toBe('docker ps')
    s.type(LEFT, LEFT, CTRL('u'))
    expect(s.editor.state.buffer).toBe('ps')
    expect(s.screenProblem()).toBe('')
  })

  it('moves by words with Alt-B/Alt-F and Ctrl-Left/Ctrl-Right', () => {
    const s = startSession()
    s.type('docker image ls', '\x1bb', '\x1b[1;5D')
    expect(s.editor.state.cursor).toBe(7)
    s.type('\x1bf', '\x1b[1;5C', '\x1b[1;5D', CTRL('b'), CTRL('f'), CTRL('e'))
    expect(s.editor.state.cursor).toBe(15)
    expect(s.screenProblem()).toBe('')
  })

  it('clears the screen with Ctrl-L and redraws prompt and line at the top', () => {
    const s = startSession({ before: 'old output\r\n' })
    const r = s.type('docker ps', LEFT, CTRL('l'))
    expect(r.output).toBe('\x1b[H\x1b[2J$ docker ps\b')
    expect(s.screen.rowText(0)).toBe('$ docker ps')
    expect(s.screenProblem({ moved: true })).toBe('')
  })

  it('rings the bell when Backspace has nothing to delete', () => {
    expect(startSession().type('\x7f').output).toBe('\x07')
  })
})

describe('finishing a line', () => {
  it('submits the line on Enter, leaving the cursor on a fresh row', () => {
    const s = startSession()
    const r = s.type('docker ps', HOME, '\r')
    expect(r.outcome).toEqual({ kind: 'line', line: 'docker ps' })
    expect(r.output).toBe('\x1b[9C\r\n')
    expect(s.screen.cursor).toEqual({ row: s.startRow + 1, col: 0 })
  })

  it('accepts \\n as Enter too', () => {
    expect(startSession().type('ls\n').outcome).toEqual({ kind: 'line', line: 'ls' })
  })

  it('gives back the input after Enter as rest, so a pasted script runs line by line', () => {
    const s = startSession()
    const r = s.type('echo one\recho two\recho th')
    expect(r.outcome).toEqual({ kind: 'line', line: 'echo one' })
    expect(r.rest).toBe('echo two\recho th')
    const next = createLineEditor({ prompt: '$ ', cols: 40 })
    next.start()
    expect(next.feed(r.rest)).toMatchObject({ outcome: { kind: 'line', line: 'echo two' }, rest: 'echo th' })
  })

  it('keeps an escape sequence cut after Enter in the rest', () => {
    expect(startSession().type('ls\r\x1b[').rest).toBe('\x1b[')
  })

  it('keeps a bracketed paste going in the rest, so its later lines stay pasted text', () => {
    const r = startSession().type('\x1b[200~ls\r\tx\x1b[201~')
    expect(r.outcome).toEqual({ kind: 'line', line: 'ls' })
    expect(r.rest).toBe('\x1b[200~\tx\x1b[201~')
    const next = createLineEditor({ prompt: '$ ', cols: 40, complete: () => ({ start: 0, end: 0, candidates: ['oops'] }) })
    next.feed(r.rest)
    expect(next.state.buffer).toBe(' x')
  })

  it('consumes nothing once the line is finished', () => {
    const s = startSession()
    s.type('a\r')
    expect(s.editor.feed('b')).toEqual({ output: '', outcome: { kind: 'pending' }, rest: 'b' })
  })

  it('prints ^C and a newline on Ctrl-C and reports an interrupt', () => {
    const s = startSession()
    const r = s.type('docker ps', HOME, CTRL('c'))
    expect(r.outcome).toEqual({ kind: 'interrupt' })
    expect(r.output).toBe('\x1b[9C^C\r\n')
    expect(s.screen.rowText(s.startRow)).toBe('$ docker ps^C')
  })

  it('reports end of input on Ctrl-D in an empty line, and deletes a character otherwise', () => {
    expect(startSession().type(CTRL('d')).outcome).toEqual({ kind: 'eof' })
    const s = startSession()
    const r = s.type('abc', HOME, CTRL('d'))
    expect(r.outcome).toEqual({ kind: 'pending' })
    expect(s.editor.state.buffer).toBe('bc')
  })
})

describe('input cut anywhere', () => {
  it('edits the same whichever way the input is split into chunks', () => {
    const input = `docker ps${LEFT}${LEFT}\x1b[1;5D${DELETE}x\x1bf!${HOME}>`
    const whole = startSession()
    whole.type(input)
    for (let cut = 1; cut < input.length; cut++) {
      const s = startSession()
      s.type(input.slice(0, cut), input.slice(cut))
      expect(s.editor.state.buffer).toBe(whole.editor.state.buffer)
      expect(s.screenProblem()).toBe('')
    }
  })

  it('waits for the rest of a lone ESC, and flush() makes it the Escape key', () => {
    const s = startSession({ history: ['docker ps'] })
    s.type(CTRL('r'), 'ps', '\x1b')
    expect(s.editor.state.search).not.toBeNull()
    s.editor.flush()
    expect(s.editor.state.search).toBeNull()
  })
})

describe('history', () => {
  const history = ['docker ps', 'docker images', 'docker run -d nginx']

  it('walks back with Up and Ctrl-P and forward with Down and Ctrl-N', () => {
    const s = startSession({ history })
    s.type(UP, CTRL('p'))
    expect(s.editor.state.buffer).toBe('docker images')
    expect(s.screenProblem()).toBe('')
    s.type(CTRL('n'))
    expect(s.editor.state.buffer).toBe('docker run -d nginx')
    expect(s.screenProblem()).toBe('')
  })

  it('keeps the line being typed and restores it when coming back down', () => {
    const s = startSession({ history })
    s.type('docker inf', UP, UP, DOWN, DOWN)
    expect(s.editor.state.buffer).toBe('docker inf')
    expect(s.screenProblem()).toBe('')
  })

  it('rings the bell above the oldest entry', () => {
    const s = startSession({ history: ['ls'] })
    expect(s.type(UP, UP).output).toBe('\x07')
  })

  it('submits an old entry with Enter', () => {
    const s = startSession({ history })
    expect(s.type(UP, UP, '\r').outcome).toEqual({ kind: 'line', line: 'docker images' })
  })
})

describe('robustness', () => {
  const keys = fc.constantFrom(
    'a', 'Z', ' ', '中', '😀', 'e\u0301', '\r', '\n', '\t', '\x7f', '\b', '\x1b', '\x1b[', '\x1b[A', '\x1b[B',
    '\x1b[C', '\x1b[D', '\x1b[1;5D', '\x1b[1;5C', '\x1bb', '\x1bf', '\x1bd', '\x1b\x7f', '\x1b[H', '\x1b[F',
    '\x1bOH', '\x1b[3~', '\x1b[200~', '\x1b[201~', ...'abcdefghijklnoprstuvwxy'.split('').map(CTRL))
  const input = fc.oneof(fc.array(keys, { maxLength: 60 }).map((k) => k.join('')), fc.string({ unit: 'binary', maxLength: 80 }))

  it('never throws on any input, cut into any chunks, and keeps the cursor within the buffer', () => {
    fc.assert(
      fc.property(input, fc.array(fc.nat(), { maxLength: 6 }), fc.integer({ min: 1, max: 120 }), (data, cuts, cols) => {
        const history = ['docker ps', 'docker 镜像 ls']
        const complete = (line: string, cursor: number) => ({ start: 0, end: cursor, candidates: ['docker', 'dockerd', 'do/'] })
        let editor = createLineEditor({ prompt: '\x1b[1m$\x1b[0m ', cols, history, complete })
        editor.start()
        const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b)
        let pending = ''
        let from = 0
        for (const point of [...points, data.length]) {
          pending += data.slice(from, point)
          from = point
          while (pending) {
            const r = editor.feed(pending)
            pending = r.rest
            const { buffer, cursor } = editor.state
            if (cursor < 0 || cursor > buffer.length) return false
            if (r.outcome.kind !== 'pending') {
              editor = createLineEditor({ prompt: '$ ', cols, history, complete })
              editor.start()
            } else if (pending) return false
          }
        }
        editor.flush()
        editor.resize(cols + 3)
        return editor.state.cursor >= 0 && editor.state.cursor <= editor.state.buffer.length
      }),
      { numRuns: 500 },
    )
  })

  it('keeps the screen showing exactly prompt + line whatever keys are pressed', () => {
    const edits = fc.constantFrom('a', 'xy', '中', '文字', 'e\u0301', '\x7f', '\x1b[3~', '\x1b[D', '\x1b[C', '\x1b[H',
      '\x1b[F', '\x1bb', '\x1bf', CTRL('w'), CTRL('k'), CTRL('u'), CTRL('y'), CTRL('t'), '\x1b[A', '\x1b[B', CTRL('r'),
      CTRL('g'), 'd')
    fc.assert(
      fc.property(fc.array(edits, { maxLength: 50 }), fc.integer({ min: 4, max: 30 }), (presses, cols) => {
        const s = startSession({ cols, prompt: '\x1b[32m$\x1b[0m ', history: ['docker ps -a', '中文 history'] })
        for (const press of presses) {
          s.type(press)
          const problem = s.screenProblem()
          if (problem) throw new Error(`${problem} after ${JSON.stringify(presses)}`)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('keeps the screen right through completion listings, questions and Ctrl-L', () => {
    const words = ['alpha', 'alpine', 'busybox', '中文名', ...Array.from({ length: 110 }, (_, i) => `img${i}`)]
    const complete = (line: string, cursor: number) => {
      const start = line.lastIndexOf(' ', cursor - 1) + 1
      return { start, end: cursor, candidates: words.filter((w) => w.startsWith(line.slice(start, cursor))) }
    }
    const presses = fc.constantFrom('a', 'l', 'i', 'm', 'g', ' ', '中', '\t', '\t', 'y', 'n', '\x7f', '\x1b[D', CTRL('l'), CTRL('a'))
    fc.assert(
      fc.property(fc.array(presses, { maxLength: 40 }), fc.integer({ min: 6, max: 50 }), (keys, cols) => {
        const s = startSession({ cols, rows: 100, complete })
        for (const key of keys) {
          s.type(key)
          if (/\(y or n\)\x07*$/.test(s.output)) continue
          const problem = s.screenProblem({ moved: true })
          if (problem) throw new Error(`${problem} after ${JSON.stringify(keys)}`)
        }
      }),
      { numRuns: 200 },
    )
  })
})

import { describe, expect, it } from 'vitest'
import { startSession } from './editor-session.test-helper'
import { drawDisplay, leaveDisplay, moveCursor, updateDisplay, type Display } from './render'
import { layoutLine } from './screen-layout'

const LEFT = '\x1b[D'
const HOME = '\x1b[H'
const END = '\x1b[F'
const display = (text: string, cursor = text.length, cols = 20, prompt = '$ '): Display => ({ prompt, text, cursor, cols })

describe('moveCursor', () => {
  it('moves relatively: up or down, then to column 0 with \\r, or left and right', () => {
    expect(moveCursor({ row: 2, col: 5 }, { row: 0, col: 0 })).toBe('\x1b[2A\r')
    expect(moveCursor({ row: 0, col: 5 }, { row: 1, col: 7 })).toBe('\x1b[1B\x1b[2C')
    expect(moveCursor({ row: 1, col: 5 }, { row: 1, col: 4 })).toBe('\b')
    expect(moveCursor({ row: 1, col: 5 }, { row: 1, col: 5 })).toBe('')
  })
})

describe('layoutLine', () => {
  it('ignores colour codes in the prompt', () => {
    expect(layoutLine('\x1b[1;32m[root@localhost ~]#\x1b[0m ', '', 80).promptEnd).toEqual({ row: 0, col: 20 })
  })

  it('sends a wide character that does not fit to the next row, leaving the last cell empty', () => {
    const layout = layoutLine('$ ', 'abc中', 6)
    expect(layout.clusters[3]).toMatchObject({ at: { row: 1, col: 0 }, early: true })
    expect(layout.end).toEqual({ row: 1, col: 2 })
  })
})

describe('drawing and updating', () => {
  it('draws prompt and line, then puts the cursor back', () => {
    expect(drawDisplay(display('docker ps', 7))).toBe('$ docker ps\x1b[2D')
  })

  it('rewrites only from the first difference: inserting in the middle writes the tail and moves back', () => {
    expect(updateDisplay(display('docker s', 7), display('docker ps', 8))).toBe('ps\b')
  })

  it('erases what is left over when the line gets shorter', () => {
    expect(updateDisplay(display('docker ps'), display('docker p'))).toBe('\b\x1b[K')
  })

  it('forces the wrap with " \\r" when the line ends exactly at the right margin', () => {
    expect(updateDisplay(display('abcdefghijklmnopq'), display('abcdefghijklmnopqr'))).toBe('r \r')
  })

  it('leaves a line ending at the margin without an extra blank row', () => {
    expect(leaveDisplay(display('abcdefghijklmnopqr'))).toBe('')
    expect(leaveDisplay(display('abc', 0))).toBe('\x1b[3C\r\n')
  })
})

describe('lines longer than the terminal', () => {
  const long = 'docker run -d --name web -p 8080:80 nginx:1.27'

  it('wraps a long line and keeps the screen right while typing past several rows', () => {
    const s = startSession({ cols: 16 })
    for (const ch of long) {
      s.type(ch)
      expect(s.screenProblem()).toBe('')
    }
    expect(s.lineRows()).toEqual(['$ docker run -d', '--name web -p 80', '80:80 nginx:1.27', ''])
  })

  it('edits at the start of a wrapped line and reflows the rows below', () => {
    const s = startSession({ cols: 16 })
    s.type(long, HOME, 'sudo ')
    expect(s.screenProblem()).toBe('')
    s.type('\x7f'.repeat(5))
    expect(s.screenProblem()).toBe('')
    expect(s.editor.state.buffer).toBe(long)
  })

  it('moves the cursor up and down across rows with Home and End', () => {
    const s = startSession({ cols: 16 })
    const r = s.type(long, HOME)
    expect(r.output.endsWith('\x1b[3A\x1b[2C')).toBe(true)
    expect(s.type(END).output).toBe('\x1b[3B\r')
    expect(s.screenProblem()).toBe('')
  })

  it('parks the cursor on the next row when the text fills a row exactly, and types on from there', () => {
    const s = startSession({ cols: 10 })
    expect(s.type('abcdefgh').output).toBe('abcdefgh \r')
    expect(s.screen.cursor).toEqual({ row: s.startRow + 1, col: 0 })
    expect(s.type('i').output).toBe('i')
    expect(s.screenProblem()).toBe('')
    s.type('\x7f')
    expect(s.screenProblem()).toBe('')
    s.type('\x7f')
    expect(s.screenProblem()).toBe('')
  })

  it('submits a line that fills its last row without leaving a blank row', () => {
    const s = startSession({ cols: 10 })
    s.type('abcdefgh', '\r')
    expect(s.screen.cursor).toEqual({ row: s.startRow + 1, col: 0 })
  })

  it('scrolls when a line wraps past the bottom of the screen', () => {
    const s = startSession({ cols: 10, rows: 3, before: 'one\r\ntwo\r\n' })
    s.type('abcdefghijklmnopqrstuvwxyz', HOME, 'X')
    expect(s.screenProblem()).toBe('')
    expect(s.lineRows()).toEqual(['$ Xabcdefg', 'hijklmnopq', 'rstuvwxyz'])
  })

  it('redraws for a new width, narrower or wider', () => {
    const s = startSession({ cols: 20 })
    s.type(long, LEFT, LEFT)
    s.resize(12)
    expect(s.screenProblem()).toBe('')
    s.resize(30)
    expect(s.screenProblem()).toBe('')
    s.type('!')
    expect(s.screenProblem()).toBe('')
  })
})

describe('wide and combining characters', () => {
  it('places CJK text two columns a character and wraps it early when one cell is left', () => {
    const s = startSession({ cols: 7 })
    s.type('ab中文')
    expect(s.lineRows()).toEqual(['$ ab中', '文'])
    expect(s.screenProblem()).toBe('')
    s.type(LEFT)
    expect(s.screen.cursor).toEqual({ row: s.startRow + 1, col: 0 })
  })

  it('deletes and moves over a whole CJK character', () => {
    const s = startSession({ cols: 9 })
    s.type('容器名字', LEFT, '\x7f')
    expect(s.editor.state.buffer).toBe('容器字')
    expect(s.screenProblem()).toBe('')
    s.type(HOME, 'x')
    expect(s.screenProblem()).toBe('')
  })

  it('keeps a letter and its combining accent together', () => {
    const s = startSession()
    s.type('cafe\u0301', LEFT, 'x')
    expect(s.editor.state.buffer).toBe('cafxe\u0301')
    expect(s.screenProblem()).toBe('')
  })

  it('counts emoji as two columns', () => {
    const s = startSession({ cols: 9 })
    s.type('🐳🐳🐳', '\x1b[D')
    expect(s.lineRows()).toEqual(['$ 🐳🐳🐳'])
    expect(s.screen.cursor.col).toBe(6)
  })
})

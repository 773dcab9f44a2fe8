import { describe, expect, it } from 'vitest'
import type { Completer } from './completion'
import { createEditorState, setLine } from './edit-state'
import { startSession } from './editor-session.test-helper'
import { completeWord, displayName, listingRows, longestCommonPrefix } from './tab-completion'

/** Completes the space-delimited word before the cursor from a fixed list. */
const wordsFrom = (list: readonly string[], filenames = false): Completer => (line, cursor) => {
  const start = line.lastIndexOf(' ', cursor - 1) + 1
  const word = line.slice(start, cursor)
  return { start, end: cursor, candidates: list.filter((w) => w.startsWith(word)), filenames }
}

const TAB = '\t'
const subcommands = ['image', 'images', 'info', 'inspect', 'ps', 'pull', 'push', 'run']

describe('completeWord', () => {
  const at = (line: string) => setLine(createEditorState(), line)

  it('replaces the word with a sole candidate and adds a space', () => {
    const step = completeWord(at('docker ru'), wordsFrom(subcommands)('docker ru', 9))
    expect([step.state.buffer, step.state.cursor, step.inserted]).toEqual(['docker run ', 11, true])
  })

  it('adds no space after a directory', () => {
    const step = completeWord(at('cd /et'), wordsFrom(['/etc/'])('cd /et', 6))
    expect(step.state.buffer).toBe('cd /etc/')
  })

  it('steps over a space that is already there instead of adding another', () => {
    const line = 'docker ru -it'
    const step = completeWord(setLine(createEditorState(), line, 9), wordsFrom(subcommands)(line, 9))
    expect([step.state.buffer, step.state.cursor]).toEqual(['docker run -it', 11])
  })

  it('inserts the longest common prefix of several candidates', () => {
    const step = completeWord(at('docker pu'), wordsFrom(subcommands)('docker pu', 9))
    expect([step.state.buffer, step.inserted, step.candidates]).toEqual(['docker pu', false, ['pull', 'push']])
    const more = completeWord(at('docker ima'), wordsFrom(subcommands)('docker ima', 10))
    expect([more.state.buffer, more.inserted]).toEqual(['docker image', true])
  })

  it('finds the longest common prefix without splitting a character', () => {
    expect(longestCommonPrefix(['容器一', '容器二'])).toBe('容器')
    expect(longestCommonPrefix(['a🐳', 'a🐬'])).toBe('a')
  })
})

describe('listingRows', () => {
  it('lists in columns down then across, each as wide as the widest name + 2', () => {
    const names = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'b1']
    expect(listingRows(names, 13)).toEqual(['a1  a5  a9', 'a2  a6  b1', 'a3  a7  ', 'a4  a8  '])
  })

  it('uses one column fewer when the columns would fill the row exactly, as readline does', () => {
    expect(listingRows(['ab', 'cd', 'ef'], 9)).toEqual(['ab  ef', 'cd  '])
    expect(listingRows(['ab', 'cd', 'ef'], 8)).toEqual(['ab', 'cd', 'ef'])
  })

  it('puts a name wider than the terminal on a row of its own', () => {
    expect(listingRows(['abcdefghijkl', 'b'], 8)).toEqual(['abcdefghijkl', 'b'])
  })

  it('shows only the last component of file names', () => {
    expect(displayName('/etc/yum/', true)).toBe('yum/')
    expect(displayName('/etc/hosts', true)).toBe('hosts')
    expect(displayName('library/nginx', false)).toBe('library/nginx')
    expect(listingRows(['/etc/hosts', '/etc/yum/'], 80, true)).toEqual(['hosts  yum/   '])
  })
})

describe('Tab in the editor', () => {
  it('completes a sole candidate', () => {
    const s = startSession({ complete: wordsFrom(subcommands) })
    s.type('docker ru')
    expect(s.type(TAB).output).toBe('n ')
    expect(s.screenProblem()).toBe('')
  })

  it('inserts the common prefix of several candidates and rings the bell', () => {
    const s = startSession({ complete: wordsFrom(subcommands) })
    expect(s.type('docker ima').output).toBe('docker ima')
    expect(s.type(TAB).output).toBe('ge\x07')
  })

  it('rings the bell when there is no candidate', () => {
    const s = startSession({ complete: wordsFrom(subcommands) })
    expect(s.type('docker x', TAB).output).toBe('\x07')
    expect(s.editor.state.buffer).toBe('docker x')
  })

  it('lists the candidates on the second Tab when the first could insert nothing, then redraws prompt and line', () => {
    const s = startSession({ prompt: '[root@localhost ~]# ', complete: wordsFrom(subcommands) })
    s.type('docker i')
    expect(s.type(TAB).output).toBe('\x07')
    const r = s.type(TAB)
    expect(r.output).toBe('\r\nimage    images   info     inspect  \r\n[root@localhost ~]# docker i')
    expect([0, 1, 2].map((i) => s.screen.rowText(s.startRow + i))).toEqual([
      '[root@localhost ~]# docker i', 'image    images   info     inspect', '[root@localhost ~]# docker i'])
    expect(s.screenProblem({ moved: true })).toBe('')
  })

  it('lists below the end of the line when the cursor is in the middle, and puts the cursor back', () => {
    const s = startSession({ complete: wordsFrom(subcommands) })
    s.type('docker i --help', '\x01', '\x1bf', '\x1bf', TAB)
    const r = s.type(TAB)
    expect(r.output).toBe('\x1b[7C\r\nimage    images   info     inspect  \r\n$ docker i --help\x1b[7D')
    expect(s.screenProblem({ moved: true })).toBe('')
  })

  it('lists again on every further Tab, and starts over after another key', () => {
    const s = startSession({ complete: wordsFrom(subcommands) })
    s.type('docker p', TAB, TAB)
    expect(s.type(TAB).output).toContain('\r\nps    pull  push  \r\n')
    expect(s.type('u', TAB).output).toBe('\x07')
  })

  it('asks before listing 100 or more candidates, and lists them on y', () => {
    const many = Array.from({ length: 120 }, (_, i) => `c${String(i).padStart(3, '0')}`)
    const s = startSession({ cols: 40, complete: wordsFrom(many) })
    s.type('c', TAB)
    const asked = s.type(TAB)
    expect(asked.output).toBe('\r\nDisplay all 120 possibilities? (y or n)')
    expect(s.type('x').output).toBe('\x07')
    const listed = s.type('y').output
    expect(listed.startsWith('\r\nc000  c020  c040  c060  c080  c100\r\nc001  c021')).toBe(true)
    expect(listed.endsWith('$ c')).toBe(true)
    expect(s.screenProblem({ moved: true })).toBe('')
  })

  it('does not list on n, and redraws the line below the question', () => {
    const many = Array.from({ length: 100 }, (_, i) => `c${i}`)
    const s = startSession({ complete: wordsFrom(many) })
    s.type('c', TAB, TAB)
    expect(s.type('n').output).toBe('\r\n$ c')
    expect(s.screenProblem({ moved: true })).toBe('')
    s.type('1')
    expect(s.editor.state.buffer).toBe('c1')
  })

  it('never fails when the completer throws', () => {
    const s = startSession({ complete: () => { throw new Error('boom') } })
    s.type('x')
    expect(s.type(TAB).output).toBe('\x07')
  })
})

import { describe, expect, it } from 'vitest'
import { createEditorState, setLine } from './edit-state'
import { startSession } from './editor-session.test-helper'
import { extendQuery, searchOlder, searchPrompt, shortenQuery, startSearch } from './history-search'

const CTRL_R = '\x12'
const history = ['docker ps', 'docker images', 'docker run -d nginx', 'docker ps -a', 'ls']

describe('reverse search, as pure steps', () => {
  const searching = (query: string, lines = history) => extendQuery(startSearch(createEditorState(lines)), query)

  it('finds the newest entry containing the query and puts the cursor on the match', () => {
    const s = searching('ps')
    expect([s.buffer, s.cursor, s.search?.lineIndex]).toEqual(['docker ps -a', 7, 3])
  })

  it('finds an earlier match in the same entry before going to older entries', () => {
    const s = searchOlder(searching('echo', ['echo a; echo b']))
    expect([s.buffer, s.cursor]).toEqual(['echo a; echo b', 0])
  })

  it('skips older entries identical to the match shown', () => {
    const s = searchOlder(searching('ps', ['docker ps -a', 'ls', 'docker ps', 'docker ps']))
    expect([s.buffer, s.search?.lineIndex]).toEqual(['docker ps -a', 0])
  })

  it('marks the search failed and keeps the last match when nothing older matches', () => {
    const s = searchOlder(searchOlder(searching('images')))
    expect(s.search?.failed).toBe(true)
    expect(s.buffer).toBe('docker images')
    expect(searchPrompt(s.search!)).toBe("(failed reverse-i-search)`images': ")
  })

  it('searches the line being typed too, left of the cursor', () => {
    const typed = setLine(createEditorState(history), 'echo hello', 10)
    const s = extendQuery(startSearch(typed), 'hell')
    expect([s.buffer, s.cursor]).toEqual(['echo hello', 5])
  })

  it('goes back to the original line when the query is erased', () => {
    const typed = setLine(createEditorState(history), 'abc', 1)
    const s = shortenQuery(shortenQuery(extendQuery(startSearch(typed), 'ls')))
    expect([s.buffer, s.cursor, s.search?.query]).toEqual(['abc', 1, ''])
  })
})

describe('Ctrl-R in the editor', () => {
  it('shows the search prompt and the match exactly as bash does', () => {
    const s = startSession({ history, prompt: '[root@localhost ~]# ' })
    s.type(CTRL_R)
    expect(s.lineRows()).toEqual(["(reverse-i-search)`':"])
    s.type('r', 'u')
    expect(s.lineRows()).toEqual(["(reverse-i-search)`ru': docker run -d nginx"])
    expect(s.screenProblem()).toBe('')
    expect(s.screen.cursor.col).toBe("(reverse-i-search)`ru': docker ".length)
  })

  it('steps to older matches with Ctrl-R again and rings the bell when there are none', () => {
    const s = startSession({ history })
    s.type(CTRL_R, 'docker', CTRL_R)
    expect(s.editor.state.buffer).toBe('docker run -d nginx')
    expect(s.type(CTRL_R, CTRL_R, CTRL_R).output).toContain('\x07')
    expect(s.lineRows()).toEqual(["(failed reverse-i-search)`docker': docker ps"])
    expect(s.screenProblem()).toBe('')
  })

  it('submits the match on Enter, with the normal prompt back', () => {
    const s = startSession({ history, prompt: '# ' })
    const r = s.type(CTRL_R, 'imag', '\r')
    expect(r.outcome).toEqual({ kind: 'line', line: 'docker images' })
    expect(s.screen.rowText(s.startRow)).toBe('# docker images')
  })

  it('cancels with Ctrl-G, restoring the line being typed', () => {
    const s = startSession({ history })
    s.type('echo hi', '\x1b[D', CTRL_R, 'nginx', '\x07')
    expect([s.editor.state.buffer, s.editor.state.cursor, s.editor.state.search]).toEqual(['echo hi', 6, null])
    expect(s.screenProblem()).toBe('')
  })

  it('cancels with Esc too', () => {
    const s = startSession({ history })
    s.type('echo hi', CTRL_R, 'nginx', '\x1b')
    s.editor.flush()
    expect(s.editor.state.buffer).toBe('echo hi')
  })

  it('accepts the match and keeps editing when an arrow or Ctrl-A/Ctrl-E is pressed', () => {
    const s = startSession({ history })
    s.type(CTRL_R, 'nginx', '\x1b[D')
    expect([s.editor.state.buffer, s.editor.state.cursor, s.editor.state.search]).toEqual(['docker run -d nginx', 13, null])
    expect(s.screenProblem()).toBe('')
    s.type(CTRL_R, 'run', '\x05', '!')
    expect(s.editor.state.buffer).toBe('docker run -d nginx!')
    expect(s.screenProblem()).toBe('')
  })

  it('walks history on from the accepted entry', () => {
    const s = startSession({ history })
    s.type(CTRL_R, 'images', '\x01', '\x1b[A')
    expect(s.editor.state.buffer).toBe('docker ps')
  })

  it('edits the query with Backspace', () => {
    const s = startSession({ history })
    s.type(CTRL_R, 'psx')
    expect(s.editor.state.search?.failed).toBe(true)
    s.type('\x7f')
    expect(s.lineRows()).toEqual(["(reverse-i-search)`ps': docker ps -a"])
    expect(s.screenProblem()).toBe('')
  })

  it('interrupts on Ctrl-C', () => {
    const s = startSession({ history })
    expect(s.type(CTRL_R, 'ps', '\x03').outcome).toEqual({ kind: 'interrupt' })
  })
})

import { describe, expect, it } from 'vitest'
import * as edit from './edit-state'
import type { EditorState } from './edit-state'

/** A state showing `text`, the cursor where '|' is. */
function given(textWithCursor: string, history: string[] = []): EditorState {
  const cursor = textWithCursor.indexOf('|')
  const text = textWithCursor.replace('|', '')
  return edit.setLine(edit.createEditorState(history), text, cursor < 0 ? text.length : cursor)
}

const shown = (s: EditorState) => `${s.buffer.slice(0, s.cursor)}|${s.buffer.slice(s.cursor)}`
const afterKill = (s: EditorState, name: string) => ({ ...s, last: name })

describe('edit operations', () => {
  it('inserts at the cursor', () => {
    expect(shown(edit.insertText(given('docker| ps'), ' image'))).toBe('docker image| ps')
  })

  it('deletes a whole character, even a combined or astral one', () => {
    expect(shown(edit.deleteBackward(given('ae\u0301|b')))).toBe('a|b')
    expect(shown(edit.deleteForward(given('a|🐳b')))).toBe('a|b')
  })

  it('returns the same state when there is nothing to delete or no room to move', () => {
    const start = given('|abc')
    expect(edit.deleteBackward(start)).toBe(start)
    expect(edit.moveLeft(start)).toBe(start)
    const end = given('abc|')
    expect(edit.deleteForward(end)).toBe(end)
    expect(edit.moveRight(end)).toBe(end)
  })

  it('moves by words of letters and digits with M-b and M-f', () => {
    expect(shown(edit.wordLeft(given('docker run --name web|')))).toBe('docker run --name |web')
    expect(shown(edit.wordLeft(given('docker run --|name')))).toBe('docker |run --name')
    expect(shown(edit.wordRight(given('docker| run --name')))).toBe('docker run| --name')
    expect(shown(edit.wordRight(given('|--name=web')))).toBe('--name|=web')
  })

  it('treats CJK letters as word characters', () => {
    expect(shown(edit.wordLeft(given('echo 你好|')))).toBe('echo |你好')
  })

  it('kills to the end and to the start of the line', () => {
    const k = edit.killToEnd(given('docker |ps -a'))
    expect([shown(k), k.killed]).toEqual(['docker |', 'ps -a'])
    const u = edit.killToStart(given('docker |ps -a'))
    expect([shown(u), u.killed]).toEqual(['|ps -a', 'docker '])
  })

  it('kills the previous whitespace-delimited word with C-w', () => {
    const w = edit.killWordBackward(given('docker run --rm alpine:3.19|'))
    expect([shown(w), w.killed]).toEqual(['docker run --rm |', 'alpine:3.19'])
    expect(shown(edit.killWordBackward(given('docker run   |')))).toBe('docker |')
  })

  it('kills only letters and digits with M-Backspace', () => {
    expect(shown(edit.killAlnumWordBackward(given('docker run --rm alpine:3.19|')))).toBe('docker run --rm alpine:3.|')
  })

  it('joins consecutive kills so one yank brings them all back', () => {
    const first = afterKill(edit.killWordBackward(given('one two three|')), 'unix-word-rubout')
    const second = edit.killWordBackward(first)
    expect(second.killed).toBe('two three')
    expect(shown(edit.yank(second))).toBe('one two three|')
  })

  it('starts a new kill after any other command', () => {
    const first = afterKill(edit.killWordBackward(given('one two three|')), 'backward-char')
    expect(edit.killWordBackward(first).killed).toBe('two ')
  })

  it('yanks the last kill at the cursor', () => {
    const killed = edit.killToStart(given('docker |ps'))
    expect(shown(edit.yank(edit.moveToEnd(killed)))).toBe('psdocker |')
  })

  it('transposes the characters around the cursor, or the last two at the end', () => {
    expect(shown(edit.transposeChars(given('dockre|')))).toBe('docker|')
    expect(shown(edit.transposeChars(given('dc|oker')))).toBe('doc|ker')
  })
})

describe('history walking', () => {
  const history = ['docker ps', 'docker images']

  it('shows older entries with the cursor at their end', () => {
    const up = edit.historyPrevious(given('', history))
    expect(shown(up)).toBe('docker images|')
    expect(shown(edit.historyPrevious(up))).toBe('docker ps|')
  })

  it('restores the line being edited when coming back down', () => {
    const typed = given('docker ru|n', history)
    const back = edit.historyNext(edit.historyNext(edit.historyPrevious(edit.historyPrevious(typed))))
    expect(back.buffer).toBe('docker run')
    expect(back.index).toBe(2)
  })

  it('keeps edits made to an old entry while walking, without changing the caller\'s history', () => {
    const edited = edit.insertText(edit.historyPrevious(given('', history)), ' -a')
    const again = edit.historyPrevious(edit.historyNext(edited))
    expect(again.buffer).toBe('docker images -a')
    expect(history).toEqual(['docker ps', 'docker images'])
  })

  it('stops at the oldest and the newest entry', () => {
    const oldest = edit.historyPrevious(edit.historyPrevious(given('', history)))
    expect(edit.historyPrevious(oldest)).toBe(oldest)
    const newest = given('x', history)
    expect(edit.historyNext(newest)).toBe(newest)
  })
})

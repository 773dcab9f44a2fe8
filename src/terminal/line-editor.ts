/** The line editor: raw terminal input in, ANSI output and finished lines out, in bash/readline's emacs mode. It
 *  holds the only mutable state of src/terminal (the edit state, the key decoder's pending input, what is on
 *  screen); everything it does is delegated to the pure modules beside it. One editor reads one line.
 *
 *  feed() consumes keys until the line is finished; input after the finishing key comes back as `rest`, for the
 *  next editor (so a pasted script runs line by line). A finished editor consumes nothing more. Never throws. */
import { searchPrompt, acceptSearch, cancelSearch, extendQuery, searchOlder, shortenQuery, startSearch } from './history-search'
import type { Completer } from './completion'
import * as edit from './edit-state'
import type { EditorState } from './edit-state'
import { decodeKeys, flushPending, initialDecoderState, PASTE_START, type DecoderState, type Key } from './key-decoder'
import { EMACS_KEYMAP, type Command } from './keymap'
import { CLEAR_SCREEN, drawDisplay, eraseDisplay, leaveDisplay, updateDisplay, type Display } from './render'
import { askCompleter, completeWord, displayAllQuestion, listingRows, QUERY_ITEMS, type CompletionStep } from './tab-completion'

export type { EditorState } from './edit-state'

export interface LineEditorOptions {
  /** May contain ANSI colour codes; its display width ignores them. One line: no newlines. */
  prompt: string
  /** Terminal width; lines longer than this wrap. */
  cols: number
  /** Oldest first. Up/Down walk it; the editor never changes it. */
  history?: readonly string[]
  complete?: Completer
}

export type EditorOutcome =
  | { kind: 'pending' }
  | { kind: 'line'; line: string }
  | { kind: 'eof' }
  | { kind: 'interrupt' }

export interface FeedResult {
  output: string
  outcome: EditorOutcome
  /** Input after the key that finished the line, not consumed: feed it to the next editor. */
  rest: string
}

export interface LineEditor {
  /** Draws the prompt (and the line so far), assuming the cursor is at the start of a row. */
  start(): string
  feed(data: string): FeedResult
  /** Ends a pending incomplete escape sequence: a lone ESC becomes the Escape key. Call it when no input has
   *  followed for a moment (readline waits keyseq-timeout, 500 ms). */
  flush(): FeedResult
  /** Redraws for a new terminal width (the terminal keeps the old rows where they are, as xterm.js does). */
  resize(cols: number): string
  readonly state: EditorState
}

const BELL = '\x07'
const PENDING: EditorOutcome = { kind: 'pending' }

/** Commands that ring the bell when they cannot act (at the start, at the end, above the oldest entry), as readline does. */
const RING_WHEN_STUCK: Partial<Record<Command, (s: EditorState) => EditorState>> = {
  'backward-delete-char': edit.deleteBackward,
  'delete-char': edit.deleteForward,
  'backward-char': edit.moveLeft,
  'forward-char': edit.moveRight,
  'beginning-of-line': edit.moveToStart,
  'end-of-line': edit.moveToEnd,
  'backward-word': edit.wordLeft,
  'forward-word': edit.wordRight,
  'previous-history': edit.historyPrevious,
  'beginning-of-history': (s) => edit.showEntry(s, 0),
  'transpose-chars': edit.transposeChars,
}

/** Commands that do nothing quietly when they cannot act. */
const SILENT_WHEN_STUCK: Partial<Record<Command, (s: EditorState) => EditorState>> = {
  'next-history': edit.historyNext,
  'end-of-history': (s) => edit.showEntry(s, s.lines.length - 1),
  'kill-line': edit.killToEnd,
  'unix-line-discard': edit.killToStart,
  'unix-word-rubout': edit.killWordBackward,
  'kill-word': edit.killWordForward,
  'backward-kill-word': edit.killAlnumWordBackward,
  'yank': edit.yank,
}

export function createLineEditor(options: LineEditorOptions): LineEditor {
  const prompt = options.prompt
  let cols = options.cols
  let state = edit.createEditorState(options.history ?? [])
  let decoder: DecoderState = initialDecoderState
  /** What is on screen, or null when the line is not drawn (before start, while asking, after the end). */
  let shown: Display | null = null
  /** Set while "Display all N possibilities? (y or n)" waits for an answer. */
  let asking: CompletionStep | null = null
  let finished: EditorOutcome | null = null

  const display = (): Display => ({
    prompt: state.search ? searchPrompt(state.search) : prompt,
    text: state.buffer,
    cursor: state.cursor,
    cols,
  })

  /** Brings the screen up to date with the state. */
  function render(): string {
    if (!shown) return ''
    const next = display()
    const out = updateDisplay(shown, next)
    shown = next
    return out
  }

  function redraw(): string {
    shown = display()
    return drawDisplay(shown)
  }

  function finish(outcome: EditorOutcome, suffix = ''): string {
    const out = render() + (shown && outcome.kind !== 'eof' ? leaveDisplay(shown, suffix) : '')
    shown = null
    finished = outcome
    return out
  }

  function run(command: Command): string {
    const move = RING_WHEN_STUCK[command] ?? SILENT_WHEN_STUCK[command]
    if (move) {
      const next = move(state)
      const bell = next === state && RING_WHEN_STUCK[command] !== undefined
      state = { ...next, last: command }
      return bell ? render() + BELL : ''
    }
    if (command === 'complete') return complete()
    state = { ...state, last: command }
    switch (command) {
      case 'accept-line':
        return finish({ kind: 'line', line: state.buffer })
      case 'interrupt':
        return finish({ kind: 'interrupt' }, '^C')
      case 'delete-char-or-eof':
        if (state.buffer === '') return finish({ kind: 'eof' })
        return run('delete-char')
      case 'clear-screen':
        return CLEAR_SCREEN + redraw()
      case 'reverse-search-history':
        state = startSearch(state)
        return ''
      default:
        return render() + BELL
    }
  }

  function complete(): string {
    const previous = state.last
    const step = completeWord(state, askCompleter(options.complete, state.buffer, state.cursor))
    if (step.inserted) {
      state = { ...step.state, last: 'complete' }
      return render() + (step.candidates.length > 1 ? BELL : '')
    }
    state = { ...state, last: 'complete-unchanged' }
    if (step.candidates.length === 0 || previous !== 'complete-unchanged') return render() + BELL
    let out = render() + (shown ? leaveDisplay(shown) : '')
    shown = null
    if (step.candidates.length >= QUERY_ITEMS) {
      asking = step
      return out + displayAllQuestion(step.candidates.length)
    }
    out += listing(step)
    return out + redraw()
  }

  const listing = (step: CompletionStep): string =>
    listingRows(step.candidates, cols, step.filenames).map((row) => `${row}\r\n`).join('')

  /** A key while asking whether to display all candidates: y, Y or space list them; n, N or Backspace don't. */
  function answer(key: Key): string {
    const step = asking
    if (!step) return ''
    if (key.name === 'C-c') {
      asking = null
      finished = { kind: 'interrupt' }
      return '^C\r\n'
    }
    const reply = key.name === 'text' ? (key.text ?? '')[0] : key.name
    const yes = reply === 'y' || reply === 'Y' || reply === ' '
    const no = reply === 'n' || reply === 'N' || reply === 'backspace' || reply === 'C-g'
    if (!yes && !no) return BELL
    asking = null
    const out = `\r\n${yes ? listing(step) : ''}${redraw()}`
    const more = key.name === 'text' ? (key.text ?? '').slice(1) : ''
    return more ? out + handle({ name: 'text', text: more, raw: more }) : out
  }

  function searchKey(key: Key): string {
    const search = state.search
    if (!search) return editKey(key)
    switch (key.name) {
      case 'text': {
        state = { ...extendQuery(state, key.text ?? ''), last: 'search' }
        return state.search?.failed ? render() + BELL : ''
      }
      case 'C-r': {
        const next = searchOlder(state)
        const moved = next !== state && !next.search?.failed
        state = { ...next, last: 'search' }
        return moved ? '' : render() + BELL
      }
      case 'backspace': {
        state = { ...shortenQuery(state), last: 'search' }
        return search.query ? '' : render() + BELL
      }
      case 'C-g':
      case 'escape':
        state = { ...cancelSearch(state), last: 'abort' }
        return ''
      case 'C-c':
        return finish({ kind: 'interrupt' }, '^C')
      case 'paste-start':
      case 'paste-end':
      case 'unknown':
        return ''
      default:
        state = acceptSearch(state)
        return editKey(key)
    }
  }

  function editKey(key: Key): string {
    if (key.name === 'text') {
      state = { ...edit.insertText(state, key.text ?? ''), last: 'self-insert' }
      return ''
    }
    const command = EMACS_KEYMAP[key.name]
    return command ? run(command) : ''
  }

  function handle(key: Key): string {
    if (asking) return answer(key)
    if (state.search) return searchKey(key)
    return editKey(key)
  }

  function consume(keys: readonly Key[]): FeedResult {
    let output = shown || finished || asking ? '' : redraw()
    for (let i = 0; i < keys.length; i++) {
      output += handle(keys[i])
      if (finished) {
        const key = keys[i]
        let rest = keys.slice(i + 1).map((k) => k.raw).join('') + decoder.pending
        const midPaste = key.pasted === true && key.name !== 'paste-end'
        if (midPaste && (rest !== '' || decoder.inPaste)) rest = PASTE_START + rest
        decoder = initialDecoderState
        return { output, outcome: finished, rest }
      }
    }
    return { output: output + render(), outcome: PENDING, rest: '' }
  }

  return {
    start() {
      return shown || finished || asking ? '' : redraw()
    },
    feed(data: string): FeedResult {
      if (finished) return { output: '', outcome: PENDING, rest: data }
      const decoded = decodeKeys(typeof data === 'string' ? data : '', decoder)
      decoder = decoded.state
      return consume(decoded.keys)
    },
    flush(): FeedResult {
      if (finished) return { output: '', outcome: PENDING, rest: '' }
      const decoded = flushPending(decoder)
      decoder = decoded.state
      return consume(decoded.keys)
    },
    resize(newCols: number): string {
      if (newCols === cols) return ''
      if (!shown) {
        cols = newCols
        return ''
      }
      const out = eraseDisplay(shown)
      cols = newCols
      return out + redraw()
    },
    get state() {
      return state
    },
  }
}

/** The terminal device between the screen and processes (a tty with its line discipline). Keys come in through
 *  input(); text goes out through the `output` callback (xterm in the browser, @xterm/headless in Node).
 *  While a process reads a line, keys go to a line editor; otherwise they are kept as type-ahead, except Ctrl-C,
 *  which interrupts the foreground job at once. Idle = someone is reading a line and no type-ahead is left. */
import { createLineEditor, type LineEditor } from '../terminal/line-editor'
import type { SignalName } from './process'
import type { Reader, Writer } from './stream'
import type { LineResult, ReadLineOptions, Tty } from './tty'

export interface TerminalDevice extends Tty {
  /** Keys typed or pasted by the user. */
  input(data: string): void
  resize(cols: number, rows: number): void
  /** True while a reader waits for a line and no typed input is pending. */
  isIdle(): boolean
  /** Resolves at the next moment the device is idle. */
  whenIdle(): Promise<void>
  /** Who reads a line now: the prompt it drew, and whether it is a shell (it offers history), or null. */
  reading(): { prompt: string; shell: boolean } | null
  /** Runs `job` as the foreground job: Ctrl-C sends it SIGINT while it runs. */
  foreground<T>(signal: (sig: SignalName) => void, job: () => Promise<T>): Promise<T>
  /** stdin/stdout/stderr bound to this terminal (isatty is true for them). */
  readonly stdin: Reader
  readonly stdout: Writer
  readonly stderr: Writer
  /** Someone who wants raw keys before the editor sees them (docker attach's detach keys). Return true to eat them. */
  interceptInput(handler: ((data: string) => boolean) | null): void
}

export function createTerminalDevice(output: (data: string) => void, cols: number, rows: number): TerminalDevice {
  let pending = ''
  let editor: { ed: LineEditor; done: (r: LineResult) => void; options: ReadLineOptions } | null = null
  const fgStack: ((sig: SignalName) => void)[] = []
  let idleWaiters: (() => void)[] = []
  let interceptor: ((data: string) => boolean) | null = null
  const size = { cols, rows }

  const checkIdle = () => {
    if (!device.isIdle()) return
    const ws = idleWaiters
    idleWaiters = []
    for (const w of ws) w()
  }

  function pump() {
    while (editor && pending) {
      const { ed, done } = editor
      const r = ed.feed(pending)
      pending = r.rest
      if (r.output) output(r.output)
      if (r.outcome.kind !== 'pending') {
        editor = null
        done(r.outcome)
      }
    }
    // Resolution of the reader's promise runs later; idleness is checked when the next reader starts.
    queueMicrotask(checkIdle)
  }

  const device: TerminalDevice = {
    get cols() { return size.cols },
    get rows() { return size.rows },
    write: (data) => output(data.replace(/\r?\n/g, '\r\n')),
    readLine(options: ReadLineOptions) {
      return new Promise<LineResult>((resolve) => {
        const ed = createLineEditor({ prompt: options.prompt, cols: size.cols, history: options.history, complete: options.complete })
        const mine = { ed, done: resolve, options }
        editor = mine
        options.cancel?.then(() => {
          if (editor !== mine) return
          // The reader died mid-line: leave the line as it is on screen, and let the next reader start afresh.
          editor = null
          resolve({ kind: 'eof' })
        })
        output(ed.start())
        pump()
      })
    },
    input(data) {
      if (interceptor && interceptor(data)) return
      if (!editor && data.includes('\x03')) {
        // Ctrl-C with nobody reading: drop type-ahead and interrupt the foreground job, as the tty driver does.
        pending = ''
        output('^C')
        fgStack[fgStack.length - 1]?.('SIGINT')
        return
      }
      pending += data
      pump()
    },
    resize(c, r) {
      size.cols = c
      size.rows = r
      if (editor) output(editor.ed.resize(c))
      fgStack[fgStack.length - 1]?.('SIGWINCH')
    },
    isIdle: () => editor !== null && pending === '',
    reading: () => (editor ? { prompt: editor.options.prompt, shell: editor.options.history !== undefined } : null),
    whenIdle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve)
        queueMicrotask(checkIdle)
      })
    },
    async foreground(signal, job) {
      fgStack.push(signal)
      try { return await job() } finally { fgStack.splice(fgStack.lastIndexOf(signal), 1) }
    },
    interceptInput(h) { interceptor = h },
    stdin: undefined as unknown as Reader,
    stdout: undefined as unknown as Writer,
    stderr: undefined as unknown as Writer,
  }
  const writer = { write: (d: string | Uint8Array) => device.write(typeof d === 'string' ? d : new TextDecoder().decode(d)), tty: device }
  // Reading the terminal as a file: cooked mode, one edited line at a time, Ctrl-D ends input.
  const reader = {
    tty: device,
    async read() {
      const r = await device.readLine({ prompt: '' })
      if (r.kind === 'line') return r.line + '\n'
      if (r.kind === 'interrupt') fgStack[fgStack.length - 1]?.('SIGINT')
      return null
    },
  }
  Object.assign(device, { stdin: reader, stdout: writer, stderr: writer })
  return device
}

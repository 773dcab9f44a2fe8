/** The terminal a process talks to. Output is ANSI text; input is keys. The line discipline gives whole lines
 *  (with echo and editing) to readers; the shell asks for a line with its full editor (history, completion). */
import type { Completer } from '../terminal/completion'
import type { SignalName } from './process'

export interface ReadLineOptions {
  prompt: string
  /** Older entries first. Up/Down walk it; the editor never changes it. */
  history?: readonly string[]
  complete?: Completer
  /** When this settles, the reader has gone (its process was killed): the read is abandoned and ends as eof. */
  cancel?: Promise<unknown>
}

export type LineResult = { kind: 'line'; line: string } | { kind: 'eof' } | { kind: 'interrupt' }

export interface Tty {
  readonly cols: number
  readonly rows: number
  write(data: string): void
  /** Reads one line with the full line editor. Ctrl-C gives `interrupt`, Ctrl-D on an empty line gives `eof`. */
  readLine(options: ReadLineOptions): Promise<LineResult>
  /** Runs `job` as the terminal's foreground job: Ctrl-C typed while it runs (and nobody reads a line) is sent to
   *  `signal`. Terminals without job control (a container's pty) just run the job. */
  foreground?<T>(signal: (sig: SignalName) => void, job: () => Promise<T>): Promise<T>
}

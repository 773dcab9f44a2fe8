/** Reading what a tool works on: named files or standard input ('-'), and yes/no answers to prompts.
 *  A prompt asked on a terminal goes through the terminal's line editor with the prompt as its own, so editing the
 *  answer never erases the question; elsewhere the question is written and a line is read from stdin. */
import type { Process } from '../../os/process'
import { chunkText, readAllText } from '../../os/stream'
import { errText, type Tool } from './applet'

export type OpenError = (name: string, message: string) => string

/** The whole text of `name` ('-' = stdin), or null after printing `failed(name, reason)` to stderr. */
export async function readInput(t: Tool, name: string, failed: OpenError): Promise<string | null> {
  if (name === '-') return readAllText(t.p.stdin)
  const path = t.abs(name)
  const st = t.p.fs.stat(path)
  if (st?.type === 'dir') { t.p.stderr.write(`${failed(name, 'Is a directory')}\n`); return null }
  try {
    return chunkText(t.p.fs.readFile(path))
  } catch (e) {
    t.p.stderr.write(`${failed(name, errText(e))}\n`)
    return null
  }
}

/** The usual wording of an open failure: GNU `name: file: reason`, busybox `name: can't open 'file': reason`. */
export const plainOpenError = (t: Tool): OpenError => (name, msg) =>
  t.gnu ? `${t.name}: ${t.qf(name)}: ${msg}` : msg === 'Is a directory' ? `${t.name}: read error: ${msg}` : `${t.name}: can't open '${name}': ${msg}`

/** Reads one line of answer; null at end of input. */
export async function ask(p: Process, question: string): Promise<string | null> {
  if (p.tty && p.isatty(0) && p.isatty(2)) {
    const r = await p.tty.readLine({ prompt: question })
    if (r.kind === 'interrupt') { p.signal('SIGINT'); p.checkpoint(); return null }
    return r.kind === 'line' ? r.line : null
  }
  p.stderr.write(question)
  return readLine(p)
}

/** What a process read past the line it wanted, as stdio's buffer keeps it for the next read. */
const buffered = new WeakMap<Process, string>()

/** One line from stdin (without '\n'), buffered like stdio; null at end of input. */
export async function readLine(p: Process): Promise<string | null> {
  let line = buffered.get(p) ?? ''
  for (;;) {
    const nl = line.indexOf('\n')
    if (nl >= 0) { buffered.set(p, line.slice(nl + 1)); return line.slice(0, nl) }
    const c = await p.stdin.read()
    if (c === null) { buffered.set(p, ''); return line === '' ? null : line }
    line += chunkText(c)
  }
}

/** rpmatch(3): an answer starting with y or Y. */
export const isYes = (answer: string | null): boolean => answer !== null && /^\s*[yY]/.test(answer)

/** Splits text into lines without their '\n'; a last line without '\n' still counts. */
export function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

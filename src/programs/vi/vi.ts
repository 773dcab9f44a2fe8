/** vi / vim (and busybox's vi applet): editing a file.
 *
 *  With a screen: the machine offers an `editor` service (the browser opens a full editor over the terminal).
 *  vi writes the marker `ESC ] 777 ; editor ; open ; <path, URI-encoded> BEL` (terminals ignore it; a recording or
 *  a UI can see an editor session began), calls `edit(path, content, session)`, writes the file when the result is
 *  text (null = quit without saving), then writes `ESC ] 777 ; editor ; close BEL`. `session.write(text)` writes the
 *  file at once (vim's `:w`) and answers with vim's message for the editor's status line; nothing is printed.
 *
 *  Without one (the Node batch shell, a container): a line-oriented fallback that reads commands from stdin, ed-style:
 *    i / a / o      insert before the first line / append after the last / append after the current line; the text
 *                   lines that follow go in, up to a line holding only `.`
 *    :w [name]  :q  :q!  :wq  :x  ZZ     write / quit (refused when modified) / quit anyway / write and quit
 *    :p :%p p      print the buffer (numbered with :%p#)     :N  go to line N     dd  delete the current line
 *    :d  :N,Md     delete lines          :s/old/new/[g]     substitute on the current line
 *  End of input quits as vim does ("Vim: Error reading input, exiting..."). Messages are vim's own wording. */
import type { Process, Program } from '../../os/process'
import { resolvePath } from '../coreutils/applet'
import { readLine } from '../coreutils/input'

/** What the program lends the editor while it is open. */
export interface EditorSession {
  /** Which program opened the editor. */
  readonly program: 'vim' | 'nano'
  /** Writes `content` to the file now (vim's `:w`, or `:w FILE` to another file): vim's message, `"name" 3L, 42C
   *  written` or `"name" E212: …`. */
  write(content: string, file?: string): string
}
export interface EditorService { edit(path: string, content: string, session?: EditorSession): Promise<string | null> }

const OPEN = (path: string) => `\x1b]777;editor;open;${encodeURIComponent(path)}\x07`
const CLOSE = '\x1b]777;editor;close\x07'

const stats = (text: string) => `${text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0)}L, ${new TextEncoder().encode(text).length}C`

export function writeFile(p: Process, name: string, text: string): string {
  const path = resolvePath(p, name)
  const existed = !!p.fs.stat(path)
  try {
    if (p.fs.stat(path)?.type === 'dir') return `"${name}" E502: is a directory`
    p.fs.writeFile(path, text)
    return `"${name}" ${existed ? '' : '[New] '}${stats(text)} written`
  } catch {
    return `"${name}" E212: Can't open file for writing`
  }
}

export const vi: Program = async (p) => {
  const args = p.argv.slice(1).filter((a) => !a.startsWith('-') && !a.startsWith('+'))
  if (p.argv.includes('--version')) {
    p.stdout.write('VIM - Vi IMproved 7.4 (2013 Aug 10, compiled Dec 15 2020 16:44:08)\nIncluded patches: 1-207, 209-629\nModified by <bugzilla@redhat.com>\nCompiled by <bugzilla@redhat.com>\n')
    return 0
  }
  const name = args[0] ?? ''
  const path = name ? resolvePath(p, name) : ''
  const st = path ? p.fs.stat(path) : undefined
  const original = st?.type === 'file' ? p.fs.readText(path) : ''
  const opened = await inEditor(p, 'vim', name, original)
  if (opened !== undefined) return opened
  return lineEditor(p, name, original, st?.type)
}

/** Edits `name` in the machine's editor when there is one and a screen: the exit status, or undefined when the
 *  program must fall back to its line editor. */
export async function inEditor(p: Process, program: EditorSession['program'], name: string, original: string): Promise<number | undefined> {
  const editor = p.host.service<EditorService>('editor')
  if (!editor || !p.tty) return undefined
  const path = name ? resolvePath(p, name) : ''
  p.stdout.write(OPEN(path))
  const session: EditorSession = { program, write: (text, file) => (file || name ? writeFile(p, file || name, text) : 'E32: No file name') }
  const result = await p.wait(editor.edit(path, original, session))
  p.stdout.write(CLOSE)
  if (result !== null && name) {
    const msg = writeFile(p, name, result)
    if (/E\d+:/.test(msg)) { p.stderr.write(`${msg}\n`); return 1 }
  }
  return 0
}

export async function lineEditor(p: Process, name: string, original: string, type: string | undefined): Promise<number> {
  const lines = original === '' ? [] : original.replace(/\n$/, '').split('\n')
  let current = lines.length
  let modified = false
  let fileName = name
  const say = (s: string) => p.stdout.write(`${s}\n`)
  if (type === 'dir') say(`"${name}" is a directory`)
  else if (name) say(type ? `"${name}" ${stats(original)}` : `"${name}" [New File]`)
  const text = () => (lines.length ? `${lines.join('\n')}\n` : '')
  for (;;) {
    const raw = await readLine(p)
    if (raw === null) { say('Vim: Error reading input, exiting...'); say('Vim: Finished.'); return 1 }
    const cmd = raw.trim()
    if (cmd === '') continue
    if (cmd === 'i' || cmd === 'a' || cmd === 'o' || cmd === 'O') {
      const added: string[] = []
      for (;;) {
        const l = await readLine(p)
        if (l === null || l === '.') break
        added.push(l)
      }
      const at = cmd === 'i' || cmd === 'O' ? (cmd === 'i' ? 0 : Math.max(0, current - 1)) : cmd === 'a' ? lines.length : current
      lines.splice(at, 0, ...added)
      current = at + added.length
      if (added.length) modified = true
      continue
    }
    if (cmd === 'ZZ') { const done = cmdLine('x'); if (done !== undefined) return done }
    else if (cmd === 'dd') { if (lines.length) { lines.splice(Math.max(0, current - 1), 1); modified = true; current = Math.min(current, lines.length) } }
    else if (cmd === 'p') for (const l of lines) say(l)
    else if (cmd.startsWith(':')) { const done = cmdLine(cmd.slice(1).trim()); if (done !== undefined) return done }
    else say(`E492: Not an editor command: ${cmd}`)
  }

  function cmdLine(c: string): number | undefined {
    if (c === 'q') {
      if (modified) { say('E37: No write since last change (add ! to override)'); return undefined }
      return 0
    }
    if (c === 'q!' || c === 'qa!' || c === 'cq') return c === 'cq' ? 1 : 0
    const w = /^(w|wq|x|wq!|w!|x!)(?:\s+(\S+))?$/.exec(c)
    if (w) {
      if (w[2]) fileName = w[2]
      if (!fileName) { say('E32: No file name'); return undefined }
      if (w[1].startsWith('x') && !modified && name === fileName) return 0
      const msg = writeFile(p, fileName, text())!
      say(msg)
      if (/E\d+:/.test(msg)) return undefined
      modified = false
      return w[1] === 'w' || w[1] === 'w!' ? undefined : 0
    }
    if (c === 'p' || c === '%p' || c === '%p#' || c === '%#' || c === '%n') {
      lines.forEach((l, i) => say(c.includes('#') || c === '%n' ? `${String(i + 1).padStart(3)} ${l}` : l))
      return undefined
    }
    if (/^\d+$/.test(c) || c === '$') { current = c === '$' ? lines.length : Math.min(lines.length, Number(c)); return undefined }
    const d = /^(?:(\d+|\.|\$)(?:,(\d+|\.|\$))?)?d$/.exec(c)
    if (d) {
      const at = (s: string | undefined, dflt: number) => (s === undefined ? dflt : s === '.' ? current : s === '$' ? lines.length : Number(s))
      const from = at(d[1], current)
      const to = at(d[2], from)
      if (from >= 1 && to >= from && to <= lines.length) { lines.splice(from - 1, to - from + 1); modified = true; current = Math.min(from, lines.length) }
      else say('E16: Invalid range')
      return undefined
    }
    const s = /^(%)?s\/((?:[^/\\]|\\.)*)\/((?:[^/\\]|\\.)*)\/?(g?)$/.exec(c)
    if (s) {
      const re = new RegExp(s[2], s[4] ? 'g' : '')
      const targets = s[1] ? lines.map((_, i) => i) : [Math.max(0, current - 1)]
      let hit = false
      for (const i of targets) {
        if (lines[i] !== undefined && re.test(lines[i])) { lines[i] = lines[i].replace(re, s[3]); hit = true; modified = true }
        re.lastIndex = 0
      }
      if (!hit) say(`E486: Pattern not found: ${s[2]}`)
      return undefined
    }
    say(`E492: Not an editor command: ${c}`)
    return undefined
  }
}

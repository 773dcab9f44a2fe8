/** Redirections, applied left to right to a small descriptor table that starts as the command's stdio:
 *    [n]>file [n]>|file [n]>>file   &>file &>>file >&file   write (created or truncated before the command runs)
 *    [n]<file [n]<>file             read (the file's content when the command starts)
 *    [n]>&m [n]<&m                  duplicate m;  [n]>&- closes n
 *    <<DELIM <<-DELIM <<<word       here-documents and here-strings
 *  /dev/null, /dev/stdin, /dev/stdout, /dev/stderr and /dev/tty are the shell's own. Output to a file is
 *  appended chunk by chunk as it arrives, so `tail`-ing the file sees it grow.
 *  A failure is reported the way bash (or ash) words it and the command does not run. */
import { FsError, FS_MESSAGES } from '../os/fs'
import type { Reader, Writer } from '../os/stream'
import { chunkText, createStaticReader, emptyReader, nullWriter } from '../os/stream'
import type { Redirect } from './ast'
import { createExpansionContext } from './expansion-host'
import type { Io, Runtime } from './runtime'
import { report } from './runtime'
import { resolvePath } from './resolve-path'
import { expandFields, expandString } from './word-expansion'

type Descriptor = Reader | Writer

const INPUT_OPS = new Set(['<', '<>', '<<', '<<-', '<<<', '<&'])

class RedirectFailure extends Error {}

const isWriter = (d: Descriptor | undefined): d is Writer => d !== undefined && 'write' in d
const isReader = (d: Descriptor | undefined): d is Reader => d !== undefined && 'read' in d

function textReader(text: string): Reader {
  return text === '' ? emptyReader : createStaticReader(text)
}

export async function applyRedirects(rt: Runtime, redirects: readonly Redirect[], io: Io): Promise<Io | null> {
  if (redirects.length === 0) return io
  const table = new Map<number, Descriptor>([[0, io.stdin], [1, io.stdout], [2, io.stderr]])
  const ctx = createExpansionContext(rt, io)
  const fs = rt.config.process.fs
  const ash = rt.config.dialect === 'ash'

  const fsMessage = (e: unknown, path: string, writing: boolean): never => {
    if (!(e instanceof FsError)) throw e
    const reason = FS_MESSAGES[e.errno]
    throw new RedirectFailure(ash ? (writing ? `can't create ${path}: ${reason}` : `can't open '${path}': ${reason}`) : `${path}: ${reason}`)
  }
  const openWriter = (path: string, append: boolean): Writer => {
    if (path === '/dev/null') return nullWriter
    if (path === '/dev/stdout' || path === '/dev/stderr') {
      const d = table.get(path === '/dev/stdout' ? 1 : 2)
      return isWriter(d) ? d : nullWriter
    }
    const tty = rt.config.process.tty
    if (path === '/dev/tty' && tty) return { write: (data) => tty.write(chunkText(data)) }
    const resolved = resolvePath(rt.state.cwd, path)
    try {
      if (fs.stat(resolved)?.type === 'dir') throw new FsError('EISDIR', resolved)
      if (!append || !fs.stat(resolved)) fs.writeFile(resolved, '')
    } catch (e) {
      return fsMessage(e, path, true)
    }
    return {
      write(data) {
        try { fs.writeFile(resolved, data, { append: true }) } catch { /* the file went away: output is lost */ }
      },
    }
  }
  const openReader = (path: string): Reader => {
    if (path === '/dev/null') return emptyReader
    if (path === '/dev/stdin') { const d = table.get(0); return isReader(d) ? d : emptyReader }
    const resolved = resolvePath(rt.state.cwd, path)
    try {
      const data = fs.readFile(resolved)
      return data.length === 0 ? emptyReader : createStaticReader(data)
    } catch (e) {
      return fsMessage(e, path, false)
    }
  }
  const oneField = async (r: Redirect): Promise<string> => {
    const fields = await expandFields(r.target, ctx)
    if (fields.length !== 1) throw new RedirectFailure(`${r.target.raw}: ambiguous redirect`)
    return fields[0]
  }

  try {
    for (const r of redirects) {
      const fd = r.fd ?? (INPUT_OPS.has(r.op) ? 0 : 1)
      switch (r.op) {
        case '<<': case '<<-':
          table.set(fd, textReader(r.heredoc ? await expandString(r.heredoc, ctx) : ''))
          break
        case '<<<':
          table.set(fd, textReader((await expandString(r.target, ctx)) + '\n'))
          break
        case '>&': case '<&': {
          const target = await expandString(r.target, ctx)
          if (target === '-') { table.set(fd, r.op === '>&' ? nullWriter : emptyReader); break }
          if (/^[0-9]+$/.test(target)) {
            const source = table.get(Number(target))
            if (!source) throw new RedirectFailure(`${target}: Bad file descriptor`)
            table.set(fd, source)
            break
          }
          if (r.op === '<&' || r.fd !== null) throw new RedirectFailure(`${r.target.raw}: ambiguous redirect`)
          const w = openWriter(await oneField(r), false)
          table.set(1, w)
          table.set(2, w)
          break
        }
        case '&>': case '&>>': {
          const w = openWriter(await oneField(r), r.op === '&>>')
          table.set(1, w)
          table.set(2, w)
          break
        }
        case '>': case '>|': case '>>':
          table.set(fd, openWriter(await oneField(r), r.op === '>>'))
          break
        case '<': case '<>':
          table.set(fd, openReader(await oneField(r)))
          break
      }
    }
  } catch (e) {
    if (!(e instanceof RedirectFailure)) throw e
    report(rt, io, e.message)
    return null
  }
  const stdin = table.get(0)
  const stdout = table.get(1)
  const stderr = table.get(2)
  return {
    stdin: isReader(stdin) ? stdin : emptyReader,
    stdout: isWriter(stdout) ? stdout : nullWriter,
    stderr: isWriter(stderr) ? stderr : nullWriter,
  }
}

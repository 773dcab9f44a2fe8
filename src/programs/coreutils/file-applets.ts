/** Applets that read and change files: cat, ls, mkdir, rm, touch, head, tail, wc. */
import { FS_MESSAGES, FsError, type Stat } from '../../os/fs'
import { chunkText, readAllText } from '../../os/stream'
import type { Process } from '../../os/process'
import { resolvePath, type Applet, type Flavor } from './applet'
import { formatColumns } from './columns'

const errText = (e: unknown) => (e instanceof FsError ? FS_MESSAGES[e.errno] : String(e))

export const cat: Applet = async (p, args, flavor) => {
  const files = args.filter((a) => a !== '-u')
  if (files.length === 0) files.push('-')
  let status = 0
  for (const f of files) {
    if (f === '-') {
      for (let c = await p.stdin.read(); c !== null; c = await p.stdin.read()) p.stdout.write(c)
      continue
    }
    try {
      p.stdout.write(p.fs.readFile(resolvePath(p, f)))
    } catch (e) {
      p.stderr.write(flavor === 'gnu' ? `cat: ${f}: ${errText(e)}\n` : `cat: can't open '${f}': ${errText(e)}\n`)
      status = 1
    }
  }
  return status
}

const COLORS = { dir: '\x1b[1;34m', symlink: '\x1b[1;36m', exec: '\x1b[1;32m' }

function colored(name: string, st: Stat | undefined, flavor: Flavor): string {
  if (!st) return name
  const c = st.type === 'dir' ? COLORS.dir : st.type === 'symlink' ? COLORS.symlink : st.mode & 0o111 ? COLORS.exec : ''
  if (!c) return name
  return flavor === 'gnu' ? `${c.replace('1;', '01;')}${name}\x1b[0m` : `${c}${name}\x1b[0m`
}

function modeString(st: Stat): string {
  const t = st.type === 'dir' ? 'd' : st.type === 'symlink' ? 'l' : '-'
  const bits = 'rwxrwxrwx'
  let s = ''
  for (let i = 0; i < 9; i++) s += st.mode & (1 << (8 - i)) ? bits[i] : '-'
  if (st.mode & 0o1000) s = s.slice(0, 8) + (st.mode & 1 ? 't' : 'T')
  return t + s
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
function lsDate(ms: number, now: number): string {
  const d = new Date(ms)
  const recent = Math.abs(now - ms) < 182 * 24 * 3600 * 1000
  const day = String(d.getUTCDate()).padStart(2, ' ')
  const tail = recent ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}` : String(d.getUTCFullYear()).padStart(5, ' ')
  return `${MONTHS[d.getUTCMonth()]} ${day} ${tail}`
}

function humanSize(n: number): string {
  if (n < 1024) return String(n)
  const units = ['K', 'M', 'G', 'T']
  let v = n
  let u = -1
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++ }
  return (v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v))) + units[u]
}

export const ls: Applet = async (p, args, flavor) => {
  const opts = new Set<string>()
  const paths: string[] = []
  for (const a of args) {
    if (a.startsWith('-') && a.length > 1 && a !== '--') for (const ch of a.slice(1)) opts.add(ch)
    else paths.push(a)
  }
  if (paths.length === 0) paths.push('.')
  const tty = p.isatty(1)
  const color = tty
  let status = 0
  const now = p.host.now()
  const listings: { title: string; names: string[]; dir: string }[] = []
  const filesOnly: string[] = []
  for (const path of paths) {
    const abs = resolvePath(p, path)
    const st = p.fs.stat(abs)
    if (!st) {
      p.stderr.write(flavor === 'gnu' ? `ls: cannot access '${path}': No such file or directory\n` : `ls: ${path}: No such file or directory\n`)
      status = flavor === 'gnu' ? 2 : 1
      continue
    }
    if (st.type !== 'dir' || opts.has('d')) { filesOnly.push(path); continue }
    let names = p.fs.readdir(abs)
    if (!opts.has('a') && !opts.has('A')) names = names.filter((n) => !n.startsWith('.'))
    if (opts.has('a')) names = ['.', '..', ...names]
    listings.push({ title: path, names, dir: abs })
  }
  const render = (names: string[], dir: string | null) => {
    const statOf = (n: string) => p.fs.lstat(dir === null ? resolvePath(p, n) : `${dir.replace(/\/$/, '')}/${n}`)
    if (opts.has('l')) {
      const rows = names.map((n) => ({ n, st: statOf(n) ?? { type: 'file' as const, mode: 0o644, uid: 0, gid: 0, size: 0, mtime: 0 } }))
      const sizes = rows.map((r) => (opts.has('h') ? humanSize(r.st.size) : String(r.st.size)))
      const w = Math.max(0, ...sizes.map((s) => s.length))
      if (dir !== null) p.stdout.write(`total ${rows.reduce((t, r) => t + Math.ceil(r.st.size / 4096) * 4, 0)}\n`)
      rows.forEach((r, i) => {
        const name = color ? colored(r.n, r.st, flavor) : r.n
        const link = r.st.type === 'symlink' ? ` -> ${r.st.target}` : ''
        p.stdout.write(`${modeString(r.st)}${flavor === 'gnu' ? '.' : ''} ${r.st.type === 'dir' ? 2 : 1} root root ${sizes[i].padStart(w)} ${lsDate(r.st.mtime, now)} ${name}${link}\n`)
      })
      return
    }
    if (!tty || opts.has('1')) { for (const n of names) p.stdout.write(`${n}\n`); return }
    p.stdout.write(formatColumns(names, p.tty?.cols ?? 80, flavor, (n) => (color ? colored(n, statOf(n), flavor) : n)))
  }
  if (filesOnly.length) render(filesOnly, null)
  listings.forEach((l, i) => {
    if (paths.length > 1) p.stdout.write(`${i > 0 || filesOnly.length ? '\n' : ''}${l.title}:\n`)
    render(l.names, l.dir)
  })
  return status
}

export const mkdir: Applet = async (p, args, flavor) => {
  const parents = args.includes('-p')
  let status = 0
  for (const a of args.filter((x) => !x.startsWith('-'))) {
    try { p.fs.mkdir(resolvePath(p, a), { parents }) } catch (e) {
      p.stderr.write(flavor === 'gnu' ? `mkdir: cannot create directory '${a}': ${errText(e)}\n` : `mkdir: can't create directory '${a}': ${errText(e)}\n`)
      status = 1
    }
  }
  return status
}

export const rm: Applet = async (p, args, flavor) => {
  const flags = args.filter((a) => a.startsWith('-')).join('')
  const recursive = /[rR]/.test(flags)
  const force = flags.includes('f')
  let status = 0
  for (const a of args.filter((x) => !x.startsWith('-'))) {
    const abs = resolvePath(p, a)
    const st = p.fs.lstat(abs)
    if (!st) {
      if (!force) { p.stderr.write(flavor === 'gnu' ? `rm: cannot remove '${a}': No such file or directory\n` : `rm: can't remove '${a}': No such file or directory\n`); status = 1 }
      continue
    }
    if (st.type === 'dir') {
      if (!recursive) { p.stderr.write(flavor === 'gnu' ? `rm: cannot remove '${a}': Is a directory\n` : `rm: '${a}' is a directory\n`); status = 1; continue }
      p.fs.rmdir(abs, { recursive: true })
    } else p.fs.unlink(abs)
  }
  return status
}

export const touch: Applet = async (p, args) => {
  for (const a of args.filter((x) => !x.startsWith('-'))) {
    const abs = resolvePath(p, a)
    if (p.fs.stat(abs)) p.fs.writeFile(abs, '', { append: true })
    else p.fs.writeFile(abs, '')
  }
  return 0
}

async function inputText(p: Process, files: string[], name: string, flavor: Flavor): Promise<{ text: string; status: number }[]> {
  if (files.length === 0) return [{ text: await readAllText(p.stdin), status: 0 }]
  return files.map((f) => {
    try { return { text: chunkText(p.fs.readFile(resolvePath(p, f))), status: 0 } } catch (e) {
      p.stderr.write(flavor === 'gnu' ? `${name}: cannot open '${f}' for reading: ${errText(e)}\n` : `${name}: can't open '${f}': ${errText(e)}\n`)
      return { text: '', status: 1 }
    }
  })
}

const lineCount = (args: string[]): { n: number; rest: string[] } => {
  let n = 10
  const rest: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '-n') n = Number(args[++i])
    else if (/^-n\d+$/.test(a)) n = Number(a.slice(2))
    else if (/^-\d+$/.test(a)) n = Number(a.slice(1))
    else rest.push(a)
  }
  return { n, rest }
}

export const head: Applet = async (p, args, flavor) => {
  const { n, rest } = lineCount(args)
  let status = 0
  for (const r of await inputText(p, rest, 'head', flavor)) {
    status ||= r.status
    const lines = r.text.split(/(?<=\n)/)
    p.stdout.write(lines.slice(0, n).join(''))
  }
  return status
}

export const tail: Applet = async (p, args, flavor) => {
  const { n, rest } = lineCount(args)
  let status = 0
  for (const r of await inputText(p, rest, 'tail', flavor)) {
    status ||= r.status
    const lines = r.text.split(/(?<=\n)/).filter((l) => l !== '')
    p.stdout.write(lines.slice(Math.max(0, lines.length - n)).join(''))
  }
  return status
}

export const wc: Applet = async (p, args, flavor) => {
  const flags = args.filter((a) => a.startsWith('-')).join('')
  const files = args.filter((a) => !a.startsWith('-'))
  const results = await inputText(p, files, 'wc', flavor)
  const show = flags ? { l: flags.includes('l'), w: flags.includes('w'), c: flags.includes('c') } : { l: true, w: true, c: true }
  results.forEach((r, i) => {
    const counts = [show.l && (r.text.match(/\n/g) ?? []).length, show.w && r.text.split(/\s+/).filter(Boolean).length, show.c && new TextEncoder().encode(r.text).length].filter((x) => x !== false) as number[]
    const single = counts.length === 1 && (files.length === 0)
    const cols = single ? counts.map(String) : counts.map((c) => String(c).padStart(flavor === 'gnu' && files.length === 0 ? 7 : files.length ? 1 : 7))
    p.stdout.write(`${cols.join(flavor === 'gnu' ? ' ' : ' ')}${files[i] ? ` ${files[i]}` : ''}\n`)
  })
  return results.some((r) => r.status) ? 1 : 0
}

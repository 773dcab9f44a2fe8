/** ls: GNU (columns fitted per column, `-l` with the SELinux `.` on CentOS, sizes rounded up with -h) and busybox
 *  (one column width for all, fixed-width `-l` fields, sizes rounded to nearest with -h). On a terminal names are
 *  coloured, as CentOS's `ls --color=auto` alias and alpine's busybox default do; off a terminal one name a line. */
import type { Stat } from '../../os/fs'
import type { Process } from '../../os/process'
import { createTool, parseOptions, type Applet, type Flavor } from './applet'
import { collator } from './collate'
import { formatColumns } from './columns'
import { lsDate } from './time-format'

const COLORS = { dir: '1;34', symlink: '1;36', exec: '1;32' }

function colored(name: string, st: Stat | undefined, flavor: Flavor): string {
  if (!st) return name
  const c = st.type === 'dir' ? COLORS.dir : st.type === 'symlink' ? COLORS.symlink : st.mode & 0o111 ? COLORS.exec : ''
  if (!c) return name
  return flavor === 'gnu' ? `\x1b[0${c}m${name}\x1b[0m` : `\x1b[${c}m${name}\x1b[0m`
}

export function modeString(st: Stat): string {
  const t = st.type === 'dir' ? 'd' : st.type === 'symlink' ? 'l' : '-'
  const bits = 'rwxrwxrwx'
  let s = ''
  for (let i = 0; i < 9; i++) s += st.mode & (1 << (8 - i)) ? bits[i] : '-'
  if (st.mode & 0o4000) s = s.slice(0, 2) + (st.mode & 0o100 ? 's' : 'S') + s.slice(3)
  if (st.mode & 0o2000) s = s.slice(0, 5) + (st.mode & 0o010 ? 's' : 'S') + s.slice(6)
  if (st.mode & 0o1000) s = s.slice(0, 8) + (st.mode & 1 ? 't' : 'T')
  return t + s
}

/** `-h` sizes: GNU rounds up to one decimal below 10; busybox rounds to the nearest. */
export function humanSize(n: number, flavor: Flavor): string {
  if (n < 1024) return String(n)
  const units = ['K', 'M', 'G', 'T', 'P']
  let v = n
  let u = -1
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++ }
  if (flavor === 'busybox') return (v < 10 ? (Math.round(v * 10) / 10).toFixed(1) : String(Math.round(v))) + units[u]
  if (v < 10) {
    const r = Math.ceil(v * 10) / 10
    return r >= 10 ? `10${units[u]}` : r.toFixed(1) + units[u]
  }
  return String(Math.ceil(v)) + units[u]
}

const blocks = (st: Stat) => (st.type === 'symlink' ? 0 : Math.ceil(st.size / 4096) * 4)

/** A deterministic inode number for a path (the simulated fs has none). */
export function inodeOf(path: string): number {
  let h = 2166136261
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619)
  return 100 + ((h >>> 0) % 67_000_000)
}

export function linkCount(p: Process, path: string, st: Stat): number {
  if (st.type !== 'dir') return 1
  try {
    return 2 + p.fs.readdir(path).filter((n) => p.fs.lstat(`${path.replace(/\/$/, '')}/${n}`)?.type === 'dir').length
  } catch { return 2 }
}

interface Entry { name: string; path: string; st: Stat }

export const ls: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'ls', flavor, 2)
  const o = parseOptions(t, args, {
    short: '1aAdFhilnprRStCx',
    long: { all: 'a', 'almost-all': 'A', directory: 'd', 'human-readable': 'h', classify: 'F', inode: 'i', reverse: 'r', recursive: 'R', 'color': 'color?', 'numeric-uid-gid': 'n' },
  })
  if (typeof o === 'number') return o
  const long = o.has('l') || o.has('n')
  const tty = p.isatty(1)
  const colorOpt = o.last('color')
  const color = colorOpt === undefined ? tty : colorOpt === 'always' || colorOpt === '' || (colorOpt === 'auto' && tty)
  const oneCol = o.order.filter((k) => k === '1' || k === 'C' || k === 'x' || k === 'l').pop()
  const columns = !long && (oneCol === 'C' || oneCol === 'x' || (tty && oneCol !== '1'))
  const cmp = collator(p, !t.gnu)
  const now = p.host.now()
  let status = 0

  const sortEntries = (es: Entry[]) => {
    es.sort((a, b) => (o.has('t') ? b.st.mtime - a.st.mtime : 0) || (o.has('S') ? b.st.size - a.st.size : 0) || cmp(a.name, b.name))
    if (o.has('r')) es.reverse()
    return es
  }
  const suffix = (e: Entry) => {
    if (o.has('F')) return e.st.type === 'dir' ? '/' : e.st.type === 'symlink' ? '@' : e.st.mode & 0o111 ? '*' : ''
    if (o.has('p')) return e.st.type === 'dir' ? '/' : ''
    return ''
  }
  const display = (e: Entry) => (color ? colored(e.name, e.st, flavor) : e.name) + suffix(e)

  const render = (entries: Entry[], withTotal: boolean) => {
    if (long) {
      const rows = entries.map((e) => ({ e, nlink: String(linkCount(p, e.path, e.st)), size: o.has('h') ? humanSize(e.st.size, flavor) : String(e.st.size) }))
      if (withTotal) p.stdout.write(`total ${rows.reduce((n, r) => n + blocks(r.e.st), 0)}\n`)
      const wl = Math.max(0, ...rows.map((r) => r.nlink.length))
      const ws = Math.max(0, ...rows.map((r) => r.size.length))
      const owner = o.has('n') ? '0' : 'root'
      for (const { e, nlink, size } of rows) {
        const link = e.st.type === 'symlink' ? ` -> ${e.st.target}` : ''
        const ino = o.has('i') ? `${String(inodeOf(e.path)).padStart(t.gnu ? 0 : 8)} ` : ''
        if (t.gnu) p.stdout.write(`${ino}${modeString(e.st)}${t.legacy ? '.' : ''} ${nlink.padStart(wl)} ${owner} ${owner} ${size.padStart(ws)} ${lsDate(e.st.mtime, now)} ${display(e)}${link}\n`)
        else p.stdout.write(`${ino}${modeString(e.st)} ${nlink.padStart(4)} ${owner.padEnd(8)} ${owner.padEnd(8)} ${size.padStart(9)} ${lsDate(e.st.mtime, now)} ${display(e)}${link}\n`)
      }
      return
    }
    const names = entries.map((e) => (o.has('i') ? `${inodeOf(e.path)} ` : '') + e.name + suffix(e))
    if (!columns) { for (const n of names) p.stdout.write(`${n}\n`); return }
    const byName = new Map(names.map((n, i) => [n, entries[i]]))
    p.stdout.write(formatColumns(names, p.tty?.cols ?? 80, flavor, (n) => {
      const e = byName.get(n)!
      return (o.has('i') ? `${inodeOf(e.path)} ` : '') + (color ? colored(e.name, e.st, flavor) : e.name) + suffix(e)
    }))
  }

  const listDir = (path: string): Entry[] => {
    let names = p.fs.readdir(path)
    if (!o.has('a') && !o.has('A')) names = names.filter((n) => !n.startsWith('.'))
    const base = path.replace(/\/$/, '')
    const entries = names.map((name) => ({ name, path: `${base}/${name}`, st: p.fs.lstat(`${base}/${name}`)! })).filter((e) => e.st)
    if (o.has('a')) {
      entries.push({ name: '.', path: base || '/', st: p.fs.stat(path)! })
      entries.push({ name: '..', path: `${base}/..`, st: p.fs.stat(`${base}/..`) ?? p.fs.stat(path)! })
    }
    return sortEntries(entries)
  }

  const operands = o.operands.length ? o.operands : ['.']
  const files: Entry[] = []
  const dirs: Entry[] = []
  for (const name of operands) {
    const path = t.abs(name)
    const st = p.fs.lstat(path)
    if (!st) {
      if (t.gnu) t.err(`cannot access ${t.legacy ? name : t.qa(name)}: No such file or directory`)
      else t.err(`${name}: No such file or directory`)
      status = t.gnu ? 2 : 1
      continue
    }
    // Command-line symlinks are followed, except by -d and by a long listing (unless written with a trailing '/').
    const follow = st.type === 'symlink' && !o.has('d') && (!long || name.endsWith('/'))
    const target = follow ? p.fs.stat(path) ?? st : st
    if (target.type === 'dir' && !o.has('d')) dirs.push({ name, path, st: target })
    else files.push({ name, path, st })
  }
  sortEntries(files)
  sortEntries(dirs)
  if (files.length) render(files, false)
  const many = operands.length > 1 || o.has('R')
  let first = files.length === 0
  const walk = (d: Entry) => {
    if (many) p.stdout.write(`${first ? '' : '\n'}${d.name}:\n`)
    first = false
    let entries: Entry[]
    try { entries = listDir(d.path) } catch {
      t.err(t.gnu ? `cannot open directory ${t.qa(d.name)}: Permission denied` : `${d.name}: Permission denied`)
      status = t.gnu ? 2 : 1
      return
    }
    render(entries, true)
    if (o.has('R')) {
      for (const e of entries) {
        if (e.st.type === 'dir' && e.name !== '.' && e.name !== '..') walk({ ...e, name: `${d.name.replace(/\/$/, '')}/${e.name}` })
      }
    }
  }
  for (const d of dirs) walk(d)
  return status
}

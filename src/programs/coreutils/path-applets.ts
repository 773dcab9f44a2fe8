/** Applets about names and metadata: basename, dirname, readlink, realpath, stat, which. */
import type { Stat } from '../../os/fs'
import { createTool, parseOptions, type Applet, type Tool } from './applet'
import { inodeOf, linkCount, modeString } from './ls'
import { strftime } from './time-format'
import { cFormat } from './c-format'

export const basenameApplet: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'basename', flavor)
  const o = parseOptions(t, args, { short: 'as:z', long: { multiple: 'a', suffix: 's:', zero: 'z' } })
  if (typeof o === 'number') return o
  if (o.operands.length === 0) return t.gnu ? t.usage('missing operand') : t.usage()
  const multiple = o.has('a') || o.has('s')
  if (!multiple && o.operands.length > 2) return t.gnu ? t.usage(`extra operand ${t.q(o.operands[2])}`) : t.usage()
  const names = multiple ? o.operands : [o.operands[0]]
  const suffix = o.last('s') ?? (multiple ? undefined : o.operands[1])
  for (const n of names) {
    let b = n.replace(/\/+$/, '').split('/').pop() || (n.startsWith('/') ? '/' : '')
    if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length)
    p.stdout.write(`${b}${o.has('z') ? '\0' : '\n'}`)
  }
  return 0
}

export function dirnameOf(path: string): string {
  const trimmed = path.replace(/\/+$/, '')
  if (trimmed === '') return path.startsWith('/') ? '/' : '.'
  const i = trimmed.lastIndexOf('/')
  if (i < 0) return '.'
  return trimmed.slice(0, i).replace(/\/+$/, '') || '/'
}

export const dirname: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'dirname', flavor)
  const o = parseOptions(t, args, { short: 'z', long: { zero: 'z' } })
  if (typeof o === 'number') return o
  if (o.operands.length === 0) return t.gnu ? t.usage('missing operand') : t.usage()
  if (!t.gnu && o.operands.length > 1) return t.usage()
  for (const n of o.operands) p.stdout.write(`${dirnameOf(n)}\n`)
  return 0
}

export const readlink: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'readlink', flavor)
  const o = parseOptions(t, args, { short: 'efmnqsvz', long: { canonicalize: 'f', 'canonicalize-existing': 'e', 'canonicalize-missing': 'm', 'no-newline': 'n', quiet: 'q', silent: 's', verbose: 'v' } })
  if (typeof o === 'number') return o
  if (o.operands.length === 0) return t.gnu ? t.usage('missing operand') : t.usage()
  let status = 0
  const nl = o.has('n') ? '' : '\n'
  for (const n of o.operands) {
    const abs = t.abs(n)
    if (o.has('f') || o.has('e') || o.has('m')) {
      const real = canonical(t, abs, o.has('e') ? 'all' : o.has('m') ? 'none' : 'parent')
      if (real === undefined) { if (o.has('v')) t.err(`${n}: No such file or directory`); status = 1; continue }
      p.stdout.write(real + nl)
      continue
    }
    const st = p.fs.lstat(abs)
    if (st?.type !== 'symlink') {
      if (o.has('v')) t.err(t.gnu ? `${n}: ${st ? 'Invalid argument' : 'No such file or directory'}` : `${n}: ${st ? 'Invalid argument' : 'No such file or directory'}`)
      status = 1
      continue
    }
    p.stdout.write(st.target + nl)
  }
  return status
}

/** The canonical path; `must` says which components have to exist. */
function canonical(t: Tool, abs: string, must: 'all' | 'parent' | 'none'): string | undefined {
  const real = t.p.fs.realpath(abs)
  if (real !== undefined) return real
  if (must === 'all') return undefined
  const parent = abs.replace(/\/+$/, '').replace(/\/[^/]*$/, '') || '/'
  const name = abs.replace(/\/+$/, '').split('/').pop()!
  const rp = t.p.fs.realpath(parent) ?? (must === 'none' ? canonical(t, parent, 'none') : undefined)
  if (rp === undefined || (must === 'parent' && t.p.fs.stat(parent)?.type !== 'dir')) return undefined
  if (name === '..') return rp.replace(/\/[^/]*$/, '') || '/'
  if (name === '.') return rp
  return `${rp === '/' ? '' : rp}/${name}`
}

export const realpath: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'realpath', flavor)
  const o = parseOptions(t, args, { short: 'eLmPqsz', long: { 'canonicalize-existing': 'e', 'canonicalize-missing': 'm', quiet: 'q', strip: 's', zero: 'z' } })
  if (typeof o === 'number') return o
  if (o.operands.length === 0) return t.gnu ? t.usage('missing operand') : t.usage()
  let status = 0
  for (const n of o.operands) {
    const real = canonical(t, t.abs(n), !t.gnu || o.has('e') ? 'all' : o.has('m') ? 'none' : 'parent')
    if (real === undefined) { if (!o.has('q')) t.err(t.gnu ? `${t.legacy ? t.q(n) : n}: No such file or directory` : `${n}: No such file or directory`); status = 1; continue }
    p.stdout.write(`${real}\n`)
  }
  return status
}

const FILE_TYPE = (st: Stat) => (st.type === 'dir' ? 'directory' : st.type === 'symlink' ? 'symbolic link' : st.size === 0 ? 'regular empty file' : 'regular file')
const stamp = (ms: number) => strftime('%Y-%m-%d %H:%M:%S.%N +0000', ms, (ms % 1000) * 1_000_000)

export const stat: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'stat', flavor)
  const o = parseOptions(t, args, { short: 'c:fLt', long: { format: 'c:', printf: 'printf:', dereference: 'L', terse: 't', 'file-system': 'f' } })
  if (typeof o === 'number') return o
  if (o.operands.length === 0) return t.gnu ? t.usage('missing operand') : t.usage()
  let status = 0
  for (const n of o.operands) {
    const abs = t.abs(n)
    const st = o.has('L') ? p.fs.stat(abs) : p.fs.lstat(abs)
    if (!st) {
      t.err(t.gnu ? `cannot ${t.legacy ? 'stat' : 'statx'} ${t.qa(n)}: No such file or directory` : `can't stat '${n}': No such file or directory`)
      status = 1
      continue
    }
    const ino = inodeOf(p.fs.realpath(abs) ?? abs)
    const blocks = st.type === 'symlink' ? 0 : Math.ceil(st.size / 4096) * 8
    const format = o.last('c') ?? o.last('printf')
    if (format !== undefined) {
      const conv: Record<string, string | number> = {
        n: n, s: st.size, a: (st.mode & 0o7777).toString(8), A: modeString(st), U: 'root', u: 0, G: 'root', g: 0, F: FILE_TYPE(st),
        i: ino, h: linkCount(p, abs, st), b: blocks, B: 512, Y: Math.floor(st.mtime / 1000), y: stamp(st.mtime), x: stamp(st.mtime), z: stamp(st.mtime),
        N: st.type === 'symlink' ? `${t.qa(n)} -> ${t.qa(st.target!)}` : t.qa(n), o: 4096, d: 64768, D: 'fd00', m: '/', w: '-', W: 0, X: Math.floor(st.mtime / 1000), Z: Math.floor(st.mtime / 1000),
      }
      const text = format.replace(/%(-?\d*)([a-zA-Z%])/g, (m, w: string, c: string) => (c === '%' ? '%' : conv[c] === undefined ? m : cFormat(`%${w}s`, [String(conv[c])])))
      p.stdout.write(`${text}${o.has('printf') ? '' : '\n'}`)
      continue
    }
    const file = t.gnu && t.legacy ? (st.type === 'symlink' ? `${t.q(n)} -> ${t.q(st.target!)}` : t.q(n)) : st.type === 'symlink' ? `${n} -> ${st.target}` : n
    p.stdout.write(
      `  File: ${file}\n` +
      `  Size: ${String(st.size).padEnd(10)}\tBlocks: ${String(blocks).padEnd(10)} IO Block: 4096   ${FILE_TYPE(st)}\n` +
      `Device: ${t.gnu && !t.legacy ? '253,0' : 'fd00h/64768d'}\tInode: ${String(ino).padEnd(11)} Links: ${linkCount(p, abs, st)}\n` +
      `Access: (${(st.mode & 0o7777).toString(8).padStart(4, '0')}/${modeString(st)})  Uid: (    0/    root)   Gid: (    0/    root)\n` +
      (t.legacy ? 'Context: unconfined_u:object_r:admin_home_t:s0\n' : '') +
      `Access: ${stamp(st.mtime)}\nModify: ${stamp(st.mtime)}\nChange: ${stamp(st.mtime)}\n` +
      (t.gnu ? ' Birth: -\n' : ''),
    )
  }
  return status
}

export const which: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'which', flavor)
  const all = args.includes('-a')
  const names = args.filter((a) => !a.startsWith('-'))
  if (names.length === 0) {
    if (t.legacy) { p.stderr.write('Usage: /usr/bin/which [options] [--] COMMAND [...]\n'); return 1 }
    return 1
  }
  const path = p.env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
  let status = 0
  for (const n of names) {
    const found: string[] = []
    for (const dir of n.includes('/') ? [''] : path.split(':')) {
      const candidate = n.includes('/') ? n : `${dir}/${n}`
      const st = p.fs.stat(t.abs(candidate))
      if (st && st.type === 'file' && st.mode & 0o111) { found.push(candidate); if (!all) break }
    }
    if (found.length) for (const f of found) p.stdout.write(`${f}\n`)
    else {
      status = 1
      if (t.legacy) p.stderr.write(`/usr/bin/which: no ${n} in (${path})\n`)
    }
  }
  return status
}

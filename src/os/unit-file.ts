/** systemd unit files as systemd 219 finds them: the unit in /etc/systemd/system (which overrides), /run/systemd/system
 *  or /usr/lib/systemd/system, plus drop-ins `<unit>.d/*.conf` from those directories, applied in name order.
 *  A directive set to the empty string (`ExecStart=`) resets the list before it, as in a drop-in that replaces
 *  ExecStart. `source` is the text that daemon-reload loads; comparing it with what was loaded tells whether
 *  the unit "changed on disk". */
import type { Fs } from './fs'

export const UNIT_DIRS = ['/etc/systemd/system', '/run/systemd/system', '/usr/lib/systemd/system'] as const

export interface UnitFile {
  name: string
  /** The main file's path (FragmentPath). */
  path: string
  dropIns: string[]
  /** Main file and drop-ins concatenated: what a reload reads. */
  source: string
  /** Effective directives by `Section.Key`, each a list (resets applied). */
  get(section: string, key: string): string[]
  first(section: string, key: string): string | undefined
}

/** `docker` → `docker.service`; names with a known suffix stay. */
export function unitName(name: string): string {
  return /\.(service|socket|target|timer|mount|path|slice|scope|device|swap)$/.test(name) ? name : `${name}.service`
}

const readText = (fs: Fs, path: string): string | undefined => {
  try { return fs.stat(path)?.type === 'file' ? fs.readText(path) : undefined } catch { return undefined }
}

export function findUnitFile(fs: Fs, name: string): UnitFile | undefined {
  const unit = unitName(name)
  let path: string | undefined
  let text: string | undefined
  for (const dir of UNIT_DIRS) {
    const candidate = `${dir}/${unit}`
    const st = fs.stat(candidate)
    // A unit masked by a symlink to /dev/null has no text.
    if (st && fs.lstat(candidate)?.type === 'symlink' && fs.realpath(candidate) === '/dev/null') return undefined
    text = readText(fs, candidate)
    if (text !== undefined) { path = candidate; break }
  }
  if (path === undefined || text === undefined) return undefined
  const dropIns: string[] = []
  const seen = new Set<string>()
  for (const dir of UNIT_DIRS) {
    const d = `${dir}/${unit}.d`
    if (fs.stat(d)?.type !== 'dir') continue
    for (const f of fs.readdir(d).filter((n) => n.endsWith('.conf')).sort()) {
      if (seen.has(f)) continue
      seen.add(f)
      dropIns.push(`${d}/${f}`)
    }
  }
  dropIns.sort((a, b) => (a.split('/').pop()! < b.split('/').pop()! ? -1 : 1))
  const texts = [text, ...dropIns.map((d) => readText(fs, d) ?? '')]
  const values = new Map<string, string[]>()
  for (const t of texts) {
    let section = ''
    let pending = ''
    for (const raw of t.split('\n')) {
      const line = pending + raw.trim()
      if (line.endsWith('\\')) { pending = `${line.slice(0, -1)} `; continue }
      pending = ''
      if (line === '' || line.startsWith('#') || line.startsWith(';')) continue
      const sec = /^\[(.+)\]$/.exec(line)
      if (sec) { section = sec[1]; continue }
      const eq = line.indexOf('=')
      if (eq < 0) continue
      const key = `${section}.${line.slice(0, eq).trim()}`
      const value = line.slice(eq + 1).trim()
      if (value === '') values.set(key, [])
      else values.set(key, [...(values.get(key) ?? []), value])
    }
  }
  return {
    name: unit, path, dropIns, source: texts.join('\n\0\n'),
    get: (s, k) => values.get(`${s}.${k}`) ?? [],
    first: (s, k) => values.get(`${s}.${k}`)?.[0],
  }
}

/** Splits an ExecStart command line into argv (quotes honoured, a leading `-`/`@`/`+` prefix dropped). */
export function execArgv(line: string): string[] {
  const out: string[] = []
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g
  for (const m of line.replace(/^[-@+!]+/, '').matchAll(re)) out.push(m[1] ?? m[2] ?? m[3])
  return out
}

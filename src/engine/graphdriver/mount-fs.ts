/** A mount table over a root filesystem: what a container's processes see once volumes, bind mounts and the
 *  daemon's /etc/hosts, /etc/hostname and /etc/resolv.conf are mounted over its rootfs (and /proc, /dev).
 *  A mount serves every path at or under its mount point from another Fs, starting at `root` in it (a bind of the
 *  host's /srv/data is the host Fs with root '/srv/data'; a file mount serves exactly one path).
 *  Symlinks are resolved here, one component at a time, so a link may cross into or out of a mount (/etc/mtab →
 *  /proc/mounts). Writes under a read-only mount fail with EACCES. Writes never fall through to the rootfs: so the
 *  rootfs's RW layer, and `docker diff`, never see what was written to a volume. */
import { FsError, type Fs, type Stat } from './fs'
import { joinParts, pathParts } from '../layer/file-tree'

export interface Mount {
  /** Mount point, absolute. */
  at: string
  fs: Fs
  /** Where in `fs` the mount point maps to. */
  root: string
  readOnly?: boolean
}

const MAX_LINKS = 40

export function createMountFs(base: Fs, mounts: readonly Mount[]): Fs {
  const table = mounts
    .map((m) => ({ ...m, at: joinParts(pathParts(m.at)), root: joinParts(pathParts(m.root)) }))
    .sort((a, b) => b.at.length - a.at.length)

  /** Which Fs serves a canonical path, and the path there. */
  function route(path: string): { fs: Fs; path: string; mount?: (typeof table)[number] } {
    for (const m of table) {
      if (path === m.at || (m.at === '/' ? true : path.startsWith(m.at + '/'))) {
        const rest = path.slice(m.at === '/' ? 0 : m.at.length)
        return { fs: m.fs, path: joinParts(pathParts(m.root + '/' + rest)), mount: m }
      }
    }
    return { fs: base, path }
  }

  /** The symlink-free path, resolving links in every component (and the last one when `follow`). */
  function canonical(path: string, follow: boolean): string {
    let pending = pathParts(path)
    const done: string[] = []
    let links = 0
    while (pending.length) {
      const name = pending.shift()!
      const candidate = joinParts([...done, name])
      const r = route(candidate)
      const st = r.fs.lstat(r.path)
      if (st?.type === 'symlink' && (pending.length > 0 || follow)) {
        if (++links > MAX_LINKS) throw new FsError('ELOOP', path)
        const target = st.target ?? ''
        pending = [...pathParts(target.startsWith('/') ? target : joinParts(done) + '/' + target), ...pending]
        done.length = 0
        continue
      }
      if (pending.length > 0 && st && st.type !== 'dir') throw new FsError('ENOTDIR', path)
      done.push(name)
    }
    return joinParts(done)
  }

  const at = (path: string, follow = true) => route(canonical(path, follow))
  const writable = (path: string, follow = true) => {
    const r = at(path, follow)
    if (r.mount?.readOnly) throw new FsError('EACCES', path)
    return r
  }
  const tryStat = (path: string, follow: boolean): Stat | undefined => {
    try { const r = at(path, follow); return follow ? r.fs.stat(r.path) : r.fs.lstat(r.path) } catch { return undefined }
  }

  const fs: Fs = {
    stat: (path) => tryStat(path, true),
    lstat: (path) => tryStat(path, false),
    readFile(path) { const r = at(path); return r.fs.readFile(r.path) },
    readText(path) { const r = at(path); return r.fs.readText(r.path) },
    writeFile(path, data, options) { const r = writable(path); r.fs.writeFile(r.path, data, options) },
    readdir(path) {
      const c = canonical(path, true)
      const r = route(c)
      const names = new Set(r.fs.readdir(r.path))
      // Mount points show in their parent directory even when the mounted-over tree has no entry for them.
      for (const m of table) {
        if (m.at === c || m.at === '/') continue
        const parent = joinParts(pathParts(m.at).slice(0, -1))
        if (parent === c) names.add(pathParts(m.at).pop()!)
      }
      return [...names].sort()
    },
    mkdir(path, options = {}) {
      const parts = pathParts(path)
      for (let i = options.parents ? 1 : parts.length; i <= parts.length; i++) {
        const sub = joinParts(parts.slice(0, i))
        const st = tryStat(sub, true)
        if (st) {
          if (i === parts.length && !options.parents) throw new FsError('EEXIST', path)
          if (st.type !== 'dir') throw new FsError(i === parts.length ? 'EEXIST' : 'ENOTDIR', path)
          continue
        }
        const r = writable(sub)
        r.fs.mkdir(r.path, { mode: options.mode })
      }
    },
    unlink(path) { const r = writable(path, false); r.fs.unlink(r.path) },
    rmdir(path, options) {
      const c = canonical(path, false)
      if (table.some((m) => m.at === c)) throw new FsError('EBUSY', path)
      const r = writable(path, false)
      r.fs.rmdir(r.path, options)
    },
    rename(from, to) {
      const a = writable(from, false)
      const b = writable(to, true)
      if (a.fs !== b.fs) throw new FsError('EBUSY', to)
      a.fs.rename(a.path, b.path)
    },
    symlink(target, path) { const r = writable(path, false); r.fs.symlink(target, r.path) },
    setProgram(path, program) { const r = writable(path); r.fs.setProgram?.(r.path, program) },
    chmod(path, mode) { const r = writable(path); r.fs.chmod(r.path, mode) },
    realpath(path) {
      try {
        const c = canonical(path, true)
        const r = route(c)
        return r.fs.lstat(r.path) ? c : undefined
      } catch { return undefined }
    },
  }
  return fs
}

/** overlay2 in miniature: read-only lower layers (bottom first) under one writable upper tree, merged into one Fs.
 *  Lookups search the upper tree first, then each lower layer top-down; a whiteout hides a name below it, an
 *  opaque directory hides everything below it, and a non-directory hides lower directories of the same name.
 *  Writes never touch a lower layer: the parents are copied up into the upper tree (copy-up), deletes of lower
 *  entries leave whiteouts. So the upper tree is exactly the container's diff, the way overlay2's upperdir is. */
import { FsError, type Fs, type Stat } from './fs'
import { emptyDir, fileBytes, fileSize, pathParts, joinParts, type DirNode, type FileNode, type TreeNode } from '../layer/file-tree'

const MAX_LINKS = 40
type Found = { kind: 'node'; node: Exclude<TreeNode, { type: 'whiteout' } | DirNode> } | { kind: 'dir'; dirs: DirNode[] } | undefined

export interface UnionFs extends Fs {
  readonly upper: DirNode
  /** How many read-only layers lie under the upper tree. */
  readonly lowerCount: number
  /** Called after every change, so the owner can persist the upper tree. */
  onChange?: () => void
  /** Called when a write first copies a lower layer's file up into the upper tree (the path, absolute). */
  onCopyUp?: (path: string) => void
}

export function createUnionFs(lowers: readonly DirNode[], upper: DirNode, now: () => number, onChange?: () => void, onCopyUp?: (path: string) => void): UnionFs {
  const layers = (): DirNode[] => [upper, ...[...lowers].reverse()]

  /** One layer's view of parts: the node there, whether something in this layer hides lower layers (a whiteout,
   *  a non-directory on the way) and whether an opaque directory on the way hides lower layers' content. */
  function walk(layer: DirNode, parts: readonly string[]): { node?: TreeNode; hides: boolean } {
    let node: TreeNode = layer
    let opaque = layer.opaque === true
    for (const p of parts) {
      if (node.type !== 'dir') return { hides: true }
      const child = node.children.get(p)
      if (!child) return { hides: opaque }
      if (child.type === 'whiteout') return { hides: true }
      if (child.type === 'dir' && child.opaque) opaque = true
      node = child
    }
    return { node, hides: opaque }
  }

  /** The merged entry at canonical (symlink-free) parts. */
  function find(parts: readonly string[]): Found {
    const dirs: DirNode[] = []
    for (const layer of layers()) {
      const { node, hides } = walk(layer, parts)
      if (node?.type === 'dir') dirs.push(node)
      else if (node && node.type !== 'whiteout') {
        if (dirs.length === 0) return { kind: 'node', node }
        break
      }
      if (hides) break
    }
    return dirs.length ? { kind: 'dir', dirs } : undefined
  }

  /** Resolves symlinks in every component (and the last one when `follow`). */
  function resolve(path: string, follow: boolean): string[] {
    let pending = pathParts(path)
    const done: string[] = []
    let links = 0
    while (pending.length) {
      const name = pending.shift()!
      const candidate = [...done, name]
      const f = find(candidate)
      if (f?.kind === 'node' && f.node.type === 'symlink' && (pending.length > 0 || follow)) {
        if (++links > MAX_LINKS) throw new FsError('ELOOP', path)
        const target = f.node.target
        pending = [...pathParts(target.startsWith('/') ? target : joinParts(done) + '/' + target), ...pending]
        done.length = 0
        continue
      }
      if (pending.length > 0 && f && f.kind !== 'dir') throw new FsError('ENOTDIR', path)
      done.push(name)
    }
    return done
  }

  function statOf(f: NonNullable<Found>): Stat {
    if (f.kind === 'dir') {
      const d = f.dirs[0]
      return { type: 'dir', mode: d.mode, uid: d.uid, gid: d.gid, size: 4096, mtime: d.mtime }
    }
    const n = f.node
    if (n.type === 'symlink') return { type: 'symlink', mode: 0o777, uid: n.uid, gid: n.gid, size: n.target.length, mtime: n.mtime, target: n.target }
    return { type: 'file', mode: n.mode, uid: n.uid, gid: n.gid, size: fileSize(n), mtime: n.mtime, program: n.program }
  }

  const tryResolve = (path: string, follow: boolean): string[] | undefined => {
    try { return resolve(path, follow) } catch { return undefined }
  }

  /** The upper directory at parts, copying up every ancestor from the merged view. */
  function upperDir(parts: readonly string[], path: string): DirNode {
    let dir = upper
    for (let i = 0; i < parts.length; i++) {
      const existing = dir.children.get(parts[i])
      if (existing?.type === 'dir') { dir = existing; continue }
      const merged = find(parts.slice(0, i + 1))
      if (!merged) throw new FsError('ENOENT', path)
      if (merged.kind !== 'dir') throw new FsError('ENOTDIR', path)
      const src = merged.dirs[0]
      const copy: DirNode = { type: 'dir', mode: src.mode, uid: src.uid, gid: src.gid, mtime: src.mtime, children: new Map() }
      dir.children.set(parts[i], copy)
      dir = copy
    }
    return dir
  }

  /** Whether some lower layer has an entry at parts (then deleting it needs a whiteout). */
  const existsBelow = (parts: readonly string[]): boolean =>
    lowers.some((lower) => {
      let node: TreeNode | undefined = lower
      for (const p of parts) node = node?.type === 'dir' ? node.children.get(p) : undefined
      return node !== undefined && node.type !== 'whiteout'
    })

  function removeEntry(parts: string[], path: string): void {
    const parent = upperDir(parts.slice(0, -1), path)
    const name = parts[parts.length - 1]
    if (existsBelow(parts)) parent.children.set(name, { type: 'whiteout' })
    else parent.children.delete(name)
    parent.mtime = now()
  }

  const changed = () => fs.onChange?.()
  /** A file about to change that so far lives only in a lower layer is copied up (overlay2's copy_up). */
  const copyUp = (parts: readonly string[]) => {
    if (walk(upper, parts).node === undefined) fs.onCopyUp?.(joinParts(parts))
  }

  const fs: UnionFs = {
    upper,
    lowerCount: lowers.length,
    onChange,
    onCopyUp,
    stat(path) {
      const parts = tryResolve(path, true)
      const f = parts && find(parts)
      return f ? statOf(f) : undefined
    },
    lstat(path) {
      const parts = tryResolve(path, false)
      const f = parts && find(parts)
      return f ? statOf(f) : undefined
    },
    realpath(path) {
      const parts = tryResolve(path, true)
      return parts && find(parts) ? joinParts(parts) : undefined
    },
    readFile(path) {
      const f = find(resolve(path, true))
      if (!f) throw new FsError('ENOENT', path)
      if (f.kind === 'dir') throw new FsError('EISDIR', path)
      return fileBytes(f.node as FileNode)
    },
    readText(path) {
      return new TextDecoder().decode(fs.readFile(path))
    },
    readdir(path) {
      const f = find(resolve(path, true))
      if (!f) throw new FsError('ENOENT', path)
      if (f.kind !== 'dir') throw new FsError('ENOTDIR', path)
      const names = new Set<string>()
      const hidden = new Set<string>()
      for (const d of f.dirs) {
        for (const [name, node] of d.children) {
          if (hidden.has(name) || names.has(name)) continue
          if (node.type === 'whiteout') hidden.add(name)
          else names.add(name)
        }
      }
      return [...names].sort()
    },
    writeFile(path, data, options = {}) {
      const parts = resolve(path, true)
      if (parts.length === 0) throw new FsError('EISDIR', path)
      const existing = find(parts)
      if (existing?.kind === 'dir') throw new FsError('EISDIR', path)
      const parent = upperDir(parts.slice(0, -1), path)
      const name = parts[parts.length - 1]
      const old = existing?.kind === 'node' && existing.node.type === 'file' ? existing.node : undefined
      if (old) copyUp(parts)
      const enc = new TextEncoder()
      const add = typeof data === 'string' ? enc.encode(data) : data
      let bytes = add
      if (options.append && old) {
        const prev = fileBytes(old)
        bytes = new Uint8Array(prev.length + add.length)
        bytes.set(prev)
        bytes.set(add, prev.length)
      }
      const node: FileNode = {
        type: 'file', data: bytes, mode: options.mode ?? old?.mode ?? 0o644, uid: old?.uid ?? 0, gid: old?.gid ?? 0, mtime: now(),
        program: old?.program,
      }
      parent.children.set(name, node)
      changed()
    },
    mkdir(path, options = {}) {
      const parts = pathParts(path)
      for (let i = options.parents ? 1 : parts.length; i <= parts.length; i++) {
        const sub = parts.slice(0, i)
        const real = tryResolve(joinParts(sub), true)
        const f = real && find(real)
        if (f) {
          if (i === parts.length && !options.parents) throw new FsError('EEXIST', path)
          if (f.kind !== 'dir') throw new FsError(i === parts.length ? 'EEXIST' : 'ENOTDIR', path)
          continue
        }
        const parentParts = resolve(joinParts(sub.slice(0, -1)), true)
        if (!find(parentParts)) throw new FsError('ENOENT', path)
        const parent = upperDir(parentParts, path)
        const dir = emptyDir(now(), options.mode ?? 0o755)
        // A directory made where a lower entry was deleted must not show the lower one's old children.
        if (parent.children.get(sub[sub.length - 1])?.type === 'whiteout') dir.opaque = true
        parent.children.set(sub[sub.length - 1], dir)
      }
      changed()
    },
    unlink(path) {
      const parts = resolve(path, false)
      const f = find(parts)
      if (!f) throw new FsError('ENOENT', path)
      if (f.kind === 'dir') throw new FsError('EISDIR', path)
      removeEntry(parts, path)
      changed()
    },
    rmdir(path, options = {}) {
      const parts = resolve(path, false)
      const f = find(parts)
      if (!f) throw new FsError('ENOENT', path)
      if (f.kind !== 'dir') throw new FsError('ENOTDIR', path)
      if (parts.length === 0) throw new FsError('EBUSY', path)
      if (!options.recursive && fs.readdir(path).length > 0) throw new FsError('ENOTEMPTY', path)
      removeEntry(parts, path)
      changed()
    },
    rename(from, to) {
      const src = resolve(from, false)
      const f = find(src)
      if (!f) throw new FsError('ENOENT', from)
      const dst = resolve(to, true)
      if (dst.length >= src.length && src.every((p, i) => dst[i] === p) && dst.length > src.length) throw new FsError('EINVAL', to)
      const copy = materialize(src)
      const parent = upperDir(dst.slice(0, -1), to)
      removeEntry(src, from)
      parent.children.set(dst[dst.length - 1], copy)
      changed()
    },
    symlink(target, path) {
      const parts = resolve(path, false)
      if (find(parts)) throw new FsError('EEXIST', path)
      const parent = upperDir(parts.slice(0, -1), path)
      parent.children.set(parts[parts.length - 1], { type: 'symlink', target, mode: 0o777, uid: 0, gid: 0, mtime: now() })
      changed()
    },
    setProgram(path, program) {
      const parts = resolve(path, true)
      const f = find(parts)
      if (!f || f.kind === 'dir') throw new FsError('ENOENT', path)
      copyUp(parts)
      const node = { ...(f.node as FileNode), program }
      upperDir(parts.slice(0, -1), path).children.set(parts[parts.length - 1], node)
      changed()
    },
    chmod(path, mode) {
      const parts = resolve(path, true)
      const f = find(parts)
      if (!f) throw new FsError('ENOENT', path)
      if (f.kind === 'dir') upperDir(parts, path).mode = mode
      else {
        copyUp(parts)
        upperDir(parts.slice(0, -1), path).children.set(parts[parts.length - 1], { ...f.node, mode })
      }
      changed()
    },
  }

  /** A deep copy of the merged entry at parts, as one upper-layer node (rename must carry lower content along). */
  function materialize(parts: readonly string[]): TreeNode {
    const f = find(parts)
    if (!f) throw new FsError('ENOENT', joinParts(parts))
    if (f.kind === 'node') return structuredClone(f.node)
    const d = f.dirs[0]
    const out: DirNode = { type: 'dir', mode: d.mode, uid: d.uid, gid: d.gid, mtime: d.mtime, children: new Map(), opaque: true }
    for (const name of fs.readdir(joinParts(parts))) out.children.set(name, materialize([...parts, name]))
    return out
  }

  return fs
}

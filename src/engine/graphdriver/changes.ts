/** What a container changed, read from its RW (upper) tree the way overlay2's OverlayChanges reads the upperdir:
 *  a whiteout is a deletion (D); an entry that also exists below is a change (C), every other entry an addition
 *  (A). Children of an opaque or added directory are additions. Sorted by path, as `docker diff` prints them.
 *  Also: the merged tree of a rootfs (what `docker export` archives). */
import type { Fs } from './fs'
import { emptyDir, type DirNode, type TreeNode } from '../layer/file-tree'

export type ChangeKind = 'A' | 'C' | 'D'
export interface Change { kind: ChangeKind; path: string }

/** `lowerHas(path)` answers whether the image (and init) layers have an entry at path. */
export function changesOf(upper: DirNode, lowerHas: (path: string) => boolean): Change[] {
  const out: Change[] = []
  const walk = (dir: DirNode, prefix: string, below: boolean) => {
    for (const [name, node] of dir.children) {
      const path = `${prefix}/${name}`
      if (node.type === 'whiteout') { out.push({ kind: 'D', path }); continue }
      const existed = below && lowerHas(path)
      out.push({ kind: existed ? 'C' : 'A', path })
      if (node.type === 'dir') walk(node, path, existed && !node.opaque)
    }
  }
  walk(upper, '', !upper.opaque)
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** The whole merged tree of `fs` under `path` as one plain tree (no whiteouts), skipping `skip` paths. */
export function mergedTree(fs: Fs, path = '/', skip: ReadonlySet<string> = new Set()): DirNode {
  const st = fs.stat(path)
  const root = emptyDir(st?.mtime ?? 0, st?.mode ?? 0o755)
  const walk = (dir: DirNode, at: string) => {
    for (const name of fs.readdir(at)) {
      const p = at === '/' ? `/${name}` : `${at}/${name}`
      if (skip.has(p)) continue
      const node = nodeAt(fs, p)
      if (!node) continue
      dir.children.set(name, node)
      if (node.type === 'dir') walk(node, p)
    }
  }
  walk(root, path)
  return root
}

/** One entry of `fs` as a tree node (a directory without its children). */
export function nodeAt(fs: Fs, path: string): TreeNode | undefined {
  const st = fs.lstat(path)
  if (!st) return undefined
  const meta = { mode: st.mode, uid: st.uid, gid: st.gid, mtime: st.mtime }
  if (st.type === 'dir') return { type: 'dir', children: new Map(), ...meta }
  if (st.type === 'symlink') return { type: 'symlink', target: st.target ?? '', ...meta }
  const data = fs.readFile(path)
  return { type: 'file', data, ...(st.size !== data.length ? { size: st.size } : {}), ...(st.program ? { program: st.program } : {}), ...meta }
}

/** A deep copy of the entry at `path` (a file, a link, or a directory with everything under it). */
export function subtree(fs: Fs, path: string): TreeNode | undefined {
  const node = nodeAt(fs, path)
  if (node?.type !== 'dir') return node
  const walk = (dir: DirNode, at: string) => {
    for (const name of fs.readdir(at)) {
      const child = nodeAt(fs, `${at === '/' ? '' : at}/${name}`)
      if (!child) continue
      dir.children.set(name, child)
      if (child.type === 'dir') walk(child, `${at === '/' ? '' : at}/${name}`)
    }
  }
  walk(node, path)
  return node
}

/** Writes a tree node onto `fs` at `path` (directories merge, files and links replace). */
export function writeNode(fs: Fs, path: string, node: TreeNode): void {
  if (node.type === 'whiteout') return
  if (node.type === 'dir') {
    const st = fs.stat(path)
    if (!st) fs.mkdir(path, { mode: node.mode })
    else if (st.type !== 'dir') { fs.unlink(path); fs.mkdir(path, { mode: node.mode }) }
    for (const [name, child] of node.children) writeNode(fs, `${path === '/' ? '' : path}/${name}`, child)
    return
  }
  const existing = fs.lstat(path)
  if (existing?.type === 'dir') fs.rmdir(path, { recursive: true })
  else if (existing) fs.unlink(path)
  if (node.type === 'symlink') { fs.symlink(node.target, path); return }
  fs.writeFile(path, typeof node.data === 'string' ? node.data : node.data, { mode: node.mode })
  if (node.program) fs.setProgram?.(path, node.program)
}

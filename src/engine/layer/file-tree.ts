/** A file tree as plain data: what a layer holds and what the host disk holds. Structured-cloneable (Maps and
 *  Uint8Arrays), so it is stored in IndexedDB as is.
 *  A whiteout node hides the same name in lower layers; an opaque directory hides lower layers' children.
 *  A file's `size` may exceed its stored bytes: image binaries are kept as short stubs with their real size
 *  (see layer/layer-blob.ts for why), and `program` names the built-in program an executable runs. */
export interface NodeMeta {
  mode: number
  uid: number
  gid: number
  mtime: number
}
export interface DirNode extends NodeMeta { type: 'dir'; children: Map<string, TreeNode>; opaque?: boolean }
export interface FileNode extends NodeMeta { type: 'file'; data: Uint8Array | string; size?: number; program?: string }
export interface SymlinkNode extends NodeMeta { type: 'symlink'; target: string }
export interface WhiteoutNode { type: 'whiteout' }
export type TreeNode = DirNode | FileNode | SymlinkNode | WhiteoutNode

export const emptyDir = (mtime = 0, mode = 0o755): DirNode => ({ type: 'dir', mode, uid: 0, gid: 0, mtime, children: new Map() })

const encoder = new TextEncoder()
export const fileBytes = (f: FileNode): Uint8Array => (typeof f.data === 'string' ? encoder.encode(f.data) : f.data)
export const fileSize = (f: FileNode): number => f.size ?? fileBytes(f).length

/** Splits an absolute path into components, applying "." and ".." lexically. */
export function pathParts(path: string): string[] {
  const out: string[] = []
  for (const c of path.split('/')) {
    if (c === '' || c === '.') continue
    if (c === '..') out.pop()
    else out.push(c)
  }
  return out
}

export const joinParts = (parts: readonly string[]): string => '/' + parts.join('/')

/** A compact way to write a tree: `{ 'etc/os-release': 'text', 'bin/sh': { link: 'busybox' }, 'bin/busybox':
 *  { program: 'busybox', size: 818_104 }, 'tmp/': { mode: 0o1777 } }`. Parent directories are created as needed. */
export type TreeSpec = Record<string, string | { data?: string; size?: number; program?: string; mode?: number; link?: string; uid?: number; gid?: number }>

export function buildTree(spec: TreeSpec, mtime = 0): DirNode {
  const root = emptyDir(mtime)
  for (const [path, value] of Object.entries(spec)) {
    const parts = pathParts(path)
    const isDir = path.endsWith('/')
    let dir = root
    const last = isDir ? parts.length : parts.length - 1
    for (let i = 0; i < last; i++) {
      let next = dir.children.get(parts[i])
      if (!next || next.type !== 'dir') { next = emptyDir(mtime); dir.children.set(parts[i], next) }
      dir = next
    }
    const v = typeof value === 'string' ? { data: value } : value
    if (isDir) {
      if (v.mode !== undefined) dir.mode = v.mode
      continue
    }
    const name = parts[parts.length - 1]
    const meta = { uid: v.uid ?? 0, gid: v.gid ?? 0, mtime }
    if (v.link !== undefined) dir.children.set(name, { type: 'symlink', target: v.link, mode: 0o777, ...meta })
    else dir.children.set(name, { type: 'file', data: v.data ?? '', size: v.size, program: v.program, mode: v.mode ?? (v.program ? 0o755 : 0o644), ...meta })
  }
  return root
}

/** Total bytes of regular files (declared sizes), as `docker images` counts a layer. */
export function treeSize(node: TreeNode): number {
  if (node.type === 'file') return fileSize(node)
  if (node.type !== 'dir') return 0
  let n = 0
  for (const c of node.children.values()) n += treeSize(c)
  return n
}

export function cloneTree<T extends TreeNode>(node: T): T {
  return structuredClone(node)
}

/** A layer's bytes: the tar of its tree (a real ustar/PAX archive, made by modern-tar), and the gzip of that tar
 *  (fflate, level 6, mtime 0, so the same bytes everywhere). diff ID = sha256(tar), blob digest = sha256(gzip).
 *
 *  Design for real digests without slow pulls: image files a learner can open (os-release, nginx.conf, the
 *  welcome page, scripts) are stored whole; binaries are short stubs carrying their real size in a PAX record
 *  (`SANDBOX.size`) and the program they run (`SANDBOX.program`). Digests are honest hashes of these archives;
 *  the sizes Docker shows come from the declared sizes, so `docker images` reads 8.31MB while IndexedDB holds a
 *  few kilobytes. Whiteouts and opaque directories are written the way Docker's tar diffs write them
 *  (`.wh.<name>`, `.wh..wh..opq`). */
import { packTar, unpackTar, type TarEntry } from 'modern-tar'
import { gzipSync, gunzipSync } from 'fflate'
import { emptyDir, fileBytes, pathParts, type DirNode, type TreeNode } from './file-tree'

function entries(dir: DirNode, prefix: string, out: TarEntry[]): void {
  if (dir.opaque) out.push({ header: { name: `${prefix}.wh..wh..opq`, size: 0, mode: 0o644, mtime: new Date(0), uid: 0, gid: 0 }, body: '' })
  for (const name of [...dir.children.keys()].sort()) {
    const node = dir.children.get(name)!
    const path = prefix + name
    if (node.type === 'whiteout') {
      out.push({ header: { name: `${prefix}.wh.${name}`, size: 0, mode: 0o644, mtime: new Date(0), uid: 0, gid: 0 }, body: '' })
      continue
    }
    const common = { mode: node.mode, uid: node.uid, gid: node.gid, mtime: new Date(Math.floor(node.mtime / 1000) * 1000) }
    if (node.type === 'dir') {
      out.push({ header: { name: `${path}/`, size: 0, type: 'directory', ...common } })
      entries(node, `${path}/`, out)
    } else if (node.type === 'symlink') {
      out.push({ header: { name: path, size: 0, type: 'symlink', linkname: node.target, ...common } })
    } else {
      const bytes = fileBytes(node)
      const pax: Record<string, string> = {}
      if (node.size !== undefined) pax['SANDBOX.size'] = String(node.size)
      if (node.program) pax['SANDBOX.program'] = node.program
      out.push({ header: { name: path, size: bytes.length, type: 'file', ...common, ...(Object.keys(pax).length ? { pax } : {}) }, body: bytes })
    }
  }
}

export async function treeToTar(tree: DirNode): Promise<Uint8Array> {
  const list: TarEntry[] = []
  entries(tree, '', list)
  return new Uint8Array(await packTar(list))
}

export const gzip = (tar: Uint8Array): Uint8Array => gzipSync(tar, { level: 6, mtime: 0 })
export const gunzip = (gz: Uint8Array): Uint8Array => gunzipSync(gz)

/** Reads a layer tar back into a tree (docker load, and layers stored as blobs). */
export async function tarToTree(tar: Uint8Array): Promise<DirNode> {
  const root = emptyDir()
  for (const e of await unpackTar(tar)) {
    const h = e.header
    const parts = pathParts(h.name)
    if (parts.length === 0) continue
    let dir = root
    for (const p of parts.slice(0, -1)) {
      let next = dir.children.get(p)
      if (!next || next.type !== 'dir') { next = emptyDir(); dir.children.set(p, next) }
      dir = next
    }
    const name = parts[parts.length - 1]
    const meta = { mode: h.mode ?? 0o644, uid: h.uid ?? 0, gid: h.gid ?? 0, mtime: h.mtime ? h.mtime.getTime() : 0 }
    if (name === '.wh..wh..opq') { dir.opaque = true; continue }
    if (name.startsWith('.wh.')) { dir.children.set(name.slice(4), { type: 'whiteout' }); continue }
    let node: TreeNode
    if (h.type === 'directory') {
      const existing = dir.children.get(name)
      node = existing?.type === 'dir' ? Object.assign(existing, meta) : { type: 'dir', children: new Map(), ...meta }
    } else if (h.type === 'symlink') node = { type: 'symlink', target: h.linkname ?? '', ...meta }
    else {
      const size = h.pax?.['SANDBOX.size']
      node = { type: 'file', data: new Uint8Array(e.data ?? new Uint8Array()), ...meta }
      if (size !== undefined) node.size = Number(size)
      if (h.pax?.['SANDBOX.program']) node.program = h.pax['SANDBOX.program']
    }
    dir.children.set(name, node)
  }
  return root
}

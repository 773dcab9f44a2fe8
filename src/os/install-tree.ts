/** Writes a package's files onto a filesystem (what rpm does for yum install, and what scenarios use to set up a
 *  world). Existing files are replaced; directories are merged. */
import { buildTree, type DirNode, type TreeSpec } from '../engine/layer/file-tree'
import type { Fs } from './fs'

export function installTree(fs: Fs, spec: TreeSpec, mtime: number): void {
  const walk = (dir: DirNode, path: string) => {
    for (const [name, node] of dir.children) {
      const p = `${path}/${name}`
      if (node.type === 'dir') {
        if (!fs.stat(p)) fs.mkdir(p, { parents: true, mode: node.mode })
        walk(node, p)
      } else if (node.type === 'symlink') {
        if (fs.lstat(p)) fs.unlink(p)
        fs.symlink(node.target, p)
      } else if (node.type === 'file') {
        fs.writeFile(p, node.data, { mode: node.mode })
        if (node.program) fs.setProgram?.(p, node.program)
      }
    }
  }
  walk(buildTree(spec, mtime), '')
}

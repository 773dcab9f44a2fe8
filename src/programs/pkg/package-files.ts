/** Putting a package's files on a disk and taking them off again: what apk, dpkg and rpm do with an archive's
 *  contents. Inside a container the disk is the container's union filesystem, so both land in its RW layer
 *  (`docker diff` shows them). */
import type { TreeSpec } from '../../engine/layer/file-tree'
import { installTree } from '../../os/install-tree'
import type { Process } from '../../os/process'

export function installFiles(p: Process, files: TreeSpec | undefined): void {
  if (files) installTree(p.fs, files, p.host.now())
}

/** Removes the package's files (never its directories, which others may share). */
export function removeFiles(p: Process, files: TreeSpec | undefined): void {
  for (const path of Object.keys(files ?? {})) {
    if (path.endsWith('/')) continue
    try { if (p.fs.lstat(`/${path}`)) p.fs.unlink(`/${path}`) } catch { /* already gone */ }
  }
}

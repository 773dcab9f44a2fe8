/** A container's files from outside: `docker diff` (the RW tree against the layers below it), `docker cp` (the
 *  archive endpoints: a path's tree out, a tree in) and `docker export` (a tar of the merged rootfs). They work on
 *  stopped containers too, through the same rootfs and mounts the processes see. */
import { EngineError } from '../engine-error'
import type { DaemonContext } from '../daemon/daemon-context'
import type { Fs } from '../graphdriver/fs'
import { createUnionFs } from '../graphdriver/union-fs'
import { changesOf, mergedTree, subtree, writeNode, type Change } from '../graphdriver/changes'
import { emptyDir, joinParts, pathParts, type TreeNode } from '../layer/file-tree'
import type { ContainerRecord } from './container-record'
import { containerView, lowerTrees, mountRootfs } from './container-rootfs'
import { loadVolumes } from './volumes'

export async function containerChanges(ctx: DaemonContext, c: ContainerRecord): Promise<Change[]> {
  const lower = createUnionFs(await lowerTrees(ctx, c), emptyDir(), () => ctx.clock.now())
  return changesOf(c.rw, (path) => lower.lstat(path) !== undefined)
}

async function viewOf(ctx: DaemonContext, c: ContainerRecord): Promise<Fs> {
  await loadVolumes(ctx)
  return containerView(ctx, c, await mountRootfs(ctx, c))
}

export interface PathStat { name: string; size: number; mode: number; mtime: number; linkTarget: string; type: 'file' | 'dir' | 'symlink' }

/** GET /containers/{id}/archive: the entry at `path` (a symlink is followed only when the path ends in `/.`). */
export async function archiveGet(ctx: DaemonContext, c: ContainerRecord, path: string, follow = false): Promise<{ stat: PathStat; node: TreeNode }> {
  const fs = await viewOf(ctx, c)
  const clean = joinParts(pathParts(path))
  const st = follow ? fs.stat(clean) : fs.lstat(clean)
  if (!st) throw new EngineError('not_found', `Could not find the file ${path} in container ${c.name}`)
  const node = (follow ? subtree(fs, fs.realpath(clean) ?? clean) : subtree(fs, clean))!
  return { stat: { name: pathParts(clean).pop() ?? '/', size: st.size, mode: st.mode, mtime: st.mtime, linkTarget: st.target ?? '', type: st.type }, node }
}

/** HEAD /containers/{id}/archive: what is at `path`, or undefined. */
export async function archiveStat(ctx: DaemonContext, c: ContainerRecord, path: string): Promise<PathStat | undefined> {
  const fs = await viewOf(ctx, c)
  const clean = joinParts(pathParts(path))
  const st = fs.stat(clean)
  return st && { name: pathParts(clean).pop() ?? '/', size: st.size, mode: st.mode, mtime: st.mtime, linkTarget: st.target ?? '', type: st.type }
}

/** PUT /containers/{id}/archive: writes `node` as `dir/name`; `dir` must be an existing directory. */
export async function archivePut(ctx: DaemonContext, c: ContainerRecord, dir: string, name: string, node: TreeNode): Promise<void> {
  const fs = await viewOf(ctx, c)
  const clean = joinParts(pathParts(dir))
  const st = fs.stat(clean)
  if (!st) throw new EngineError('not_found', `Could not find the file ${dir} in container ${c.name}`)
  if (st.type !== 'dir') throw new EngineError('invalid_argument', `extraction point is not a directory`)
  writeNode(fs, clean === '/' ? `/${name}` : `${clean}/${name}`, node)
  ctx.touch(c.id)
}

/** docker export: a tar of the container's merged rootfs (image layers, init layer, RW), without its mounts. */
export async function exportContainer(ctx: DaemonContext, c: ContainerRecord): Promise<Uint8Array> {
  const rootfs = await mountRootfs(ctx, c)
  const tree = mergedTree(rootfs)
  const { treeToTar } = await import('../layer/layer-blob')
  return treeToTar(tree)
}

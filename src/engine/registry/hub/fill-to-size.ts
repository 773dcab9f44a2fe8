/** Makes a layer's declared size match the real image's. Each hub layer lists the files a learner opens (with their
 *  real text) and the big binaries (stubs with their real sizes); what the real layer holds beyond that (shared
 *  libraries, locales, docs, package databases) is added as a few stub files at realistic paths, sized so the layer
 *  totals exactly `target` bytes, the number `docker images` and `docker history` show.
 *  Invariant: treeSize(buildTree(fillToSize(spec, target, …))) === target, or it throws. */
import { buildTree, treeSize, type TreeSpec } from '../../layer/file-tree'

export const specSize = (spec: TreeSpec): number => treeSize(buildTree(spec))

/** Adds stub files at `paths`, sharing what `spec` lacks of `target` in proportion to their weights. */
export function fillToSize(spec: TreeSpec, target: number, paths: Record<string, number>): TreeSpec {
  const missing = target - specSize(spec)
  if (missing < 0) throw new Error(`layer already holds ${-missing} bytes more than its target ${target}`)
  const entries = Object.entries(paths)
  const total = entries.reduce((n, [, w]) => n + w, 0)
  const out: TreeSpec = { ...spec }
  let left = missing
  entries.forEach(([path, weight], i) => {
    const size = i === entries.length - 1 ? left : Math.floor((missing * weight) / total)
    left -= size
    out[path] = { size }
  })
  return out
}

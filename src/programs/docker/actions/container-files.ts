/** docker container prune, commit, export and cp.
 *    prune   asks (unless -f), removes every stopped container, lists their full IDs and the space reclaimed
 *    commit  prints the new image's `sha256:…` ID (the daemon pauses the container meanwhile, -p)
 *    export  a tar of the container's filesystem on stdout (refused when stdout is a terminal) or -o FILE
 *    cp      CONTAINER:SRC DEST or SRC CONTAINER:DEST with docker's copy rules; on a terminal it ends with
 *            `Successfully copied 2.05kB to …` (tar stream bytes, 3 digits) */
import { emptyDir, fileBytes, type TreeNode } from '../../../engine/layer/file-tree'
import { subtree, writeNode } from '../../../engine/graphdriver/changes'
import type { ActionContext } from './action-context'
import { daemonErrorText } from './daemon-error'
import { confirm } from './image-prune'
import { humanSize, humanSizeWithPrecision } from '../format/units'

const fail = (ctx: ActionContext, e: unknown) => { ctx.stderr.write(`${daemonErrorText(e)}\n`); return 1 }

export async function containerPruneAction(ctx: ActionContext, f: { force: boolean; filter: readonly string[] }): Promise<number> {
  if (!f.force && !(await confirm(ctx, 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue?'))) return 0
  try {
    const report = await ctx.process.wait(ctx.api.pruneContainers())
    ctx.stdout.write(deletedContainersBlock(report.deleted))
    ctx.stdout.write(`Total reclaimed space: ${humanSize(report.reclaimed)}\n`)
    return 0
  } catch (e) {
    return fail(ctx, e)
  }
}

/** The container pruner's part of the output (also in `docker system prune`): full IDs under `Deleted Containers:`
 *  and a blank line, or nothing. */
export const deletedContainersBlock = (ids: readonly string[]): string =>
  ids.length ? `Deleted Containers:\n${ids.map((id) => `${id}\n`).join('')}\n` : ''

export interface CommitFlags { author: string; message: string; change: readonly string[]; pause: boolean }

export async function commitAction(ctx: ActionContext, name: string, ref: string | undefined, f: CommitFlags): Promise<number> {
  try {
    const id = await ctx.process.wait(ctx.api.commitContainer(name, { ref, author: f.author || undefined, message: f.message || undefined, changes: [...f.change] }))
    ctx.stdout.write(`${id}\n`)
    return 0
  } catch (e) {
    return fail(ctx, e)
  }
}

export async function exportAction(ctx: ActionContext, name: string, output: string): Promise<number> {
  const p = ctx.process
  if (!output && p.isatty(1)) {
    ctx.stderr.write('cowardly refusing to save to a terminal. Use the -o flag or redirect\n')
    return 1
  }
  try {
    const tar = await p.wait(ctx.api.exportContainer(name))
    if (output) p.fs.writeFile(output.startsWith('/') ? output : `${p.cwd.replace(/\/$/, '')}/${output}`, tar)
    else ctx.stdout.write(tar)
    return 0
  } catch (e) {
    return fail(ctx, e)
  }
}

/** Bytes of the tar stream that carries `node` (headers, 512-byte blocks, two zero blocks at the end). */
function tarBytes(node: TreeNode): number {
  if (node.type === 'file') return 512 + Math.ceil(fileBytes(node).length / 512) * 512
  if (node.type !== 'dir') return 512
  let n = 512
  for (const child of node.children.values()) n += tarBytes(child)
  return n
}
const streamSize = (node: TreeNode) => tarBytes(node) + 1024

const abs = (cwd: string, path: string) => (path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`)
const baseName = (path: string) => path.replace(/\/+$/, '').split('/').pop() || '/'
const dirName = (path: string) => path.replace(/\/+$/, '').split('/').slice(0, -1).join('/') || '/'

/** `CONTAINER:PATH`, unless it is a path (starts with / or .) or has no colon. */
function splitCpArg(arg: string): { container?: string; path: string } {
  if (arg.startsWith('/') || arg.startsWith('.')) return { path: arg }
  const i = arg.indexOf(':')
  return i < 0 ? { path: arg } : { container: arg.slice(0, i), path: arg.slice(i + 1) }
}

export async function cpAction(ctx: ActionContext, srcArg: string, dstArg: string, f: { quiet: boolean; 'follow-link': boolean; quietChanged: boolean }): Promise<number> {
  const p = ctx.process
  const src = splitCpArg(srcArg)
  const dst = splitCpArg(dstArg)
  if (src.container !== undefined && dst.container !== undefined) { ctx.stderr.write('copying between containers is not supported\n'); return 1 }
  if (src.container === undefined && dst.container === undefined) { ctx.stderr.write('must specify at least one container source\n'); return 1 }
  const quiet = f.quietChanged ? f.quiet : !p.isatty(1)
  const progress = !quiet && p.isatty(2)
  const report = (header: string, bytes: number, to: string) => {
    if (quiet) return
    if (progress) ctx.stderr.write(`\x1b7Preparing to copy...\x1b[?25l\x1b8\x1b[2K${header}${humanSizeWithPrecision(bytes, 3)}\x1b[?25h\x1b8\x1b[2K`)
    ctx.stderr.write(`Successfully copied ${humanSizeWithPrecision(bytes, 3)} to ${to}\n`)
  }
  try {
    if (src.container !== undefined) {
      if (src.path === '') { ctx.stderr.write('Error response from daemon: Could not find the file  in container ' + src.container + '\n'); return 1 }
      const got = await p.wait(ctx.api.archiveGet(src.container, abs('/', src.path), f['follow-link']))
      const target = dst.path === '-' ? '-' : abs(p.cwd, dst.path)
      if (target === '-') {
        const { treeToTar } = await import('../../../engine/layer/layer-blob')
        const root = emptyDir()
        root.children.set(got.stat.name, got.node)
        ctx.stdout.write(await treeToTar(root))
        return 0
      }
      const st = p.fs.stat(target)
      let dest = target
      if (st?.type === 'dir' && !(got.node.type === 'dir' && src.path.endsWith('/.'))) dest = `${target.replace(/\/$/, '')}/${got.stat.name}`
      else if (!st) {
        if (dst.path.endsWith('/') && got.node.type !== 'dir') { ctx.stderr.write(`destination directory "${target}" must exist\n`); return 1 }
        if (!p.fs.stat(dirName(target))) { ctx.stderr.write(`lstat ${dirName(target)}: no such file or directory\n`); return 1 }
      } else if (st.type !== 'dir' && got.node.type === 'dir') { ctx.stderr.write(`cannot copy directory to file\n`); return 1 }
      writeNode(p.fs, dest, got.node)
      report('Copying from container - ', streamSize(got.node), dst.path)
      return 0
    }
    const hostPath = abs(p.cwd, src.path)
    if (!p.fs.lstat(hostPath)) { ctx.stderr.write(`lstat ${hostPath}: no such file or directory\n`); return 1 }
    const node = subtree(p.fs, f['follow-link'] ? (p.fs.realpath(hostPath) ?? hostPath) : hostPath)!
    const container = dst.container!
    const target = abs('/', dst.path)
    const st = await p.wait(ctx.api.archiveStat(container, target))
    let dir: string
    let name: string
    if (st?.type === 'dir') {
      dir = target
      name = node.type === 'dir' && src.path.endsWith('/.') ? '' : baseName(hostPath)
    } else {
      if (dst.path.endsWith('/')) { ctx.stderr.write(`Error response from daemon: Could not find the file ${target} in container ${container}\n`); return 1 }
      if (st && node.type === 'dir') { ctx.stderr.write(`cannot copy directory to file\n`); return 1 }
      dir = dirName(target)
      name = baseName(target)
    }
    if (name === '' && node.type === 'dir') for (const [child, n] of node.children) await p.wait(ctx.api.archivePut(container, dir, child, n))
    else await p.wait(ctx.api.archivePut(container, dir, name, node))
    report('Copying to container - ', streamSize(node), `${container}:${dst.path}`)
    return 0
  } catch (e) {
    return fail(ctx, e)
  }
}


/** docker image prune: asks first (on stdout, no newline after `[y/N] `; anything but y/Y cancels silently, exit
 *  0) unless -f, then has the daemon remove dangling images — with -a every image no container uses. Lists what
 *  went in lower case (`untagged:`, `deleted:`), a blank line, and `Total reclaimed space: <4 digits>`. */
import { chunkText } from '../../../os/stream'
import type { ActionContext } from './action-context'
import { humanSize } from '../format/units'
import { imageErrorText } from './image-errors'
import type { PruneReport } from '../../../engine/image/image-prune'

export interface ImagePruneFlags { all: boolean; force: boolean; filter: readonly string[] }

const DANGLING_WARNING = 'WARNING! This will remove all dangling images.\nAre you sure you want to continue?'
const ALL_WARNING = 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?'

/** The CLI's prompt.Confirm: the message and ` [y/N] `, then one line of stdin. */
export async function confirm(ctx: ActionContext, message: string): Promise<boolean> {
  ctx.stdout.write(`${message} [y/N] `)
  let line = ''
  for (;;) {
    const chunk = await ctx.process.wait(ctx.process.stdin.read())
    if (chunk === null) break
    line += chunkText(chunk)
    if (line.includes('\n')) break
  }
  return line.split('\n')[0].trim().toLowerCase() === 'y'
}

export async function imagePruneAction(ctx: ActionContext, flags: ImagePruneFlags): Promise<number> {
  if (!flags.force && !(await confirm(ctx, flags.all ? ALL_WARNING : DANGLING_WARNING))) return 0
  let report
  try {
    report = await ctx.process.wait(ctx.api.pruneImages([...flags.filter, `dangling=${!flags.all}`]))
  } catch (e) {
    ctx.stderr.write(`${imageErrorText(e)}\n`)
    return 1
  }
  ctx.stdout.write(`${deletedImagesBlock(report)}Total reclaimed space: ${humanSize(report.deleted.length ? report.spaceReclaimed : 0)}\n`)
  return 0
}

/** The image pruner's part of the output (also in `docker system prune`): lower-case `untagged:`/`deleted:` lines
 *  under `Deleted Images:` and a blank line, or nothing. */
export function deletedImagesBlock(report: PruneReport): string {
  if (!report.deleted.length) return ''
  return `Deleted Images:\n${report.deleted.map((d) => ('deleted' in d ? `deleted: ${d.deleted}\n` : `untagged: ${d.untagged}\n`)).join('')}\n`
}

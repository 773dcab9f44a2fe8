/** docker pull: the client parses the reference, says which tag it defaults to, and renders the daemon's progress
 *  stream (jsonmessage) before printing the fully qualified reference. `docker run` reuses it for images it cannot
 *  find, on stderr and without the first and last lines. */
import { familiarString, fullString, parseReference, withDefaultTag, type Reference } from '../../../engine/reference/reference'
import type { Writer } from '../../../os/stream'
import type { ActionContext } from './action-context'
import { createProgressDisplay } from '../format/progress-display'
import { reportDaemonError } from './daemon-error'

export interface PullFlags { quiet: boolean; allTags: boolean }

/** Pulls and renders progress on `out`; returns the report, or throws the daemon's error. */
export async function pullWithProgress(ctx: ActionContext, ref: Reference, out: Writer | null, outIsTty: boolean) {
  const display = out ? createProgressDisplay(out, outIsTty, ctx.cols) : null
  const report = await ctx.process.wait(ctx.api.pull(ref, { onProgress: (m) => display?.message(m) }))
  const name = familiarString(report.ref)
  display?.message({ status: report.upToDate ? `Status: Image is up to date for ${name}` : `Status: Downloaded newer image for ${name}` })
  return report
}

export async function pullAction(ctx: ActionContext, name: string, flags: PullFlags): Promise<number> {
  let ref: Reference
  try {
    ref = parseReference(name)
  } catch (e) {
    ctx.stderr.write(`${(e as Error).message}\n`)
    return 1
  }
  if (flags.allTags && (ref.tag || ref.digest)) {
    ctx.stderr.write('tag can\'t be used with --all-tags/-a\n')
    return 1
  }
  if (!ref.tag && !ref.digest && !flags.allTags && !flags.quiet) ctx.stdout.write('Using default tag: latest\n')
  try {
    const tags = flags.allTags ? await ctx.process.wait(ctx.api.listTags(ref)) : [undefined]
    let last = withDefaultTag(ref)
    for (const tag of tags) {
      const r = tag ? { ...ref, tag } : ref
      last = (await pullWithProgress(ctx, r, flags.quiet ? null : ctx.stdout, ctx.isTty)).ref
    }
    ctx.stdout.write(`${flags.allTags ? `${ref.domain}/${ref.path}` : fullString(last)}\n`)
    return 0
  } catch (e) {
    return reportDaemonError(ctx.stderr, e)
  }
}

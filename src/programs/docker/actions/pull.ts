/** docker pull: the client parses the reference, says which tag it defaults to, and renders the daemon's progress
 *  stream (jsonmessage) before printing the fully qualified reference. `docker run` reuses it for images it cannot
 *  find, on stderr and without the first and last lines. */
import { familiarName, familiarString, fullString, parseReference, type Reference } from '../../../engine/reference/reference'
import type { Writer } from '../../../os/stream'
import type { ActionContext } from './action-context'
import { createProgressDisplay } from '../format/progress-display'
import { reportDaemonError } from './daemon-error'

export interface PullFlags { quiet: boolean; allTags: boolean }

/** Pulls and renders progress on `out`; returns the report, or throws the daemon's error. With `status: false` the
 *  caller writes the Status line (a pull of all tags ends with one line for the repository). */
export async function pullWithProgress(ctx: ActionContext, ref: Reference, out: Writer | null, outIsTty: boolean, status = true) {
  const display = out ? createProgressDisplay(out, outIsTty, ctx.cols) : null
  const report = await ctx.process.wait(ctx.api.pull(ref, { onProgress: (m) => display?.message(m) }))
  if (status) display?.message(statusMessage(familiarString(report.ref), !report.upToDate))
  return report
}

const statusMessage = (name: string, downloaded: boolean) =>
  ({ status: downloaded ? `Status: Downloaded newer image for ${name}` : `Status: Image is up to date for ${name}` })

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
    if (flags.allTags) {
      // moby's pullRepository: every tag the registry lists, in its order, then one Status for the repository
      // (Downloaded newer if any tag changed); a tag that fails is logged by the daemon and skipped.
      const tags = await ctx.process.wait(ctx.api.listTags(ref))
      const out = flags.quiet ? null : ctx.stdout
      let downloaded = false
      for (const tag of tags) {
        try {
          downloaded = !(await pullWithProgress(ctx, { ...ref, tag }, out, ctx.isTty, false)).upToDate || downloaded
        } catch { /* logged by the daemon only */ }
      }
      if (out) createProgressDisplay(out, ctx.isTty, ctx.cols).message(statusMessage(familiarName(ref), downloaded))
      ctx.stdout.write(`${ref.domain}/${ref.path}\n`)
      return 0
    }
    const report = await pullWithProgress(ctx, ref, flags.quiet ? null : ctx.stdout, ctx.isTty)
    ctx.stdout.write(`${fullString(report.ref)}\n`)
    return 0
  } catch (e) {
    return reportDaemonError(ctx.stderr, e)
  }
}

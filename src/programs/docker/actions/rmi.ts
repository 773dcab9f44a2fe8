/** docker rmi / docker image rm: one daemon call per argument, in order. Each success prints the daemon's records
 *  (`Untagged: <ref>`, `Deleted: sha256:<64 hex>`); failures are collected and printed together at the end, one per
 *  line. Exit 1 if any failed — except with -f when every failure was "No such image" (then the errors still print,
 *  and the exit is 0). */
import type { ActionContext } from './action-context'
import { imageErrorText, isNotFound } from './image-errors'

export interface RmiFlags { force: boolean; noPrune: boolean }

export async function rmiAction(ctx: ActionContext, images: readonly string[], flags: RmiFlags): Promise<number> {
  const errors: string[] = []
  let fatal = false
  for (const image of images) {
    try {
      const records = await ctx.process.wait(ctx.api.removeImage(image, { force: flags.force, prune: !flags.noPrune }))
      let out = ''
      for (const r of records) out += 'deleted' in r ? `Deleted: ${r.deleted}\n` : `Untagged: ${r.untagged}\n`
      ctx.stdout.write(out)
    } catch (e) {
      if (!isNotFound(e)) fatal = true
      errors.push(imageErrorText(e))
    }
  }
  if (errors.length === 0) return 0
  ctx.stderr.write(`${errors.join('\n')}\n`)
  return !flags.force || fatal ? 1 : 0
}

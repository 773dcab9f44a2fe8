/** docker history: the image's build steps, newest first. IMAGE (12 hex on the top row, `<missing>` below),
 *  CREATED (`… ago`; with -H=false CREATED AT in RFC 3339), CREATED BY (tabs flattened, cut to 45 with …),
 *  SIZE (3 significant digits; with -H=false bytes), COMMENT. -q prints the IMAGE column only. */
import type { ActionContext } from './action-context'
import type { HistoryItem } from '../../../engine/image/image-api'
import { tabwrite } from '../format/tabwriter'
import { ellipsis } from '../format/ellipsis'
import { humanDuration, humanSizeWithPrecision } from '../format/units'
import { imageErrorText } from './image-errors'
import { formatterContext, renderFormatted } from '../format/format-output'

export interface HistoryFlags { human: boolean; noTrunc: boolean; quiet: boolean; format?: string }

/** Before 2000-01-01 (0 for "no date"), the CLI shows N/A. */
const EPOCH_2000 = Date.UTC(2000, 0, 1) / 1000

const rfc3339 = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')

export async function historyAction(ctx: ActionContext, image: string, flags: HistoryFlags): Promise<number> {
  let items: HistoryItem[]
  try {
    items = await ctx.process.wait(ctx.api.imageHistory(image))
  } catch (e) {
    ctx.stderr.write(`${imageErrorText(e)}\n`)
    return 1
  }
  const id = (h: HistoryItem) => (flags.noTrunc ? h.id : h.id.replace(/^sha256:/, '').slice(0, 12))
  if (flags.quiet && !flags.format) {
    ctx.stdout.write(items.map((h) => `${id(h)}\n`).join(''))
    return 0
  }
  const now = ctx.process.host.now()
  const created = (h: HistoryItem) => {
    if (!flags.human) return rfc3339(h.created)
    return h.created <= EPOCH_2000 ? 'N/A' : `${humanDuration(now - h.created * 1000)} ago`
  }
  const createdBy = (h: HistoryItem) => {
    const s = h.createdBy.replace(/\t/g, ' ')
    return flags.noTrunc ? s : ellipsis(s, 45)
  }
  if (flags.format && flags.format !== 'table') {
    const contexts = items.map((h) => formatterContext('*image.historyContext', {
      ID: id(h), CreatedSince: created(h), CreatedAt: rfc3339(h.created), CreatedBy: createdBy(h),
      Size: flags.human ? humanSizeWithPrecision(h.size, 3) : String(h.size), Comment: h.comment,
    }))
    const out = renderFormatted(contexts, flags.format, { header: { ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT' } })
    if (!out.ok) { ctx.stderr.write(`${out.error}\n`); return 1 }
    ctx.stdout.write(out.output)
    return 0
  }
  const rows = items.map((h) => [id(h), created(h), createdBy(h), flags.human ? humanSizeWithPrecision(h.size, 3) : String(h.size), h.comment])
  ctx.stdout.write(tabwrite([['IMAGE', flags.human ? 'CREATED' : 'CREATED AT', 'CREATED BY', 'SIZE', 'COMMENT'], ...rows]))
  return 0
}

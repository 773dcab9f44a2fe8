/** docker search: the daemon asks the registry (the built-in Docker Hub) and the CLI draws NAME, DESCRIPTION
 *  (newlines flattened, cut to 45 columns with … unless --no-trunc), STARS, OFFICIAL ([OK] or empty — the row then
 *  ends in the previous column's padding). */
import type { ActionContext } from './action-context'
import { tabwrite } from '../format/tabwriter'
import { ellipsis } from '../format/ellipsis'
import { imageErrorText } from './image-errors'
import { formatterContext, renderFormatted } from '../format/format-output'

export interface SearchFlags { filter: readonly string[]; limit: number; noTrunc: boolean; format?: string }

export async function searchAction(ctx: ActionContext, term: string, flags: SearchFlags): Promise<number> {
  if (flags.filter.some((f) => f.split('=')[0].trim().toLowerCase() === 'is-automated')) {
    ctx.stderr.write('WARNING: the "is-automated" filter is deprecated, and searching for "is-automated=true" will not yield any results in future.\n')
  }
  let results
  try {
    results = await ctx.process.wait(ctx.api.searchImages(term, { limit: flags.limit > 0 ? flags.limit : 0, filters: flags.filter }))
  } catch (e) {
    ctx.stderr.write(`${imageErrorText(e)}\n`)
    return 1
  }
  const rows = results.map((r) => {
    const desc = r.description.replace(/[\n\r]/g, ' ')
    return [r.name, flags.noTrunc ? desc : ellipsis(desc, 45), String(r.stars), r.official ? '[OK]' : '']
  })
  if (flags.format && flags.format !== 'table') {
    const items = rows.map(([Name, Description, StarCount, IsOfficial]) => formatterContext('*registry.searchContext', { Name, Description, StarCount, IsOfficial, IsAutomated: '' }))
    const out = renderFormatted(items, flags.format, { header: { Name: 'NAME', Description: 'DESCRIPTION', StarCount: 'STARS', IsOfficial: 'OFFICIAL', IsAutomated: 'AUTOMATED' } })
    if (!out.ok) { ctx.stderr.write(`${out.error}\n`); return 1 }
    ctx.stdout.write(out.output)
    return 0
  }
  ctx.stdout.write(tabwrite([['NAME', 'DESCRIPTION', 'STARS', 'OFFICIAL'], ...rows]))
  return 0
}

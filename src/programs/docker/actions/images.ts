/** docker images / docker image ls: one row per tag, newest image first, in Docker's table. */
import { familiarName, parseReference } from '../../../engine/reference/reference'
import { shortId } from '../../../engine/ids'
import type { ImageRow } from '../../../engine/image/image-store'
import type { ActionContext } from './action-context'
import { tabwrite } from '../format/tabwriter'
import { humanDuration, humanSizeWithPrecision } from '../format/units'
import { reportDaemonError } from './daemon-error'

export interface ImagesFlags { all: boolean; quiet: boolean; digests: boolean; noTrunc: boolean; filter: string[] }

function matchesRepo(row: ImageRow, arg: string): boolean {
  try {
    const ref = parseReference(arg)
    if (familiarName(ref) !== row.repository) return false
    return ref.tag === undefined || ref.tag === row.tag
  } catch {
    return false
  }
}

export async function imagesAction(ctx: ActionContext, repo: string | undefined, flags: ImagesFlags): Promise<number> {
  let rows: ImageRow[]
  try {
    rows = ctx.api.imageRows()
  } catch (e) {
    return reportDaemonError(ctx.stderr, e)
  }
  for (const f of flags.filter) {
    const [key, value = ''] = f.split(/=(.*)/s)
    if (key === 'dangling') rows = rows.filter((r) => (r.repository === '<none>') === (value === 'true'))
    else if (key === 'reference') rows = rows.filter((r) => globMatch(value, `${r.repository}:${r.tag}`) || globMatch(value, r.repository))
    else { ctx.stderr.write(`Error response from daemon: invalid filter '${key}'\n`); return 1 }
  }
  if (repo !== undefined) rows = rows.filter((r) => matchesRepo(r, repo))
  const id = (r: ImageRow) => (flags.noTrunc ? r.id : shortId(r.id))
  if (flags.quiet) {
    for (const r of rows) ctx.stdout.write(`${id(r)}\n`)
    return 0
  }
  const now = ctx.process.host.now()
  const header = ['REPOSITORY', 'TAG', ...(flags.digests ? ['DIGEST'] : []), 'IMAGE ID', 'CREATED', 'SIZE']
  const body = rows.map((r) => [r.repository, r.tag, ...(flags.digests ? [r.digest] : []), id(r), `${humanDuration(now - r.created)} ago`, humanSizeWithPrecision(r.size, 3)])
  ctx.stdout.write(tabwrite([header, ...body]))
  return 0
}

/** filepath.Match-style globbing for --filter reference=… */
function globMatch(pattern: string, s: string): boolean {
  const re = pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')
  return new RegExp(`^${re}$`).test(s)
}

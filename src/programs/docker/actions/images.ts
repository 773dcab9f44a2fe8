/** docker images / docker image ls: the daemon lists image summaries (newest first, filtered — a REPOSITORY[:TAG]
 *  argument is a `reference` filter), and the CLI draws one row per repository and tag: an untagged image is
 *  `<none> <none>`, a repository known only by digest is `<repo> <none>`. With --digests each tag row shows the
 *  repository's digest. The daemon's filter errors print as `Error response from daemon: …`. */
import { shortId } from '../../../engine/ids'
import type { ImageSummary } from '../../../engine/image/image-api'
import type { ActionContext } from './action-context'
import { tabwrite } from '../format/tabwriter'
import { humanDuration, humanSize, humanSizeWithPrecision } from '../format/units'
import { imageErrorText } from './image-errors'
import { formatterContext, renderFormatted } from '../format/format-output'

const HEADER = { ID: 'IMAGE ID', Repository: 'REPOSITORY', Tag: 'TAG', Digest: 'DIGEST', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', Size: 'SIZE', Containers: 'CONTAINERS', VirtualSize: 'VIRTUAL SIZE', SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE' }

export interface ImagesFlags { all: boolean; quiet: boolean; digests: boolean; noTrunc: boolean; filter: string[]; format?: string }

export interface ImageListRow { repository: string; tag: string; digest: string; image: ImageSummary }

const splitTag = (ref: string) => { const i = ref.lastIndexOf(':'); return [ref.slice(0, i), ref.slice(i + 1)] }

/** docker/cli's imageFormat: rows for one image summary. */
export function rowsOf(image: ImageSummary, digests: boolean): ImageListRow[] {
  if (image.repoTags.length === 0 && image.repoDigests.length === 0) return [{ repository: '<none>', tag: '<none>', digest: '<none>', image }]
  const tags = new Map<string, string[]>()
  const repoDigests = new Map<string, string[]>()
  for (const t of image.repoTags) { const [repo, tag] = splitTag(t); tags.set(repo, [...(tags.get(repo) ?? []), tag]) }
  for (const d of image.repoDigests) { const [repo, digest] = d.split('@'); repoDigests.set(repo, [...(repoDigests.get(repo) ?? []), digest]) }
  const rows: ImageListRow[] = []
  for (const [repo, repoTags] of tags) {
    const ds = digests ? repoDigests.get(repo) ?? [] : []
    repoDigests.delete(repo)
    for (const tag of repoTags) {
      if (ds.length === 0) rows.push({ repository: repo, tag, digest: '<none>', image })
      for (const d of ds) rows.push({ repository: repo, tag, digest: d, image })
    }
  }
  for (const [repo, ds] of repoDigests) {
    if (digests) for (const d of ds) rows.push({ repository: repo, tag: '<none>', digest: d, image })
    else rows.push({ repository: repo, tag: '<none>', digest: '', image })
  }
  return rows
}

export async function imagesAction(ctx: ActionContext, repo: string | undefined, flags: ImagesFlags): Promise<number> {
  let images: ImageSummary[]
  try {
    images = await ctx.process.wait(ctx.api.listImages({ all: flags.all, filters: [...flags.filter, ...(repo !== undefined ? [`reference=${repo}`] : [])] }))
  } catch (e) {
    ctx.stderr.write(`${imageErrorText(e)}\n`)
    return 1
  }
  const rows = images.flatMap((i) => rowsOf(i, flags.digests))
  const id = (r: ImageListRow) => (flags.noTrunc ? r.image.id : shortId(r.image.id))
  if (flags.quiet && !flags.format) {
    ctx.stdout.write(rows.map((r) => `${id(r)}\n`).join(''))
    return 0
  }
  const now = ctx.process.host.now()
  const since = (r: ImageListRow) => `${humanDuration(now - r.image.created * 1000)} ago`
  if (flags.format && flags.format !== 'table') {
    // NewImageFormat: a table without {{.Digest}} gets the column added when --digests is given.
    const format = flags.format.startsWith('table') && flags.digests && !flags.format.includes('{{.Digest}}') ? `${flags.format}\t{{.Digest}}` : flags.format
    const items = rows.map((r) => formatterContext('*formatter.imageContext', {
      ID: id(r), Repository: r.repository, Tag: r.tag, Digest: r.digest, CreatedSince: since(r),
      CreatedAt: `${new Date(r.image.created * 1000).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '')} +0000 UTC`,
      Size: humanSizeWithPrecision(r.image.size, 3), Containers: r.image.containers === -1 ? 'N/A' : String(r.image.containers),
      VirtualSize: humanSize(r.image.size), SharedSize: r.image.sharedSize === -1 ? 'N/A' : humanSize(r.image.sharedSize),
      UniqueSize: r.image.sharedSize === -1 ? 'N/A' : humanSize(r.image.size - r.image.sharedSize),
    }))
    const out = renderFormatted(items, format, { header: HEADER })
    if (!out.ok) { ctx.stderr.write(`${out.error}\n`); return 1 }
    ctx.stdout.write(out.output)
    return 0
  }
  const header = ['REPOSITORY', 'TAG', ...(flags.digests ? ['DIGEST'] : []), 'IMAGE ID', 'CREATED', 'SIZE']
  const body = rows.map((r) => [r.repository, r.tag, ...(flags.digests ? [r.digest] : []), id(r), since(r), humanSizeWithPrecision(r.image.size, 3)])
  ctx.stdout.write(tabwrite([header, ...body]))
  return 0
}

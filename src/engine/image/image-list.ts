/** docker images, the daemon side (moby's ImageService.Images, v28.2.2): image summaries, newest first, with
 *  filters dangling, label, before, since, until and reference (a glob on the familiar reference or name).
 *  An image's RepoTags/RepoDigests are in the reference store's order (sorted by full reference); a `reference`
 *  filter drops the references it does not match, and images left with none. Shared size and container counts
 *  are computed on request (system df). */
import { EngineError } from '../engine-error'
import type { DaemonContext } from '../daemon/daemon-context'
import type { Digest, ImageId } from '../ids'
import { filterArgs, filterBool, validateFilters } from '../registry/registry'
import { getImage } from './get-image'
import { isDigestReference, repositoryOf, sortedReferences, type ImageRecord } from './image-store'

export interface ImageSummary {
  id: ImageId
  repoTags: string[]
  repoDigests: string[]
  /** Seconds since the epoch. */
  created: number
  size: number
  /** -1 unless asked for. */
  sharedSize: number
  /** -1 unless asked for. */
  containers: number
  labels: Record<string, string>
}

export interface ListOptions {
  all?: boolean
  filters?: readonly string[]
  sharedSize?: boolean
  containerCount?: boolean
}

const ACCEPTED = new Set(['dangling', 'label', 'label!', 'before', 'since', 'reference', 'until'])

const createdTimes = new WeakMap<object, number>()

/** An image's Created in seconds; parsed once per config (configs are immutable). */
export const createdSeconds = (img: ImageRecord): number => {
  let s = createdTimes.get(img.config)
  if (s === undefined) {
    const t = Date.parse(img.config.created)
    s = Number.isNaN(t) ? 0 : Math.floor(t / 1000)
    createdTimes.set(img.config, s)
  }
  return s
}

/** path.Match for reference filters: `*` and `?` stop at "/", `[…]` classes, `\\` escapes. */
export function pathMatch(pattern: string, s: string): boolean {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1)
      if (end < 0) return false
      let cls = pattern.slice(i + 1, end)
      if (cls.startsWith('^')) cls = `^${cls.slice(1)}`
      re += `[${cls.replace(/\\/g, '\\\\')}]`
      i = end
    } else if (c === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i]}`
    else re += c.replace(/[.+^${}()|\\/]/g, '\\$&')
  }
  try {
    return new RegExp(`^${re}$`).test(s)
  } catch {
    return false
  }
}

/** reference.FamiliarMatch: the familiar string, else the familiar name. */
const familiarMatch = (pattern: string, ref: string) => pathMatch(pattern, ref) || pathMatch(pattern, repositoryOf(ref))

/** filters.Args.MatchKVList: every `key` or `key=value` filter holds for the labels. */
function matchLabels(filters: readonly string[], labels: Record<string, string>): boolean {
  return filters.every((f) => {
    const eq = f.indexOf('=')
    if (eq < 0) return f in labels
    return labels[f.slice(0, eq)] === f.slice(eq + 1)
  })
}

/** docker's timetypes.GetTimestamp for `until`: a Go duration before now, RFC 3339 (date or date-time), or Unix
 *  seconds. Returns ms since the epoch. */
export function parseTimestamp(value: string, now: number): number {
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }
  const dur = /^((?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+)$/.exec(value)
  if (dur) {
    let ms = 0
    for (const m of value.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) ms += Number(m[1]) * units[m[2]]
    return now - ms
  }
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000
  const t = Date.parse(/^\d{4}-\d\d-\d\d$/.test(value) ? `${value}T00:00:00Z` : value)
  if (!Number.isNaN(t)) return t
  throw new EngineError('invalid_argument', `failed to parse value as time or duration: "${value}"`)
}

export function listImages(ctx: DaemonContext, options: ListOptions = {}): ImageSummary[] {
  const args = filterArgs(options.filters ?? [])
  validateFilters(args, ACCEPTED)
  const danglingOnly = filterBool(args, 'dangling', false)
  let before = Infinity
  let since = -Infinity
  for (const v of args.get('before') ?? []) before = Math.min(before, createdSeconds(getImage(ctx.images, v)))
  for (const v of args.get('until') ?? []) before = Math.min(before, parseTimestamp(v, ctx.clock.now()) / 1000)
  for (const v of args.get('since') ?? []) since = Math.max(since, createdSeconds(getImage(ctx.images, v)))
  const references = args.get('reference')

  const summaries: ImageSummary[] = []
  for (const img of ctx.images.images.values()) {
    const created = createdSeconds(img)
    if (before !== Infinity && !(created < before)) continue
    if (since !== -Infinity && !(created > since)) continue
    const labels = img.config.config?.Labels ?? {}
    if (args.has('label') && !matchLabels(args.get('label')!, labels)) continue
    const summary: ImageSummary = { id: img.id, repoTags: [], repoDigests: [], created, size: img.size, sharedSize: -1, containers: -1, labels: { ...labels } }
    for (const ref of sortedReferences(ctx.images, img.id)) {
      if (references && !references.some((p) => familiarMatch(p, ref))) continue
      ;(isDigestReference(ref) ? summary.repoDigests : summary.repoTags).push(ref)
    }
    if (summary.repoTags.length === 0 && summary.repoDigests.length === 0) {
      if (args.has('dangling') && !danglingOnly) continue
      if (references) continue
    } else if (danglingOnly && summary.repoTags.length > 0) continue
    if (options.containerCount) {
      summary.containers = 0
      for (const c of ctx.containers.values()) if (c.image === img.id) summary.containers++
    }
    summaries.push(summary)
  }

  if (options.sharedSize) {
    const refs = new Map<Digest, number>()
    for (const img of ctx.images.images.values()) for (const l of img.layers) refs.set(l, (refs.get(l) ?? 0) + 1)
    for (const s of summaries) {
      s.sharedSize = 0
      for (const l of ctx.images.images.get(s.id)!.layers) if ((refs.get(l) ?? 0) > 1) s.sharedSize += ctx.images.layers.get(l)?.size ?? 0
    }
  }
  // sort.Reverse(byCreated): newest first; equal times keep the most recently stored first.
  return summaries
    .map((s, i) => ({ s, i, loaded: ctx.images.images.get(s.id)!.loadedAt }))
    .sort((a, b) => b.s.created - a.s.created || b.loaded - a.loaded || a.i - b.i)
    .map((x) => x.s)
}

/** The total size of the layers images use (system df's Images SIZE). */
export function layersSize(ctx: DaemonContext): number {
  const used = new Set<Digest>()
  for (const img of ctx.images.images.values()) for (const l of img.layers) used.add(l)
  let n = 0
  for (const l of used) n += ctx.images.layers.get(l)?.size ?? 0
  return n
}

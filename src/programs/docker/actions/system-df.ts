/** docker system df: one row per kind (Images, Containers, Local Volumes, Build Cache) with TOTAL, ACTIVE, SIZE and
 *  RECLAIMABLE (4 significant digits; the percentage integer-truncated, left out when the total is 0). -v lists
 *  every image (SHARED SIZE: layers other images use too), container and volume, then the build cache. */
import type { ActionContext } from './action-context'
import type { DiskUsage } from '../../../engine/image/image-api'
import { shortId } from '../../../engine/ids'
import { tabwrite } from '../format/tabwriter'
import { humanDuration, humanSize, humanSizeWithPrecision } from '../format/units'
import { commandText, imageText, statusText } from './ps'
import { imageErrorText } from './image-errors'

export interface SystemDfFlags { verbose: boolean }

const reclaimable = (value: number, total: number) => (total > 0 ? `${humanSize(value)} (${Math.trunc((value * 100) / total)}%)` : humanSize(value))
const isActive = (status: string) => status === 'running' || status === 'paused' || status === 'restarting'

function summary(du: DiskUsage): string {
  const used = du.images.filter((i) => i.containers > 0)
  const inUse = used.reduce((n, i) => n + (i.size - i.sharedSize), 0)
  const rw = du.containers.reduce((n, c) => n + c.sizeRw, 0)
  const idle = du.containers.filter((c) => !isActive(c.record.state.status)).reduce((n, c) => n + c.sizeRw, 0)
  return tabwrite([
    ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
    ['Images', String(du.images.length), String(used.length), humanSize(du.layersSize), reclaimable(du.layersSize - inUse, du.layersSize)],
    ['Containers', String(du.containers.length), String(du.containers.filter((c) => isActive(c.record.state.status)).length), humanSize(rw), reclaimable(idle, rw)],
    ['Local Volumes', '0', '0', '0B', '0B'],
    ['Build Cache', '0', '0', humanSize(du.buildCacheSize), humanSize(du.buildCacheSize)],
  ])
}

function verbose(ctx: ActionContext, du: DiskUsage): string {
  const now = ctx.process.host.now()
  const images = du.images.map((i) => {
    const tagged = i.repoTags[0]
    const colon = tagged ? tagged.lastIndexOf(':') : -1
    return [
      tagged ? tagged.slice(0, colon) : '<none>', tagged ? tagged.slice(colon + 1) : '<none>', shortId(i.id),
      `${humanDuration(now - i.created * 1000)} ago`, humanSizeWithPrecision(i.size, 3), humanSize(i.sharedSize), humanSize(i.size - i.sharedSize), String(i.containers),
    ]
  })
  const containers = du.containers.map(({ record: c, sizeRw }) => [
    shortId(c.id), imageText(ctx.api, c), commandText(c, false), '0', humanSizeWithPrecision(sizeRw, 3),
    `${humanDuration(now - c.created)} ago`, statusText(c, now), c.name,
  ])
  return 'Images space usage:\n\n' +
    tabwrite([['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE', 'SHARED SIZE', 'UNIQUE SIZE', 'CONTAINERS'], ...images]) +
    '\nContainers space usage:\n\n' +
    tabwrite([['CONTAINER ID', 'IMAGE', 'COMMAND', 'LOCAL VOLUMES', 'SIZE', 'CREATED', 'STATUS', 'NAMES'], ...containers]) +
    '\nLocal Volumes space usage:\n\n' +
    tabwrite([['VOLUME NAME', 'LINKS', 'SIZE']]) +
    `\nBuild cache usage: ${humanSize(du.buildCacheSize)}\n\n` +
    tabwrite([['CACHE ID', 'CACHE TYPE', 'SIZE', 'CREATED', 'LAST USED', 'USAGE', 'SHARED']])
}

export async function systemDfAction(ctx: ActionContext, flags: SystemDfFlags): Promise<number> {
  let du: DiskUsage
  try {
    du = await ctx.process.wait(ctx.api.diskUsage())
  } catch (e) {
    ctx.stderr.write(`${imageErrorText(e)}\n`)
    return 1
  }
  ctx.stdout.write(flags.verbose ? verbose(ctx, du) : summary(du))
  return 0
}

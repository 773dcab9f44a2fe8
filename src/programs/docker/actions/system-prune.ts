/** docker system prune (docker/cli system/prune.go): one confirmation listing what goes, then each pruner in turn —
 *  containers, networks (only the default ones exist, none go), volumes with --volumes, images, build cache (none)
 *  — each printing its own block, and one total. */
import type { ActionContext } from './action-context'
import { confirm, deletedImagesBlock } from './image-prune'
import { deletedContainersBlock } from './container-files'
import { humanSize } from '../format/units'
import { imageErrorText } from './image-errors'
import { deletedVolumesBlock } from './volume'

export interface SystemPruneFlags { all: boolean; force: boolean; volumes: boolean; filter: readonly string[] }

export function systemPruneWarning(f: Pick<SystemPruneFlags, 'all' | 'volumes'>): string {
  const warnings = [
    'all stopped containers',
    'all networks not used by at least one container',
    ...(f.volumes ? ['all anonymous volumes not used by at least one container'] : []),
    f.all ? 'all images without at least one container associated to them' : 'all dangling images',
    f.all ? 'all build cache' : 'unused build cache',
  ]
  return `WARNING! This will remove:\n${warnings.map((w) => `  - ${w}\n`).join('')}\nAre you sure you want to continue?`
}

export async function systemPruneAction(ctx: ActionContext, flags: SystemPruneFlags): Promise<number> {
  if (!flags.force && !(await confirm(ctx, systemPruneWarning(flags)))) return 0
  let reclaimed = 0
  try {
    const containers = await ctx.process.wait(ctx.api.pruneContainers())
    reclaimed += containers.reclaimed
    ctx.stdout.write(deletedContainersBlock(containers.deleted))
    if (flags.volumes) {
      const volumes = await ctx.process.wait(ctx.api.pruneVolumes(false))
      reclaimed += volumes.reclaimed
      ctx.stdout.write(deletedVolumesBlock(volumes.deleted))
    }
    const images = await ctx.process.wait(ctx.api.pruneImages([...flags.filter, `dangling=${!flags.all}`]))
    reclaimed += images.spaceReclaimed
    ctx.stdout.write(deletedImagesBlock(images))
  } catch (e) {
    ctx.stderr.write(`${imageErrorText(e)}\n`)
    return 1
  }
  ctx.stdout.write(`Total reclaimed space: ${humanSize(reclaimed)}\n`)
  return 0
}

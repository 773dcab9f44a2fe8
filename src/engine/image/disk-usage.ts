/** docker system df, the daemon side (moby's SystemDiskUsage): the size of the layers images use, every image
 *  with its shared size and container count, every container with the size of its RW layer (the bytes of the
 *  files it wrote), no volumes and no build cache (neither is modelled). */
import type { DaemonContext } from '../daemon/daemon-context'
import type { ContainerRecord } from '../container/container-record'
import { treeSize } from '../layer/file-tree'
import { layersSize, listImages, type ImageSummary } from './image-list'

export interface DiskUsage {
  layersSize: number
  images: ImageSummary[]
  /** Newest first, as docker ps -a. */
  containers: { record: ContainerRecord; sizeRw: number }[]
  volumes: []
  buildCacheSize: number
}

export function diskUsage(ctx: DaemonContext): DiskUsage {
  const containers = [...ctx.containers.values()].sort((a, b) => b.created - a.created).map((record) => ({ record, sizeRw: treeSize(record.rw) }))
  return {
    layersSize: layersSize(ctx),
    images: listImages(ctx, { all: true, sharedSize: true, containerCount: true }),
    containers,
    volumes: [],
    buildCacheSize: 0,
  }
}

/** What the daemon's modules share while it runs: injected time, chance and storage, the in-memory stores, and
 *  one way to persist (commit then emit, so events only ever describe what is durable). */
import type { Clock } from '../clock'
import type { Random } from '../random'
import type { Storage, StorageChange } from '../storage/storage'
import type { EngineEvent, EventBus } from '../events'
import type { ImageState } from '../image/image-store'
import type { ContainerRecord } from '../container/container-record'
import type { ContainerId, Digest } from '../ids'
import type { DirNode } from '../layer/file-tree'
import type { Registry } from '../registry/registry'
import type { Runtime, RuntimeProcess } from '../container/runtime'

export interface DaemonConfig {
  registryMirrors: string[]
}

export interface DaemonContext {
  clock: Clock
  random: Random
  storage: Storage
  events: EventBus
  images: ImageState
  containers: Map<ContainerId, ContainerRecord>
  processes: Map<ContainerId, RuntimeProcess>
  /** Who waits for which container's main process to end. */
  waiters: Map<ContainerId, ((code: number) => void)[]>
  registry: Registry
  runtime: Runtime
  config: DaemonConfig
  /** The tree of a stored layer, read from its blob on first use. */
  layerTree(chainId: Digest): Promise<DirNode>
  cacheLayerTree(chainId: Digest, tree: DirNode): void
  commit(change: StorageChange, events?: EngineEvent[]): Promise<void>
  /** Marks a container row as changed; flush() writes it. */
  touch(id: ContainerId): void
}

/** The simulated dockerd: opens its stores from Storage, wires the modules (reference, registry, distribution,
 *  image, layer, graphdriver, container) and offers the Engine API that the docker CLI calls. It holds state in
 *  memory and persists every change through the Storage port before announcing it as an event.
 *  The daemon can be stopped (systemctl stop docker): its data stays; API calls then fail like a closed socket. */
import type { Clock } from '../clock'
import type { Random } from '../random'
import type { Storage, StorageChange } from '../storage/storage'
import { createEventBus, type EngineEvent, type EventBus } from '../events'
import type { ImageConfig } from '../image/image-config'
import { createImageState } from '../image/image-store'
import { createImageApi, type ImageApi } from '../image/image-api'
import { createContainerApi, type ContainerApi } from '../container/container-api'
import { createNetworkApi, type NetworkApi } from '../network/network-api'
import { shutdownContainers, startContainer } from '../container/container-lifecycle'
import type { Runtime } from '../container/runtime'
import type { ContainerId, Digest, ImageId } from '../ids'
import type { DirNode } from '../layer/file-tree'
import { createHubRegistry, type Catalog } from '../registry/registry'
import type { ContainerRecord } from '../container/container-record'
import { EngineError, daemonUnreachable } from '../engine-error'
import type { DaemonConfig, DaemonContext } from './daemon-context'
import { ENGINE_VERSION } from './version-info'
import { VersionedMap } from '../versioned-map'

export interface EngineOptions {
  storage: Storage
  clock: Clock
  random: Random
  runtime: Runtime
  loadCatalog: () => Promise<Catalog>
}

export interface DaemonApi {
  readonly events: EventBus
  readonly version: typeof ENGINE_VERSION
  isRunning(): boolean
  /** Starts the daemon with a config read from daemon.json and the unit's flags. */
  start(config: DaemonConfig): void
  stop(): Promise<void>
  config(): DaemonConfig
  /** Writes containers whose RW layer or log changed since the last flush. */
  flush(): Promise<void>
}

/** The whole Engine API: the daemon itself plus one slice per module that serves requests. */
export type Engine = DaemonApi & ImageApi & ContainerApi & NetworkApi

export async function openEngine(o: EngineOptions): Promise<Engine> {
  const events = createEventBus()
  const [imageRowsT, refRows, layerRows, containerRows] = await Promise.all([
    o.storage.readTable('images'), o.storage.readTable('references'), o.storage.readTable('layers'), o.storage.readTable('containers'),
  ])
  const images = createImageState()
  for (const l of layerRows.values()) images.layers.set(l.chainId as Digest, { chainId: l.chainId as Digest, diffId: l.diffId as Digest, parent: l.parent as Digest | null, size: l.size, blob: l.blob })
  for (const row of imageRowsT.values()) {
    const bytes = await o.storage.readBlob(row.config)
    if (!bytes) continue
    const config = JSON.parse(new TextDecoder().decode(bytes)) as ImageConfig
    images.images.set(row.id as ImageId, { id: row.id as ImageId, config, layers: row.layers as Digest[], size: row.size, loadedAt: row.loadedAt, manifest: row.manifest })
  }
  for (const r of refRows.values()) if (images.images.has(r.image as ImageId)) images.references.set(r.ref, r.image as ImageId)
  const containers = new VersionedMap<ContainerId, ContainerRecord>()
  let resumable: { c: ContainerRecord; startedAt: number }[] = []
  for (const row of containerRows.values()) {
    const c = row as unknown as ContainerRecord
    // Processes do not survive a reload of the page, but to the learner the machine never went down: containers that
    // were running are started again when the daemon starts (their main process begins anew), keeping their start
    // time. Until then they read as exited (255), as dockerd finds containers whose process vanished.
    if (c.state.status === 'running' || c.state.status === 'paused') {
      resumable.push({ c, startedAt: c.state.startedAt })
      c.state = { ...c.state, status: 'exited', pid: 0, exitCode: 255, finishedAt: c.state.startedAt }
    }
    containers.set(c.id, c)
  }

  const trees = new Map<Digest, Promise<DirNode>>()
  const dirty = new Set<ContainerId>()
  let running = false
  let config: DaemonConfig = { registryMirrors: [] }

  const ctx: DaemonContext = {
    clock: o.clock, random: o.random, storage: o.storage, events, images, containers,
    processes: new Map(), waiters: new Map(),
    registry: createHubRegistry(o.loadCatalog),
    runtime: o.runtime,
    get config() { return config },
    layerTree(chainId) {
      let t = trees.get(chainId)
      if (!t) {
        const layer = images.layers.get(chainId)
        if (!layer) throw new EngineError('not_found', `layer does not exist: ${chainId}`)
        t = o.storage.readBlob(layer.blob).then((bytes) => {
          if (!bytes) throw new EngineError('system', `missing layer content: ${layer.blob}`)
          return import('../layer/layer-blob').then((m) => m.tarToTree(bytes))
        })
        trees.set(chainId, t)
      }
      return t
    },
    cacheLayerTree(chainId, tree) { trees.set(chainId, Promise.resolve(tree)) },
    async commit(change: StorageChange, evs: EngineEvent[] = []) {
      await o.storage.commit(change)
      for (const e of evs) events.emit(e)
    },
    touch(id) { dirty.add(id) },
  }

  /** While the daemon is stopped every API call fails like a closed socket. */
  function guarded<T extends object>(slice: T): T {
    const out = {} as Record<string, unknown>
    for (const [k, f] of Object.entries(slice)) {
      out[k] = (...args: unknown[]) => {
        if (!running) throw daemonUnreachable()
        return (f as (...a: unknown[]) => unknown)(...args)
      }
    }
    return out as T
  }

  return {
    ...guarded(createImageApi(ctx)),
    ...guarded(createContainerApi(ctx)),
    ...guarded(createNetworkApi(ctx)),
    events,
    version: ENGINE_VERSION,
    isRunning: () => running,
    start(cfg) {
      config = cfg
      running = true
      events.emit({ module: 'daemon', type: 'daemon.started' })
      const resume = resumable
      resumable = []
      void (async () => {
        for (const { c, startedAt } of resume) {
          if (!containers.has(c.id)) continue
          try { await startContainer(ctx, c); c.state.startedAt = startedAt; ctx.touch(c.id) } catch { /* its record says why */ }
        }
      })()
    },
    async stop() {
      // moby's Shutdown: each running container is stopped as `docker stop` would (its stop signal, then SIGKILL
      // after its stop timeout) without counting as stopped by hand, so restart policies bring it back later.
      running = false
      await shutdownContainers(ctx)
      events.emit({ module: 'daemon', type: 'daemon.stopped' })
    },
    config: () => config,
    async flush() {
      const ids = [...dirty].filter((id) => containers.has(id))
      dirty.clear()
      if (ids.length) await o.storage.commit({ put: ids.map((id) => ({ table: 'containers' as const, key: id, row: containers.get(id)! as unknown as ContainerRecord & Record<string, unknown> })) })
    },
  }
}

/** A daemon context with only what the image module needs, for the image module's tests: a memory storage, a
 *  virtual clock, a hub of small images made by hubImage(), and containers made by withContainer(). */
import { createVirtualClock } from '../clock'
import type { ContainerRecord } from '../container/container-record'
import type { Runtime } from '../container/runtime'
import type { DaemonContext } from '../daemon/daemon-context'
import { openEngine } from '../daemon/engine'
import { createEventBus, type EngineEvent } from '../events'
import type { ContainerId, Digest } from '../ids'
import { emptyDir, type DirNode } from '../layer/file-tree'
import { createSeededRandom } from '../random'
import { parseReference } from '../reference/reference'
import type { HubImage, SearchEntry } from '../registry/hub-image'
import { createHubRegistry } from '../registry/registry'
import { createMemoryStorage } from '../storage/memory-storage'
import type { Storage } from '../storage/storage'
import { createImageApi } from './image-api'
import { createImageState } from './image-store'

const LAYER_TIME = '2025-01-01T00:00:00Z'

/** An image whose layers are named: the same name makes the same bytes (so images can share layers). */
export function hubImage(name: string, tags: string[], layers: string[], o: { created?: string; cmd?: string[]; labels?: Record<string, string> } = {}): HubImage {
  return {
    repository: name.includes('/') ? name : `library/${name}`,
    tags,
    created: o.created ?? '2025-06-01T00:00:00Z',
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: o.cmd ?? ['sh'], ...(o.labels ? { Labels: o.labels } : {}) },
    steps: [
      ...layers.map((l) => ({ createdBy: `ADD ${l}.txt / # buildkit`, created: LAYER_TIME, comment: 'buildkit.dockerfile.v0', layer: { files: { [`${l}.txt`]: `${l}\n`, [`${l}.bin`]: { size: 1_000_000 } }, compressed: 1000 } })),
      { createdBy: `CMD ${JSON.stringify(o.cmd ?? ['sh'])}`, comment: 'buildkit.dockerfile.v0' },
    ],
  }
}

const realTick = () => new Promise<void>((r) => (globalThis as unknown as { setTimeout(f: () => void, ms: number): void }).setTimeout(r, 0))

/** Settles `p`, letting virtual time pass whenever it can only be waiting for it (the clock only moves when told). */
export async function drive<T>(clock: { runNext(): boolean }, p: Promise<T>): Promise<T> {
  let done = false
  const settled = p.then(() => { done = true }, () => { done = true })
  while (!done) {
    await realTick()
    if (!done) clock.runNext()
  }
  await settled
  return p
}

export async function givenImageDaemon(hub: HubImage[], o: { storage?: Storage; searchIndex?: SearchEntry[] } = {}) {
  const storage = o.storage ?? createMemoryStorage()
  const clock = createVirtualClock(Date.UTC(2026, 0, 1))
  const bus = createEventBus()
  const events: EngineEvent[] = []
  bus.subscribe((e) => events.push(e))
  const trees = new Map<Digest, DirNode>()
  const ctx = {
    clock, random: createSeededRandom(7), storage, events: bus, images: createImageState(),
    containers: new Map<ContainerId, ContainerRecord>(), processes: new Map(), waiters: new Map(),
    registry: createHubRegistry(async () => ({ hubImages: hub, searchIndex: o.searchIndex ?? [] })),
    runtime: {} as Runtime, config: { registryMirrors: [] },
    async layerTree(chainId: Digest) { return trees.get(chainId) ?? emptyDir() },
    cacheLayerTree(chainId: Digest, tree: DirNode) { trees.set(chainId, tree) },
    async commit(change: Parameters<Storage['commit']>[0], evs: EngineEvent[] = []) { await storage.commit(change); for (const e of evs) bus.emit(e) },
    touch() {},
  } as unknown as DaemonContext
  const api = createImageApi(ctx)
  let n = 0
  return {
    ctx, api, storage, events, clock,
    run: <T>(p: Promise<T>) => drive(clock, p),
    async pull(...names: string[]) {
      for (const name of names) await drive(clock, api.pull(parseReference(name)))
    },
    /** A container of `image` (a reference or ID), running unless said otherwise. */
    withContainer(image: string, status: ContainerRecord['state']['status'] = 'running'): ContainerRecord {
      const img = api.resolveImage(image)
      if (!img) throw new Error(`no image ${image}`)
      const id = `${(++n).toString(16).padStart(2, '0')}${'c'.repeat(62)}` as ContainerId
      const c = { id, name: `c${n}`, created: clock.now(), image: img.id, imageRef: image, state: { status, pid: 0, exitCode: 0, startedAt: 0, finishedAt: 0, error: '' }, rw: emptyDir() } as unknown as ContainerRecord
      ctx.containers.set(id, c)
      return c
    },
    /** The daemon as it would start again from the same storage. */
    async reopen() {
      return openEngine({ storage, clock, random: createSeededRandom(1), runtime: {} as Runtime, loadCatalog: async () => ({ hubImages: hub, searchIndex: [] }) })
    },
    rows: () => api.imageRows().map((r) => `${r.repository}:${r.tag}`),
  }
}

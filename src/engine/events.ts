/** Past-tense facts the engine reports after each commit, each naming the daemon module that acted. The docker CLI
 *  never reads these (it reads reports); the architecture diagram lights the module, the lesson runner re-checks
 *  goals. */
import type { ContainerId, Digest, ImageId } from './ids'

export type EngineModule = 'daemon' | 'distribution' | 'registry' | 'image' | 'reference' | 'layer' | 'graphdriver' | 'container'

export type EngineEvent =
  | { module: 'registry'; type: 'manifest.fetched'; ref: string; mirror?: string }
  | { module: 'distribution'; type: 'layer.downloaded'; digest: Digest; bytes: number; index: number; count: number; mirror?: string }
  | { module: 'layer'; type: 'layer.registered'; chainId: Digest; bytes: number }
  | { module: 'layer'; type: 'layer.released'; chainId: Digest }
  | { module: 'image'; type: 'image.stored'; image: ImageId }
  | { module: 'image'; type: 'image.deleted'; image: ImageId }
  | { module: 'reference'; type: 'tag.added'; ref: string; image: ImageId }
  | { module: 'reference'; type: 'tag.removed'; ref: string; image: ImageId }
  | { module: 'graphdriver'; type: 'rw.mounted'; id: ContainerId; layers: number }
  /** A write to a file of an image layer copied it into the container's RW layer first (overlay2's copy-up). */
  | { module: 'graphdriver'; type: 'file.copied-up'; id: ContainerId; path: string }
  | { module: 'container'; type: 'container.created'; id: ContainerId; name: string }
  | { module: 'container'; type: 'container.started'; id: ContainerId }
  | { module: 'container'; type: 'container.exited'; id: ContainerId; exitCode: number }
  | { module: 'container'; type: 'container.removed'; id: ContainerId }
  | { module: 'container'; type: 'container.paused' | 'container.unpaused'; id: ContainerId }
  | { module: 'container'; type: 'container.renamed'; id: ContainerId; name: string }
  | { module: 'daemon'; type: 'daemon.started' | 'daemon.stopped' }

export interface EventBus {
  emit(e: EngineEvent): void
  subscribe(listener: (e: EngineEvent) => void): () => void
}

export function createEventBus(): EventBus {
  const listeners = new Set<(e: EngineEvent) => void>()
  return {
    emit(e) { for (const l of [...listeners]) l(e) },
    subscribe(l) { listeners.add(l); return () => listeners.delete(l) },
  }
}

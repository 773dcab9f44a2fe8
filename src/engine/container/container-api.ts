/** The container half of the Engine API (what dockerd serves under /containers): create, start, wait, list,
 *  signal. Every method runs only while the daemon runs (engine.ts guards them). */
import { EngineError } from '../engine-error'
import type { DaemonContext } from '../daemon/daemon-context'
import type { ContainerId } from '../ids'
import type { ContainerRecord } from './container-record'
import type { ContainerStdio, RuntimeProcess } from './runtime'
import { createContainer, startContainer, waitContainer, type CreateOptions } from './container-lifecycle'

export interface ContainerApi {
  createContainer(options: CreateOptions): Promise<ContainerRecord>
  startContainer(id: ContainerId, attach?: Partial<ContainerStdio>): Promise<void>
  waitContainer(id: ContainerId): Promise<number>
  /** Containers newest first. */
  containers(): ContainerRecord[]
  /** By exact name, full ID, or unique ID prefix. */
  resolveContainer(nameOrId: string): ContainerRecord | undefined
  /** Sends a signal to a running container's main process (docker kill, and the CLI's signal proxy). */
  signalContainer(id: ContainerId, signal: Parameters<RuntimeProcess['kill']>[0]): void
}

export function createContainerApi(ctx: DaemonContext): ContainerApi {
  const container = (id: ContainerId) => {
    const c = ctx.containers.get(id)
    if (!c) throw new EngineError('not_found', `No such container: ${id}`)
    return c
  }
  return {
    createContainer: (options) => createContainer(ctx, options),
    startContainer: (id, attach) => startContainer(ctx, container(id), attach),
    waitContainer: (id) => waitContainer(ctx, container(id)),
    containers: () => [...ctx.containers.values()].sort((a, b) => b.created - a.created),
    resolveContainer(s) {
      for (const c of ctx.containers.values()) if (c.name === s || c.id === s) return c
      const matches = [...ctx.containers.values()].filter((c) => c.id.startsWith(s))
      return matches.length === 1 ? matches[0] : undefined
    },
    signalContainer(id, sig) { ctx.processes.get(id)?.kill(sig) },
  }
}

/** The local volume driver in miniature: named and anonymous volumes, each a file tree that containers mount.
 *  Volumes outlive containers; anonymous ones (image VOLUMEs, `-v /path`) are removed with `docker rm -v` and
 *  `--rm`. Each volume is a `meta` row `volume/<name>`, written when it is made, and again whenever a container
 *  using it stops. A volume lives at /var/lib/docker/volumes/<name>/_data, as inspect shows. */
import type { DaemonContext } from '../daemon/daemon-context'
import { emptyDir } from '../layer/file-tree'
import { randomHex } from '../random'
import { EngineError } from '../engine-error'
import { moduleState, type Volume } from './container-state'

const KEY = 'volume/'
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/

export const volumePath = (name: string): string => `/var/lib/docker/volumes/${name}/_data`

export function loadVolumes(ctx: DaemonContext): Promise<void> {
  const s = moduleState(ctx)
  s.volumesLoaded ??= ctx.storage.readTable('meta').then((rows) => {
    for (const [key, row] of rows) {
      if (!key.startsWith(KEY)) continue
      const v = row.value as Volume
      if (!s.volumes.has(v.name)) s.volumes.set(v.name, v)
    }
  })
  return s.volumesLoaded
}

export async function saveVolume(ctx: DaemonContext, v: Volume): Promise<void> {
  await ctx.commit({ put: [{ table: 'meta', key: KEY + v.name, row: { key: KEY + v.name, value: v } }] })
}

/** The named volume, made when it does not exist yet (what `-v data:/x` does); a fresh anonymous one without a name. */
export async function ensureVolume(ctx: DaemonContext, name: string | undefined): Promise<Volume> {
  await loadVolumes(ctx)
  const s = moduleState(ctx)
  if (name !== undefined) {
    const existing = s.volumes.get(name)
    if (existing) return existing
    if (!NAME.test(name)) {
      throw new EngineError('invalid_argument', `create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`)
    }
  }
  const v: Volume = { name: name ?? randomHex(ctx.random, 64), created: ctx.clock.now(), anonymous: name === undefined, tree: emptyDir(ctx.clock.now()) }
  s.volumes.set(v.name, v)
  await saveVolume(ctx, v)
  return v
}

export async function removeVolume(ctx: DaemonContext, name: string): Promise<void> {
  const s = moduleState(ctx)
  if (!s.volumes.delete(name)) return
  await ctx.commit({ delete: [{ table: 'meta', key: KEY + name }] })
}

export async function listVolumes(ctx: DaemonContext): Promise<Volume[]> {
  await loadVolumes(ctx)
  return [...moduleState(ctx).volumes.values()]
}

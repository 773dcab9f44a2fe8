/** docker create, the daemon side (POST /containers/create): validate the name, merge the image's config with the
 *  request (env by key, --entrypoint dropping the image's CMD), plan the mounts (named and anonymous volumes, binds,
 *  image VOLUMEs) and store the record. Nothing runs yet: the container is `Created`. */
import { EngineError } from '../engine-error'
import { makeContainerId, shortId, type ContainerId, type ImageId } from '../ids'
import { randomHex } from '../random'
import { emptyDir, pathParts, joinParts } from '../layer/file-tree'
import type { DaemonContext } from '../daemon/daemon-context'
import { mergeEnv, type ContainerRecord, type MountPoint, type PortMap, type RestartPolicyName } from './container-record'
import { generateName } from './names'
import { ensureVolume, volumePath } from './volumes'

export interface CreateOptions {
  image: ImageId
  imageRef: string
  name?: string
  cmd?: string[]
  entrypoint?: string[] | null
  env?: string[]
  workingDir?: string
  user?: string
  hostname?: string
  domainname?: string
  tty?: boolean
  openStdin?: boolean
  attachStdin?: boolean
  attachStdout?: boolean
  attachStderr?: boolean
  stdinOnce?: boolean
  autoRemove?: boolean
  portBindings?: PortMap
  publishAllPorts?: boolean
  /** Ports exposed by the request (--expose, and the container side of -p). */
  exposedPorts?: string[]
  restart?: RestartPolicyName | { name: RestartPolicyName; maximumRetryCount: number }
  /** `-v` specs with a colon: `name:/path[:ro]`, `/host:/path[:ro]`. */
  binds?: string[]
  /** `-v /path`: anonymous volumes. */
  volumes?: string[]
  labels?: Record<string, string>
  stopSignal?: string
  stopTimeout?: number
  consoleSize?: [number, number]
}

const NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/

function newId(ctx: DaemonContext): ContainerId {
  for (;;) {
    const hex = randomHex(ctx.random, 64)
    if (!/^\d{12}$/.test(hex.slice(0, 12)) && !ctx.containers.has(hex as ContainerId)) return makeContainerId(hex)
  }
}

export function nameInUse(ctx: DaemonContext, name: string): ContainerRecord | undefined {
  for (const c of ctx.containers.values()) if (c.name === name) return c
  return undefined
}

export const nameConflict = (name: string, holder: ContainerRecord) =>
  `Conflict. The container name "/${name}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`

function pickName(ctx: DaemonContext, id: ContainerId): string {
  for (let retry = 0; retry < 6; retry++) {
    const n = generateName(ctx.random, retry)
    if (!nameInUse(ctx, n)) return n
  }
  return shortId(id)
}

export function validateName(name: string): void {
  if (!NAME.test(name)) {
    throw new EngineError('invalid_argument', `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`)
  }
}

interface BindSpec { source: string; destination: string; mode: string; rw: boolean }

/** A `-v` bind string as moby's parser splits it: SOURCE:DEST[:MODE]. */
function parseBind(spec: string): BindSpec {
  const parts = spec.split(':')
  if (parts.length < 2 || parts.length > 3 || parts[0] === '' || parts[1] === '') throw new EngineError('invalid_argument', `invalid volume specification: '${spec}'`)
  const [source, destination, mode = ''] = parts
  if (!destination.startsWith('/')) {
    const type = source.startsWith('/') ? 'bind' : 'volume'
    throw new EngineError('invalid_argument', `invalid volume specification: '${spec}': invalid mount config for type "${type}": invalid mount path: '${destination}' mount path must be absolute`)
  }
  const modes = mode ? mode.split(',') : []
  if (modes.some((m) => !['ro', 'rw', 'z', 'Z', 'nocopy', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'].includes(m))) {
    throw new EngineError('invalid_argument', `invalid mode: ${mode}`)
  }
  return { source, destination: joinParts(pathParts(destination)), mode, rw: !modes.includes('ro') }
}

export async function createContainer(ctx: DaemonContext, o: CreateOptions): Promise<ContainerRecord> {
  const image = ctx.images.images.get(o.image)
  if (!image) throw new EngineError('not_found', `No such image: ${o.imageRef}`)
  if (o.name !== undefined) validateName(o.name)
  const ic = image.config.config
  const entrypoint = o.entrypoint !== undefined ? o.entrypoint : (ic.Entrypoint ?? null)
  // An --entrypoint drops the image's CMD; arguments after the image replace it.
  const cmd = o.cmd && o.cmd.length ? o.cmd : o.entrypoint !== undefined ? null : (ic.Cmd ?? null)
  const argv = [...(entrypoint ?? []), ...(cmd ?? [])]
  if (argv.length === 0) throw new EngineError('invalid_argument', 'no command specified')
  const binds = (o.binds ?? []).map(parseBind)

  const id = newId(ctx)
  const name = o.name?.replace(/^\//, '') ?? pickName(ctx, id)
  const taken = nameInUse(ctx, name)
  if (taken) throw new EngineError('conflict', nameConflict(name, taken))

  const mounts: MountPoint[] = []
  for (const b of binds) {
    if (b.source.startsWith('/')) {
      mounts.push({ type: 'bind', source: joinParts(pathParts(b.source)), destination: b.destination, rw: b.rw, mode: b.mode })
    } else {
      const v = await ensureVolume(ctx, b.source)
      mounts.push({ type: 'volume', name: v.name, source: volumePath(v.name), destination: b.destination, rw: b.rw, mode: b.mode || 'z' })
    }
  }
  const volumes = [...Object.keys(ic.Volumes ?? {}), ...(o.volumes ?? [])]
  for (const path of volumes) {
    const destination = joinParts(pathParts(path))
    if (mounts.some((m) => m.destination === destination)) continue
    const v = await ensureVolume(ctx, undefined)
    mounts.push({ type: 'volume', name: v.name, source: volumePath(v.name), destination, rw: true, mode: '', anonymous: true })
  }
  mounts.sort((a, b) => (a.destination < b.destination ? -1 : 1))

  const restart = typeof o.restart === 'string' ? { name: o.restart, maximumRetryCount: 0 } : (o.restart ?? { name: 'no' as const, maximumRetryCount: 0 })
  const exposed = [...new Set([...Object.keys(ic.ExposedPorts ?? {}), ...(o.exposedPorts ?? []), ...Object.keys(o.portBindings ?? {})])]
  const record: ContainerRecord = {
    id, name, created: ctx.clock.now(), image: image.id, imageRef: o.imageRef,
    path: argv[0], args: argv.slice(1),
    config: {
      hostname: o.hostname ?? shortId(id), domainname: o.domainname ?? '', user: o.user ?? ic.User ?? '',
      env: mergeEnv(ic.Env ?? [], o.env ?? []),
      cmd, entrypoint, workingDir: o.workingDir ?? ic.WorkingDir ?? '', tty: o.tty ?? false, openStdin: o.openStdin ?? false,
      attachStdin: o.attachStdin ?? false, attachStdout: o.attachStdout ?? false, attachStderr: o.attachStderr ?? false,
      stdinOnce: o.stdinOnce ?? false,
      exposedPorts: exposed.sort((a, b) => parseInt(a) - parseInt(b)),
      labels: { ...(ic.Labels ?? {}), ...(o.labels ?? {}) },
      stopSignal: o.stopSignal ?? ic.StopSignal, stopTimeout: o.stopTimeout,
      volumes: volumes.length ? [...new Set(volumes)] : undefined,
    },
    hostConfig: {
      autoRemove: o.autoRemove ?? false, portBindings: o.portBindings ?? {}, binds: o.binds ?? [],
      restartPolicy: restart, publishAllPorts: o.publishAllPorts ?? false, consoleSize: o.consoleSize,
    },
    state: { status: 'created', pid: 0, exitCode: 0, startedAt: 0, finishedAt: 0, error: '' },
    restartCount: 0,
    mounts,
    layerId: randomHex(ctx.random, 64),
    rw: emptyDir(ctx.clock.now()),
    logs: [],
  }
  ctx.containers.set(id, record)
  await ctx.commit({ put: [{ table: 'containers', key: id, row: record as unknown as ContainerRecord & Record<string, unknown> }] }, [
    { module: 'container', type: 'container.created', id, name },
  ])
  return record
}

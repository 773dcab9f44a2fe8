/** Creating, starting and reaping containers. A container's rootfs is mounted by the graphdriver as the image's
 *  layers under the container's own RW tree; its main process is the runtime's; when that process exits the
 *  container exits with its status (and is removed if it was run with --rm). */
import { EngineError } from '../engine-error'
import { makeContainerId, shortId, type ContainerId, type ImageId } from '../ids'
import { randomHex } from '../random'
import { emptyDir } from '../layer/file-tree'
import { createUnionFs, type UnionFs } from '../graphdriver/union-fs'
import type { DaemonContext } from '../daemon/daemon-context'
import type { ContainerRecord, PortBinding } from './container-record'
import { startFailureMessage, type ContainerStdio } from './runtime'
import { generateName } from './names'

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
  tty?: boolean
  openStdin?: boolean
  autoRemove?: boolean
  portBindings?: Record<string, PortBinding[]>
  restart?: ContainerRecord['hostConfig']['restartPolicy']['name']
}

const NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/

function newId(ctx: DaemonContext): ContainerId {
  for (;;) {
    const hex = randomHex(ctx.random, 64)
    if (!/^\d{12}$/.test(hex.slice(0, 12)) && !ctx.containers.has(hex as ContainerId)) return makeContainerId(hex)
  }
}

function nameInUse(ctx: DaemonContext, name: string): ContainerRecord | undefined {
  for (const c of ctx.containers.values()) if (c.name === name) return c
  return undefined
}

function pickName(ctx: DaemonContext, id: ContainerId): string {
  for (let retry = 0; retry < 6; retry++) {
    const n = generateName(ctx.random, retry)
    if (!nameInUse(ctx, n)) return n
  }
  return shortId(id)
}

export async function createContainer(ctx: DaemonContext, o: CreateOptions): Promise<ContainerRecord> {
  const image = ctx.images.images.get(o.image)
  if (!image) throw new EngineError('not_found', `No such image: ${o.imageRef}`)
  if (o.name !== undefined && !NAME.test(o.name)) {
    throw new EngineError('invalid_argument', `Invalid container name (${o.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`)
  }
  const id = newId(ctx)
  const name = o.name?.replace(/^\//, '') ?? pickName(ctx, id)
  const taken = nameInUse(ctx, name)
  if (taken) {
    throw new EngineError('conflict', `Conflict. The container name "/${name}" is already in use by container "${taken.id}". You have to remove (or rename) that container to be able to reuse that name.`)
  }
  const ic = image.config.config
  const entrypoint = o.entrypoint !== undefined ? o.entrypoint : (ic.Entrypoint ?? null)
  // An --entrypoint drops the image's CMD; arguments after the image replace it.
  const cmd = o.cmd && o.cmd.length ? o.cmd : o.entrypoint !== undefined ? null : (ic.Cmd ?? null)
  const argv = [...(entrypoint ?? []), ...(cmd ?? [])]
  const record: ContainerRecord = {
    id, name, created: ctx.clock.now(), image: image.id, imageRef: o.imageRef,
    path: argv[0] ?? '', args: argv.slice(1),
    config: {
      hostname: o.hostname ?? shortId(id), user: o.user ?? ic.User ?? '', env: [...(ic.Env ?? []), ...(o.env ?? [])],
      cmd, entrypoint, workingDir: o.workingDir ?? ic.WorkingDir ?? '', tty: o.tty ?? false, openStdin: o.openStdin ?? false,
      exposedPorts: Object.keys(ic.ExposedPorts ?? {}), labels: { ...(ic.Labels ?? {}) }, stopSignal: ic.StopSignal,
    },
    hostConfig: {
      autoRemove: o.autoRemove ?? false, portBindings: o.portBindings ?? {}, binds: [],
      restartPolicy: { name: o.restart ?? 'no', maximumRetryCount: 0 },
    },
    state: { status: 'created', pid: 0, exitCode: 0, startedAt: 0, finishedAt: 0, error: '' },
    restartCount: 0,
    rw: emptyDir(ctx.clock.now()),
    logs: [],
  }
  if (argv.length === 0) throw new EngineError('invalid_argument', 'no command specified')
  ctx.containers.set(id, record)
  await ctx.commit({ put: [{ table: 'containers', key: id, row: record as unknown as ContainerRecord & Record<string, unknown> }] }, [
    { module: 'container', type: 'container.created', id, name },
  ])
  return record
}

/** The container's merged filesystem: image layers (bottom first) under its RW tree. */
export async function mountRootfs(ctx: DaemonContext, c: ContainerRecord): Promise<UnionFs> {
  const image = ctx.images.images.get(c.image)
  if (!image) throw new EngineError('not_found', `No such image: ${c.image}`)
  const lowers = await Promise.all(image.layers.map((l) => ctx.layerTree(l)))
  return createUnionFs(lowers, c.rw, () => ctx.clock.now(), () => ctx.touch(c.id))
}

const logSink = (ctx: DaemonContext, c: ContainerRecord, stream: 'stdout' | 'stderr', attached?: { write(d: string | Uint8Array): void }) => ({
  write(data: string | Uint8Array) {
    const text = typeof data === 'string' ? data : new TextDecoder().decode(data)
    c.logs.push({ t: ctx.clock.now(), stream, data: text })
    if (c.logs.length > 5000) c.logs.splice(0, c.logs.length - 5000)
    ctx.touch(c.id)
    attached?.write(data)
  },
})

/** Starts the main process. Resolves once it is running; `exited` on the record's process tells when it ends. */
export async function startContainer(ctx: DaemonContext, c: ContainerRecord, attach?: Partial<ContainerStdio>): Promise<void> {
  if (c.state.status === 'running' || c.state.status === 'paused') return
  const rootfs = await mountRootfs(ctx, c)
  ctx.events.emit({ module: 'graphdriver', type: 'rw.mounted', id: c.id, layers: ctx.images.images.get(c.image)!.layers.length + 1 })
  const env = [...c.config.env]
  if (!env.some((e) => e.startsWith('HOSTNAME='))) env.splice(env.findIndex((e) => e.startsWith('PATH=')) + 1, 0, `HOSTNAME=${c.config.hostname}`)
  if (c.config.tty) env.push('TERM=xterm')
  if (!env.some((e) => e.startsWith('HOME='))) env.push('HOME=/root')
  const spec = { containerId: c.id, hostname: c.config.hostname, rootfs, argv: [c.path, ...c.args], env, cwd: c.config.workingDir || '/', user: c.config.user, tty: c.config.tty }
  const failure = ctx.runtime.check(spec)
  if (failure) {
    c.state.exitCode = failure.reason === 'permission_denied' || failure.reason === 'is_directory' ? 126 : 127
    c.state.error = startFailureMessage(failure, 'create')
    ctx.touch(c.id)
    await flushContainer(ctx, c)
    throw new EngineError(c.state.exitCode === 126 ? 'permission_denied' : 'exec_not_found', c.state.error)
  }
  const proc = ctx.runtime.start(spec, {
    stdin: attach?.stdin ?? null,
    stdout: logSink(ctx, c, 'stdout', attach?.stdout),
    stderr: logSink(ctx, c, c.config.tty ? 'stdout' : 'stderr', attach?.stderr),
    terminal: attach?.terminal,
  })
  ctx.processes.set(c.id, proc)
  c.state = { status: 'running', pid: proc.pid, exitCode: 0, startedAt: ctx.clock.now(), finishedAt: 0, error: '' }
  await flushContainer(ctx, c, [{ module: 'container', type: 'container.started', id: c.id }])
  void proc.exited.then(async (code) => {
    ctx.processes.delete(c.id)
    c.state = { ...c.state, status: 'exited', pid: 0, exitCode: code, finishedAt: ctx.clock.now() }
    if (c.hostConfig.autoRemove) {
      ctx.containers.delete(c.id)
      await ctx.commit({ delete: [{ table: 'containers', key: c.id }] }, [
        { module: 'container', type: 'container.exited', id: c.id, exitCode: code },
        { module: 'container', type: 'container.removed', id: c.id },
      ])
    } else {
      await flushContainer(ctx, c, [{ module: 'container', type: 'container.exited', id: c.id, exitCode: code }])
    }
    for (const w of ctx.waiters.get(c.id) ?? []) w(code)
    ctx.waiters.delete(c.id)
  })
}

/** Resolves with the exit status once the container's main process has ended (at once if it is not running). */
export function waitContainer(ctx: DaemonContext, c: ContainerRecord): Promise<number> {
  if (!ctx.processes.has(c.id)) return Promise.resolve(c.state.exitCode)
  return new Promise((resolve) => ctx.waiters.set(c.id, [...(ctx.waiters.get(c.id) ?? []), resolve]))
}

export function flushContainer(ctx: DaemonContext, c: ContainerRecord, events: Parameters<DaemonContext['commit']>[1] = []): Promise<void> {
  return ctx.commit({ put: [{ table: 'containers', key: c.id, row: c as unknown as ContainerRecord & Record<string, unknown> }] }, events)
}

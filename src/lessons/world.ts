/** What goal checks may read: a snapshot of the host and the daemon, taken when the runner evaluates. Checks are pure
 *  functions of a World, so tests build worlds by hand (given-world.test-helper.ts) and the runner builds them from
 *  a Machine (worldOf). Invariant: while the daemon is stopped, images and containers are empty and mirrors too —
 *  the learner cannot see them either (every API call fails like a closed socket). */
import type { ContainerStatus } from '../engine/container/container-record'
import type { Machine, UnitState } from '../os/machine'

export interface WorldImage {
  id: string
  /** Familiar references with tag, e.g. "alpine:latest", "nginx:1.28", "myalpine:v1". */
  refs: string[]
}

export interface WorldContainer {
  id: string
  name: string
  /** The image as the user named it when creating the container ("nginx", "alpine:3.21", an ID…). */
  imageRef: string
  /** The image ID the container was created from. */
  imageId: string
  status: ContainerStatus
  exitCode: number
  /** Published ports as "hostIp:hostPort->containerPort/proto" with hostIp possibly empty: ":8080->80/tcp". */
  publishes: string[]
}

export interface WorldFile {
  size: number
  text(): string
}

/** One finished host command and its exit status. */
export interface CommandRecord {
  line: string
  status: number
}

export interface World {
  dockerInstalled: boolean
  daemonRunning: boolean
  units: Readonly<Record<string, UnitState>>
  registryMirrors: readonly string[]
  images: readonly WorldImage[]
  containers: readonly WorldContainer[]
  /** A regular file (symlinks followed), or undefined if there is none at that path. */
  file(path: string): WorldFile | undefined
  /** Host shell lines, oldest first, as the shell records them (before the command runs). */
  history: readonly string[]
  /** Finished host commands with their status, if the machine keeps such a log (see CommandLogOwner). */
  commandLog?: readonly CommandRecord[]
}

/** The addition to Machine that commandSucceeded needs: the host shell appends each finished command. */
export interface CommandLogOwner {
  commandLog: CommandRecord[]
}

export function worldOf(machine: Machine): World {
  const { engine, fs } = machine
  const running = engine.isRunning()
  const byId = new Map<string, WorldImage>()
  if (running) {
    for (const row of engine.imageRows()) {
      const image = byId.get(row.id) ?? { id: row.id, refs: [] }
      byId.set(row.id, image)
      if (row.repository !== '<none>' && row.tag !== '<none>') image.refs.push(`${row.repository}:${row.tag}`)
    }
  }
  const containers: WorldContainer[] = running
    ? engine.containers().map((c) => ({
      id: c.id, name: c.name, imageRef: c.imageRef, imageId: c.image, status: c.state.status, exitCode: c.state.exitCode,
      publishes: Object.entries(c.hostConfig.portBindings).flatMap(([port, bindings]) =>
        bindings.map((b) => `${b.hostIp}:${b.hostPort}->${port}`)),
    }))
    : []
  const log = (machine as Machine & Partial<CommandLogOwner>).commandLog
  return {
    dockerInstalled: fs.stat('/usr/bin/docker')?.type === 'file',
    daemonRunning: running,
    units: machine.units,
    registryMirrors: running ? engine.config().registryMirrors : [],
    images: [...byId.values()],
    containers,
    file(path) {
      const st = fs.stat(path)
      if (st?.type !== 'file') return undefined
      return { size: st.size, text: () => fs.readText(path) }
    },
    history: machine.history,
    ...(log ? { commandLog: log } : {}),
  }
}

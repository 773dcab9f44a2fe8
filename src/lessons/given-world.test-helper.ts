/** Worlds built by hand for the lesson runtime's unit tests: say only what matters to the test. By default Docker
 *  is installed and running, with no images, containers, files or history. */
import type { ContainerStatus } from '../engine/container/container-record'
import type { UnitState } from '../os/machine'
import type { CommandRecord, World, WorldContainer, WorldImage } from './world'

export interface WorldSpec {
  installed?: boolean
  running?: boolean
  units?: Record<string, UnitState>
  mirrors?: string[]
  /** "alpine:latest" (an image with one tag) or an image with several tags. */
  images?: (string | { id: string; refs: string[] })[]
  containers?: { name?: string; image?: string; imageId?: string; status?: ContainerStatus; exitCode?: number; publishes?: string[] }[]
  files?: Record<string, string>
  history?: string[]
  commandLog?: CommandRecord[]
}

export function givenWorld(s: WorldSpec = {}): World & { history: string[] } {
  const images: WorldImage[] = (s.images ?? []).map((i) => (typeof i === 'string' ? { id: `sha256:${i}`, refs: [i] } : i))
  const containers: WorldContainer[] = (s.containers ?? []).map((c, n) => {
    const imageRef = c.image ?? 'alpine'
    const tagged = imageRef.includes(':') ? imageRef : `${imageRef}:latest`
    return {
      id: `${n}`.padStart(64, 'c'), name: c.name ?? `container_${n}`, imageRef,
      imageId: c.imageId ?? images.find((i) => i.refs.includes(tagged))?.id ?? 'sha256:unknown',
      status: c.status ?? 'running', exitCode: c.exitCode ?? 0, publishes: c.publishes ?? [],
    }
  })
  const files = s.files ?? {}
  return {
    dockerInstalled: s.installed ?? true,
    daemonRunning: s.running ?? true,
    units: s.units ?? { docker: { enabled: true, active: s.running ?? true } },
    registryMirrors: s.mirrors ?? [],
    images,
    containers,
    file: (path) => (path in files ? { size: new TextEncoder().encode(files[path]).length, text: () => files[path] } : undefined),
    history: s.history ?? [],
    ...(s.commandLog ? { commandLog: s.commandLog } : {}),
  }
}

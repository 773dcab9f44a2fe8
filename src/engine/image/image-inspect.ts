/** docker image inspect, the daemon side: the body of GET /images/{name}/json at API 1.50, as Go marshals
 *  image.InspectResponse — field order Id, RepoTags, RepoDigests, Parent, Comment, Created, DockerVersion, Author,
 *  Config, Architecture, Os, Size, GraphDriver{Data, Name}, RootFS{Type, Layers}, Metadata{LastTagTime}.
 *  Since API 1.45 Container/ContainerConfig are gone and since 1.50 Config is the OCI image config (every field
 *  omitted when empty). Comment falls back to the last history entry's, as moby does. */
import type { DaemonContext } from '../daemon/daemon-context'
import type { ImageConfigSpec } from '../registry/hub-image'
import { getImage } from './get-image'
import { goJson, goTime, sortedKeys, ZERO_TIME } from './go-json'
import { imageMeta } from './image-meta'
import { isDigestReference, sortedReferences, type ImageRecord } from './image-store'
import { imageGraphDriverData } from './overlay-paths'

type AnyConfig = ImageConfigSpec & { ArgsEscaped?: boolean; Healthcheck?: unknown; OnBuild?: string[] | null; Shell?: string[] | null }

const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '' && v !== false &&
  !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0)

/** dockerspec.DockerOCIImageConfig from the image's container config: OCI fields, then Docker's extensions. */
export function ociImageConfig(c: AnyConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const fields: [string, unknown][] = [
    ['User', c.User], ['ExposedPorts', c.ExposedPorts && sortedKeys(c.ExposedPorts)], ['Env', c.Env],
    ['Entrypoint', c.Entrypoint], ['Cmd', c.Cmd], ['Volumes', c.Volumes && sortedKeys(c.Volumes)],
    ['WorkingDir', c.WorkingDir], ['Labels', c.Labels && sortedKeys(c.Labels)], ['StopSignal', c.StopSignal],
    ['ArgsEscaped', c.ArgsEscaped], ['Healthcheck', c.Healthcheck], ['OnBuild', c.OnBuild], ['Shell', c.Shell],
  ]
  for (const [k, v] of fields) if (present(v)) out[k] = v
  return out
}

export function imageInspectObject(ctx: DaemonContext, img: ImageRecord, lastTagTime: string | undefined): Record<string, unknown> {
  const refs = sortedReferences(ctx.images, img.id)
  const c = img.config
  const history = c.history ?? []
  const created = c.created ? goTime(c.created) : ''
  const extra = c as unknown as { comment?: string; docker_version?: string; author?: string; variant?: string }
  return {
    Id: img.id,
    RepoTags: refs.filter((r) => !isDigestReference(r)),
    RepoDigests: refs.filter(isDigestReference),
    Parent: '',
    Comment: extra.comment || (history.length ? history[history.length - 1].comment ?? '' : ''),
    ...(created ? { Created: created } : {}),
    DockerVersion: extra.docker_version ?? '',
    Author: extra.author ?? '',
    Config: ociImageConfig((c.config ?? {}) as AnyConfig),
    Architecture: c.architecture ?? '',
    ...(extra.variant ? { Variant: extra.variant } : {}),
    Os: c.os ?? '',
    Size: img.size,
    GraphDriver: { Data: imageGraphDriverData(img.layers), Name: 'overlay2' },
    RootFS: { Type: c.rootfs?.type ?? 'layers', ...(c.rootfs?.diff_ids?.length ? { Layers: c.rootfs.diff_ids } : {}) },
    Metadata: { LastTagTime: lastTagTime ?? ZERO_TIME },
  }
}

/** The raw JSON body, or the daemon's "No such image" error. */
export async function inspectImage(ctx: DaemonContext, name: string): Promise<string> {
  const img = getImage(ctx.images, name)
  const meta = await imageMeta(ctx)
  return goJson(imageInspectObject(ctx, img, meta.lastTagTime.get(img.id)))
}

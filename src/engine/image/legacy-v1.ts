/** The legacy (pre-1.10) per-layer image JSON that `docker save` still writes into blobs/ (moby's V1Image and
 *  v1.CreateID): one document per layer, each with a v1 ID derived from its content, its layer's chain ID and its
 *  parent's v1 ID. Only the top layer carries the image's config; lower ones are created at the epoch.
 *  Go field order: id, parent, comment, created, container, container_config, docker_version, author, config,
 *  architecture, variant, os. container_config (a struct, never omitted) is written in full even when empty. */
import { digestOf } from '../digest'
import type { Digest } from '../ids'
import { goJson, goTime, sortedKeys } from './go-json'

type Config = Record<string, unknown>

/** api/types/container.Config as Go marshals it: every field, in struct order, `omitempty` ones only when set. */
export function containerConfigJson(c: Config = {}): Record<string, unknown> {
  const map = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? sortedKeys(v as Record<string, unknown>) : null)
  const set = (v: unknown) => v !== undefined && v !== null && v !== '' && v !== false && !(Array.isArray(v) && !v.length) && !(typeof v === 'object' && !Array.isArray(v) && !Object.keys(v as object).length)
  const out: Record<string, unknown> = {
    Hostname: c.Hostname ?? '', Domainname: c.Domainname ?? '', User: c.User ?? '',
    AttachStdin: c.AttachStdin ?? false, AttachStdout: c.AttachStdout ?? false, AttachStderr: c.AttachStderr ?? false,
  }
  if (set(c.ExposedPorts)) out.ExposedPorts = map(c.ExposedPorts)
  Object.assign(out, { Tty: c.Tty ?? false, OpenStdin: c.OpenStdin ?? false, StdinOnce: c.StdinOnce ?? false, Env: c.Env ?? null, Cmd: c.Cmd ?? null })
  if (set(c.Healthcheck)) out.Healthcheck = c.Healthcheck
  if (set(c.ArgsEscaped)) out.ArgsEscaped = c.ArgsEscaped
  Object.assign(out, { Image: c.Image ?? '', Volumes: map(c.Volumes), WorkingDir: c.WorkingDir ?? '', Entrypoint: c.Entrypoint ?? null })
  if (set(c.NetworkDisabled)) out.NetworkDisabled = c.NetworkDisabled
  if (set(c.MacAddress)) out.MacAddress = c.MacAddress
  Object.assign(out, { OnBuild: c.OnBuild ?? null, Labels: map(c.Labels) })
  if (set(c.StopSignal)) out.StopSignal = c.StopSignal
  if (c.StopTimeout !== undefined && c.StopTimeout !== null) out.StopTimeout = c.StopTimeout
  if (set(c.Shell)) out.Shell = c.Shell
  return out
}

export interface V1Image {
  id?: string
  parent?: string
  comment?: string
  created: string
  container?: string
  container_config?: Config
  docker_version?: string
  author?: string
  config?: Config
  architecture?: string
  variant?: string
  os?: string
}

/** The V1Image fields of an image config document (what Go unmarshals into image.V1Image). */
export function v1ImageOf(config: Record<string, unknown>): V1Image {
  const pick = <T>(k: string) => config[k] as T | undefined
  return {
    comment: pick('comment'), created: pick<string>('created') ?? '0001-01-01T00:00:00Z', container: pick('container'),
    container_config: pick('container_config'), docker_version: pick('docker_version'), author: pick('author'),
    config: pick('config'), architecture: pick('architecture'), variant: pick('variant'), os: pick('os'),
  }
}

/** json.Marshal(V1Image) as an ordered object. */
export function v1Object(v: V1Image): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (v.id) out.id = v.id
  if (v.parent) out.parent = v.parent
  if (v.comment) out.comment = v.comment
  out.created = goTime(v.created)
  if (v.container) out.container = v.container
  out.container_config = containerConfigJson(v.container_config)
  if (v.docker_version) out.docker_version = v.docker_version
  if (v.author) out.author = v.author
  if (v.config) out.config = containerConfigJson(v.config)
  if (v.architecture) out.architecture = v.architecture
  if (v.variant) out.variant = v.variant
  if (v.os) out.os = v.os
  return out
}

/** v1.CreateID: sha256 of the V1Image without its ID, plus layer_id and parent, keys sorted. */
export function createV1Id(v: V1Image, chainId: Digest, parent: Digest | undefined): Digest {
  const o = v1Object({ ...v, id: undefined })
  o.layer_id = chainId
  if (parent) o.parent = parent
  return digestOf(goJson(sortedKeys(o)))
}

/** The legacy documents for an image's layers, bottom first: [v1 ID, JSON bytes]. */
export function legacyLayerConfigs(config: Record<string, unknown>, chainIds: readonly Digest[]): { id: Digest; json: string }[] {
  const out: { id: Digest; json: string }[] = []
  let parent: Digest | undefined
  chainIds.forEach((chainId, i) => {
    const top = i === chainIds.length - 1
    const v: V1Image = top ? v1ImageOf(config) : { created: '1970-01-01T00:00:00Z' }
    const id = createV1Id(v, chainId, parent)
    const doc = v1Object({ ...v, id: id.slice(7), parent: parent?.slice(7), os: (config.os as string | undefined) ?? v.os })
    out.push({ id, json: goJson(doc) })
    parent = id
  })
  return out
}

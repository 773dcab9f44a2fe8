/** How the built-in offline "Docker Hub" describes an image: its tags, its build history (each step with the layer
 *  it made, if any) and its config. Everything Docker shows — IDs, digests, sizes, history — is derived from this
 *  by distribution/ (real tars, real sha256), never written down by hand. */
import type { TreeSpec } from '../layer/file-tree'

export interface ImageConfigSpec {
  User?: string
  ExposedPorts?: Record<string, Record<string, never>>
  Env?: string[]
  Entrypoint?: string[] | null
  Cmd?: string[] | null
  Volumes?: Record<string, Record<string, never>> | null
  WorkingDir?: string
  Labels?: Record<string, string> | null
  StopSignal?: string
}

export interface HubStep {
  /** The history line, as buildkit or debuerreotype wrote it. */
  createdBy: string
  /** When this step ran, if not when the image was finished (a base image's layer is older than the image). */
  created?: string
  comment?: string
  /** Files this step added or changed. Absent for metadata-only steps (ENV, CMD…). */
  layer?: { files: TreeSpec; /** gzip size shown while pulling */ compressed: number }
}

export interface HubImage {
  /** Path on the registry: "library/alpine". */
  repository: string
  tags: readonly string[]
  /** RFC 3339 creation time of the image (what `docker images` CREATED counts from). */
  created: string
  config: ImageConfigSpec
  steps: readonly HubStep[]
}

export interface SearchEntry {
  name: string
  description: string
  stars: number
  official: boolean
}

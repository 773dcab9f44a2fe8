/** The registries the daemon can reach. The built-in offline Docker Hub serves the catalogue in registry/hub/,
 *  loaded on first use (it is the biggest data in the app and not needed for the first prompt). Mirrors, when
 *  configured, serve the same content faster; they only apply to docker.io, as in dockerd. */
import { EngineError } from '../engine-error'
import type { Digest } from '../ids'
import { familiarName, type Reference } from '../reference/reference'
import type { HubImage, SearchEntry } from './hub-image'
import type { RegistryImage } from './registry-image'

export interface Catalog {
  hubImages: readonly HubImage[]
  searchIndex: readonly SearchEntry[]
}

export interface Registry {
  /** The manifest and blobs for a tag or digest, or Docker's error for an unknown repository or tag. */
  getImage(ref: Reference): Promise<RegistryImage>
  /** The tags a repository has (for pull --all-tags). */
  listTags(ref: Reference): Promise<string[]>
  search(term: string): Promise<SearchEntry[]>
}

export function createHubRegistry(loadCatalog: () => Promise<Catalog>): Registry {
  let catalog: Promise<Catalog> | undefined
  const built = new Map<HubImage, Promise<RegistryImage>>()
  const load = () => (catalog ??= loadCatalog())
  const build = (def: HubImage) => {
    let b = built.get(def)
    // Building means tarring, gzipping and hashing: that code loads with the first pull, not with the page.
    if (!b) { b = import('./registry-image').then((m) => m.buildRegistryImage(def)); built.set(def, b) }
    return b
  }
  const denied = (ref: Reference) =>
    new EngineError('not_found', `pull access denied for ${familiarName(ref)}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`)

  async function repository(ref: Reference): Promise<HubImage[]> {
    if (ref.domain !== 'docker.io') {
      throw new EngineError('unavailable', `Get "https://${ref.domain}/v2/": dial tcp: lookup ${ref.domain.split(':')[0]}: no such host`)
    }
    const images = (await load()).hubImages.filter((i) => i.repository === ref.path)
    if (images.length === 0) throw denied(ref)
    return images
  }

  return {
    async getImage(ref) {
      const images = await repository(ref)
      if (ref.digest) {
        for (const def of images) {
          const img = await build(def)
          if (img.indexDigest === ref.digest || img.manifestDigest === (ref.digest as Digest)) return img
        }
        throw new EngineError('not_found', `manifest for ${familiarName(ref)}@${ref.digest} not found: manifest unknown: manifest unknown`)
      }
      const tag = ref.tag ?? 'latest'
      const def = images.find((i) => i.tags.includes(tag))
      if (!def) throw new EngineError('not_found', `manifest for ${familiarName(ref)}:${tag} not found: manifest unknown: manifest unknown`)
      return build(def)
    },
    async listTags(ref) {
      return (await repository(ref)).flatMap((i) => [...i.tags])
    },
    async search(term) {
      const t = term.toLowerCase()
      return (await load()).searchIndex.filter((e) => e.name.includes(t) || e.description.toLowerCase().includes(t))
    },
  }
}

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
  /** docker search (moby's registry Service.Search): filters is-official, stars (and the deprecated is-automated,
   *  which finds nothing when true), a limit of 1–100 (0 = the default 25), Docker Hub's relevance order. */
  search(term: string, options?: SearchOptions): Promise<SearchEntry[]>
}

export interface SearchOptions {
  /** 0: the index's default (25). */
  limit?: number
  /** `name=value` strings, as the CLI's --filter collects them. */
  filters?: readonly string[]
}

const DEFAULT_SEARCH_LIMIT = 25
const SEARCH_FILTERS = new Set(['is-automated', 'is-official', 'stars'])

/** filters.Args: name → values, in the order given (Go prints a set; with one value the order is moot). */
export function filterArgs(filters: readonly string[]): Map<string, string[]> {
  const args = new Map<string, string[]>()
  for (const f of filters) {
    const eq = f.indexOf('=')
    const name = (eq < 0 ? f : f.slice(0, eq)).trim().toLowerCase()
    const value = eq < 0 ? '' : f.slice(eq + 1).trim()
    const list = args.get(name) ?? []
    if (!list.includes(value)) list.push(value)
    args.set(name, list)
  }
  return args
}

/** filters.Args.GetBoolOrDefault, with its `invalid filter 'name=[values]'` error. */
export function filterBool(args: Map<string, string[]>, name: string, fallback: boolean): boolean {
  const values = args.get(name)
  if (!values) return fallback
  const isFalse = values.includes('0') || values.includes('false')
  const isTrue = values.includes('1') || values.includes('true')
  if (isFalse === isTrue) throw new EngineError('invalid_argument', `invalid filter '${name}=[${values.join(' ')}]'`)
  return isTrue
}

export function validateFilters(args: Map<string, string[]>, accepted: ReadonlySet<string>): void {
  for (const name of args.keys()) if (!accepted.has(name)) throw new EngineError('invalid_argument', `invalid filter '${name}'`)
}

function searchTerm(term: string): { domain: string; remote: string } {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(term)) {
    throw new EngineError('invalid_argument', `invalid repository name: repository name (${term}) should not have a scheme`)
  }
  const slash = term.indexOf('/')
  const first = slash < 0 ? '' : term.slice(0, slash)
  if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')) return { domain: first, remote: term.slice(slash + 1) }
  return { domain: 'docker.io', remote: term.replace(/^library\//, '') }
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
      const [host, port] = ref.domain.split(':')
      // Loopback registries are insecure by default: the daemon falls back to plain HTTP and reports that attempt.
      if (host === 'localhost' || host.startsWith('127.')) throw new EngineError('system', `Get "http://${ref.domain}/v2/": dial tcp 127.0.0.1:${port ?? '80'}: connect: connection refused`)
      throw new EngineError('system', `Get "https://${ref.domain}/v2/": dial tcp: lookup ${host}: no such host`)
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
      // The registry's tags/list: every tag once, sorted (as distribution's registry and Docker Hub list them).
      return [...new Set((await repository(ref)).flatMap((i) => [...i.tags]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    },
    async search(term, options = {}) {
      const args = filterArgs(options.filters ?? [])
      validateFilters(args, SEARCH_FILTERS)
      if (filterBool(args, 'is-automated', false)) return []
      const official = filterBool(args, 'is-official', false)
      let minStars = 0
      for (const v of args.get('stars') ?? []) {
        if (!/^[+-]?\d+$/.test(v)) throw new EngineError('invalid_argument', `invalid filter 'stars=${v}': strconv.Atoi: parsing ${JSON.stringify(v)}: invalid syntax`)
        minStars = Math.max(minStars, Number(v))
      }
      const { domain, remote } = searchTerm(term)
      if (domain !== 'docker.io' && domain !== 'index.docker.io') {
        const host = domain.split(':')[0]
        const reason = host === 'localhost' || host === '127.0.0.1' ? `dial tcp 127.0.0.1:${domain.split(':')[1] ?? '443'}: connect: connection refused` : `dial tcp: lookup ${host}: no such host`
        throw new EngineError('system', `Get "https://${domain}/v1/search?q=${encodeURIComponent(remote)}&n=${options.limit || DEFAULT_SEARCH_LIMIT}": ${reason}`)
      }
      const limit = options.limit || DEFAULT_SEARCH_LIMIT
      if (limit < 1 || limit > 100) throw new EngineError('invalid_argument', `limit ${limit} is outside the range of [1, 100]`)
      const t = remote.toLowerCase()
      const found = (await load()).searchIndex.filter((e) => e.name.includes(t) || e.description.toLowerCase().includes(t)).slice(0, limit)
      return found.filter((e) => (!args.has('is-official') || e.official === official) && (!args.has('stars') || e.stars >= minStars))
    },
  }
}

/** Image references, as distribution/reference parses them:
 *    reference := name [ ":" tag ] [ "@" digest ]
 *    name      := [ domain "/" ] path          path := component ( "/" component )*
 *    component := [a-z0-9]+ ( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )*
 *    domain    := host [ ":" port ]           host := label ( "." label )*   (the first part of a name is a domain
 *                 only if it contains "." or ":" or is "localhost")
 *    tag       := [\w][\w.-]{0,127}           digest := "sha256:" 64 lowercase hex (other algorithms rejected)
 *  Normalisation: no domain → docker.io; a one-component path on docker.io gets "library/"; no tag and no digest →
 *  ":latest" (only where the caller asks for a default tag). The familiar form drops "docker.io/" and "library/".
 *  Parsing never touches storage; resolving a reference to an image is the image store's job. */
import { EngineError } from '../engine-error'

export interface Reference {
  /** e.g. docker.io, localhost:5000 */
  domain: string
  /** e.g. library/nginx, bitnami/nginx, myapp */
  path: string
  tag?: string
  digest?: string
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN = `(?:${LABEL}(?:\\.${LABEL})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`
const TAG = '[\\w][\\w.-]{0,127}'
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}'
const REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`)
const ID = /^[a-f0-9]{64}$/

export const DEFAULT_DOMAIN = 'docker.io'
const invalid = (detail?: string) => new EngineError('invalid_argument', detail ? `invalid reference format: ${detail}` : 'invalid reference format')

/** Parses what a user typed into a normalised reference, or throws Docker's `invalid reference format` error. */
export function parseReference(input: string): Reference {
  if (ID.test(input)) throw invalid(`repository name (library/${input}) must not be a 64-byte hex string`)
  const slash = input.indexOf('/')
  let domain = DEFAULT_DOMAIN
  let remainder = input
  if (slash !== -1) {
    const first = input.slice(0, slash)
    if (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first) {
      domain = first
      remainder = input.slice(slash + 1)
    }
  }
  if (domain === 'index.docker.io') domain = DEFAULT_DOMAIN
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = `library/${remainder}`
  const colon = remainder.indexOf(':')
  const remoteName = colon === -1 ? remainder.split('@')[0] : remainder.slice(0, colon)
  if (remoteName.toLowerCase() !== remoteName) throw invalid(`repository name (${remoteName}) must be lowercase`)
  const m = REFERENCE.exec(`${domain}/${remainder}`)
  if (!m) throw invalid()
  const name = m[1]
  if (name.length > 255) throw invalid('repository name must not be more than 255 characters')
  const ref: Reference = { domain, path: name.slice(domain.length + 1) }
  if (m[2] !== undefined) ref.tag = m[2]
  if (m[3] !== undefined) {
    if (!/^sha256:[a-f0-9]{64}$/.test(m[3])) throw new EngineError('invalid_argument', m[3].startsWith('sha256:') ? 'invalid checksum digest length' : 'unsupported digest algorithm')
    ref.digest = m[3]
  }
  return ref
}

/** Adds ":latest" when the reference names neither a tag nor a digest. */
export const withDefaultTag = (ref: Reference): Reference => (ref.tag || ref.digest ? ref : { ...ref, tag: 'latest' })

/** The repository name the CLI shows: "nginx", "bitnami/nginx", "localhost:5000/app". */
export function familiarName(ref: Pick<Reference, 'domain' | 'path'>): string {
  if (ref.domain !== DEFAULT_DOMAIN) return `${ref.domain}/${ref.path}`
  return ref.path.startsWith('library/') && ref.path.split('/').length === 2 ? ref.path.slice(8) : ref.path
}

/** "nginx:latest", "nginx@sha256:…", "localhost:5000/app:v1". */
export function familiarString(ref: Reference): string {
  return familiarName(ref) + (ref.tag ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '')
}

/** "docker.io/library/nginx:latest". */
export function fullString(ref: Reference): string {
  return `${ref.domain}/${ref.path}` + (ref.tag ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '')
}

export const isImageIdLike = (s: string): boolean => /^(sha256:)?[a-f0-9]{1,64}$/.test(s)

/** The arguments each check takes, as data the validator reads: name, kind and whether it is required. The mapped
 *  type ties this table to CheckArgs, so a check added to the format without its argument table does not compile. */
import { parseReference } from '../engine/reference/reference'
import type { ContainerStatus } from '../engine/container/container-record'
import type { CheckArgs, CheckName } from './lesson-format'
import { isPublishSpec } from './goal-checks'

export type ArgKind = 'text' | 'path' | 'unit' | 'ref' | 'regex' | 'status' | 'publish' | 'url' | 'exitCode' | 'bytes'

export interface ArgSpec {
  kind: ArgKind
  required: boolean
}

type Specs = { [K in CheckName]: { [A in keyof CheckArgs[K]]-?: ArgSpec } }

const req = (kind: ArgKind): ArgSpec => ({ kind, required: true })
const opt = (kind: ArgKind): ArgSpec => ({ kind, required: false })

export const CHECK_SPECS: Specs = {
  dockerInstalled: {},
  daemonRunning: {},
  unitEnabled: { unit: req('unit') },
  imagePresent: { ref: req('ref') },
  imageAbsent: { ref: req('ref') },
  containerRunning: { image: opt('ref'), name: opt('text'), publishes: opt('publish') },
  containerExists: { image: opt('ref'), name: opt('text'), status: opt('status') },
  containerExited: { image: opt('ref'), name: opt('text'), exitCode: opt('exitCode') },
  fileExists: { path: req('path'), minBytes: opt('bytes') },
  fileContains: { path: req('path'), text: req('text') },
  mirrorConfigured: { url: opt('url') },
  commandRan: { pattern: req('regex') },
  commandSucceeded: { pattern: req('regex') },
}

const STATUSES: readonly ContainerStatus[] = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead']

/** Why a value is not a valid argument of this kind, or undefined if it is. */
export function argProblem(kind: ArgKind, value: unknown): string | undefined {
  if (kind === 'exitCode' || kind === 'bytes') {
    if (typeof value !== 'number' || !Number.isInteger(value)) return `expected an integer, got ${JSON.stringify(value)}`
    if (kind === 'exitCode' && (value < 0 || value > 255)) return `an exit code is 0..255, got ${value}`
    if (kind === 'bytes' && value < 0) return `expected a size in bytes, got ${value}`
    return undefined
  }
  if (typeof value !== 'string') return `expected a string, got ${JSON.stringify(value)}`
  if (value === '') return 'must not be empty'
  switch (kind) {
    case 'path': return value.startsWith('/') ? undefined : `expected an absolute path, got "${value}"`
    case 'unit': return /^[\w@.-]+$/.test(value) ? undefined : `not a unit name: "${value}"`
    case 'ref':
      if (value.includes('@')) return `a digest reference cannot be checked: "${value}"`
      try { parseReference(value); return undefined } catch (e) { return `not an image reference: "${value}" (${e instanceof Error ? e.message : String(e)})` }
    case 'regex':
      try { new RegExp(value); return undefined } catch (e) { return `not a regular expression: ${e instanceof Error ? e.message : String(e)}` }
    case 'status': return STATUSES.includes(value as ContainerStatus) ? undefined : `unknown container status "${value}" (one of ${STATUSES.join(', ')})`
    case 'publish': return isPublishSpec(value) ? undefined : `expected "hostPort->containerPort" like "8080->80", got "${value}"`
    case 'url': return /^https?:\/\/[^/?#@\s]+(\/[^?#\s]*)?$/.test(value) ? undefined : `expected an http(s) URL, got "${value}"`
    case 'text': return undefined
  }
}

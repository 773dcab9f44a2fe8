/** Goal checks: each named check is a pure function of a World and the step's start marks. The runner evaluates
 *  goals and hint conditions through evaluateCheck; check-specs.ts validates their arguments first, so here the
 *  arguments are well-formed (a bad regex or reference would have been rejected when the lesson loaded). */
import { familiarName, parseReference } from '../engine/reference/reference'
import type { CheckArgs, CheckName, Goal } from './lesson-format'
import type { World, WorldContainer } from './world'

/** Where the current step began: lengths of the history and of the command log at that moment. */
export interface StepMarks {
  history: number
  commands: number
}

export const START_MARKS: StepMarks = { history: 0, commands: 0 }

/** A reference as the user wrote it, normalised: "alpine" → { name: "alpine" }, "docker.io/library/nginx:1.28" →
 *  { name: "nginx", tag: "1.28" }. Undefined if it is not a reference (an image ID, say). */
export function imageName(input: string): { name: string; tag?: string } | undefined {
  try {
    const ref = parseReference(input)
    return ref.tag ? { name: familiarName(ref), tag: ref.tag } : { name: familiarName(ref) }
  } catch {
    return undefined
  }
}

/** Whether an image reference with tag ("nginx:latest") is named by `wanted`; a wanted name without tag matches
 *  any tag when `anyTag` is set, else only latest (docker's default). */
function refMatches(ref: string, wanted: { name: string; tag?: string }, anyTag: boolean): boolean {
  const have = imageName(ref)
  if (!have) return false
  if (have.name !== wanted.name) return false
  if (wanted.tag === undefined && anyTag) return true
  return (have.tag ?? 'latest') === (wanted.tag ?? 'latest')
}

function imageMatch(world: World, ref: string): boolean {
  const wanted = imageName(ref)
  return !!wanted && world.images.some((i) => i.refs.some((r) => refMatches(r, wanted, false)))
}

/** A container's image matches "nginx" when it was created from any nginx tag, by name or by an ID of such an image. */
function containerImageMatches(world: World, c: WorldContainer, image: string): boolean {
  const wanted = imageName(image)
  if (!wanted) return false
  if (refMatches(c.imageRef, wanted, true)) return true
  const img = world.images.find((i) => i.id === c.imageId)
  return !!img && img.refs.some((r) => refMatches(r, wanted, true))
}

const PUBLISH = /^(?:(\[[0-9a-fA-F:]+\]|[0-9.]+):)?(\d+)->(\d+)(?:\/(tcp|udp|sctp))?$/
const anyIp = (ip: string | undefined) => ip === undefined || ip === '' || ip === '0.0.0.0'

/** "8080->80" against a binding ":8080->80/tcp" (host IP empty or 0.0.0.0 means all addresses). */
export function publishMatches(binding: string, wanted: string): boolean {
  const w = PUBLISH.exec(wanted)
  const b = PUBLISH.exec(binding.startsWith(':') ? binding.slice(1) : binding)
  if (!w || !b) return false
  if (w[2] !== b[2] || w[3] !== b[3] || (w[4] ?? 'tcp') !== (b[4] ?? 'tcp')) return false
  return w[1] === undefined || (anyIp(w[1]) && anyIp(b[1])) || w[1] === b[1]
}
export const isPublishSpec = (s: string): boolean => PUBLISH.test(s)

function containers(world: World, o: { image?: string; name?: string }): WorldContainer[] {
  if (!world.daemonRunning) return []
  return world.containers.filter((c) =>
    (o.name === undefined || c.name === o.name.replace(/^\//, '')) && (o.image === undefined || containerImageMatches(world, c, o.image)))
}

const patterns = new Map<string, RegExp>()
function regex(pattern: string): RegExp {
  let r = patterns.get(pattern)
  if (!r) { r = new RegExp(pattern); patterns.set(pattern, r) }
  return r
}

/** The part of a log after a mark; if the log shrank (history -c), all of it. */
const since = <T>(log: readonly T[], mark: number): readonly T[] => (mark > log.length ? log : log.slice(mark))

const normaliseUrl = (u: string) => u.replace(/\/+$/, '')

type Evaluators = { [K in CheckName]: (args: CheckArgs[K], world: World, marks: StepMarks) => boolean }

const EVALUATORS: Evaluators = {
  dockerInstalled: (_a, w) => w.dockerInstalled,
  daemonRunning: (_a, w) => w.daemonRunning,
  unitEnabled: (a, w) => w.units[a.unit.replace(/\.service$/, '')]?.enabled === true,
  imagePresent: (a, w) => w.daemonRunning && imageMatch(w, a.ref),
  imageAbsent: (a, w) => w.daemonRunning && !imageMatch(w, a.ref),
  containerRunning: (a, w) => containers(w, a).some((c) =>
    c.status === 'running' && (a.publishes === undefined || c.publishes.some((p) => publishMatches(p, a.publishes!)))),
  containerExists: (a, w) => containers(w, a).some((c) => a.status === undefined || c.status === a.status),
  containerExited: (a, w) => containers(w, a).some((c) => c.status === 'exited' && (a.exitCode === undefined || c.exitCode === a.exitCode)),
  fileExists: (a, w) => { const f = w.file(a.path); return !!f && f.size >= (a.minBytes ?? 0) },
  fileContains: (a, w) => w.file(a.path)?.text().includes(a.text) ?? false,
  mirrorConfigured: (a, w) => w.daemonRunning && w.registryMirrors.length > 0 &&
    (a.url === undefined || w.registryMirrors.some((m) => normaliseUrl(m) === normaliseUrl(a.url!))),
  commandRan: (a, w, m) => since(w.history, m.history).some((l) => regex(a.pattern).test(l)),
  commandSucceeded: (a, w, m) => w.commandLog
    ? since(w.commandLog, m.commands).some((c) => c.status === 0 && regex(a.pattern).test(c.line))
    : since(w.history, m.history).some((l) => regex(a.pattern).test(l)),
}

export function evaluateCheck(goal: Goal, world: World, marks: StepMarks = START_MARKS): boolean {
  const evaluate = EVALUATORS[goal.check] as (args: unknown, w: World, m: StepMarks) => boolean
  return evaluate(goal.args, world, marks)
}

/** Marks for a step that begins now. */
export const marksOf = (world: World): StepMarks => ({ history: world.history.length, commands: world.commandLog?.length ?? 0 })

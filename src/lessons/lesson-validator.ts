/** Validates lesson.json against the format of lesson-format.ts and returns it typed, or says what is wrong with a
 *  path into the document: `lessons/04-search-pull/lesson.json: steps[2].goals[0].check: unknown check
 *  "imagePresnt" (did you mean "imagePresent"?)`. It reports every problem it finds, not just the first. Unknown
 *  keys are errors, so a misspelt optional field cannot be silently ignored. */
import { SCENARIOS, type ScenarioName } from '../os/machine'
import { argProblem, CHECK_SPECS, type ArgSpec } from './check-specs'
import {
  CHECK_NAMES, LOCALES, type CheckName, type Condition, type Goal, type Hint, type LessonKind, type LessonSpec,
  type LocalizedText, type QuizQuestion, type SolutionEntry, type Step,
} from './lesson-format'

export const LESSON_ID = /^(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/
const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

type Obj = Record<string, unknown>

interface Ctx {
  file: string
  errors: string[]
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const describe = (v: unknown) => (Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'object' ? 'an object' : JSON.stringify(v))
const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key)

function fail(ctx: Ctx, path: string, message: string): undefined {
  ctx.errors.push(`${ctx.file}: ${path || '(root)'}: ${message}`)
  return undefined
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1))
      prev = keep
    }
  }
  return row[b.length]
}

const suggestion = (word: string, options: readonly string[]) => {
  const best = options.map((o) => ({ o, d: distance(word, o) })).sort((x, y) => x.d - y.d)[0]
  return best && best.d <= Math.max(1, Math.floor(word.length / 3)) ? ` (did you mean "${best.o}"?)` : ''
}

function object(ctx: Ctx, v: unknown, path: string, keys: { required: string[]; optional?: string[] }): Obj | undefined {
  if (!isObj(v)) return fail(ctx, path, `expected an object, got ${describe(v)}`)
  const allowed = [...keys.required, ...(keys.optional ?? [])]
  for (const k of Object.keys(v)) if (!allowed.includes(k)) fail(ctx, join(path, k), `unknown key${suggestion(k, allowed)}`)
  for (const k of keys.required) if (!(k in v)) fail(ctx, join(path, k), 'missing')
  return v
}

function string(ctx: Ctx, v: unknown, path: string, pattern?: RegExp): string | undefined {
  if (typeof v !== 'string') return fail(ctx, path, `expected a string, got ${describe(v)}`)
  if (v.trim() === '') return fail(ctx, path, 'must not be empty')
  if (pattern && !pattern.test(v)) return fail(ctx, path, `"${v}" does not match ${pattern}`)
  return v
}

function array(ctx: Ctx, v: unknown, path: string): unknown[] | undefined {
  if (!Array.isArray(v)) return fail(ctx, path, `expected an array, got ${describe(v)}`)
  return v
}

function localized(ctx: Ctx, v: unknown, path: string): LocalizedText | undefined {
  const o = object(ctx, v, path, { required: [...LOCALES] })
  if (!o) return undefined
  const out = {} as LocalizedText
  let ok = true
  for (const l of LOCALES) {
    if (!(l in o)) { ok = false; continue }
    const s = string(ctx, o[l], join(path, l))
    if (s === undefined) ok = false
    else out[l] = s
  }
  return ok ? out : undefined
}

function goal(ctx: Ctx, v: unknown, path: string, allowNot: boolean): Condition | undefined {
  const o = object(ctx, v, path, { required: ['check'], optional: allowNot ? ['args', 'not'] : ['args'] })
  if (!o || !('check' in o)) return undefined
  const check = o.check
  if (typeof check !== 'string' || !(CHECK_NAMES as readonly string[]).includes(check)) {
    return fail(ctx, join(path, 'check'), `unknown check ${JSON.stringify(check)}${typeof check === 'string' ? suggestion(check, CHECK_NAMES) : ''}`)
  }
  const specs = CHECK_SPECS[check as CheckName] as Record<string, ArgSpec>
  const args = o.args ?? {}
  const argsPath = join(path, 'args')
  if (!isObj(args)) return fail(ctx, argsPath, `expected an object, got ${describe(args)}`)
  const before = ctx.errors.length
  const names = Object.keys(specs)
  for (const k of Object.keys(args)) {
    if (!(k in specs)) {
      fail(ctx, join(argsPath, k), names.length ? `"${check}" takes no argument "${k}" (it takes ${names.join(', ')})${suggestion(k, names)}` : `"${check}" takes no arguments`)
    }
  }
  for (const [k, spec] of Object.entries(specs)) {
    if (!(k in args)) { if (spec.required) fail(ctx, join(argsPath, k), `missing (required by "${check}")`); continue }
    const problem = argProblem(spec.kind, args[k])
    if (problem) fail(ctx, join(argsPath, k), problem)
  }
  if ('not' in o && typeof o.not !== 'boolean') fail(ctx, join(path, 'not'), `expected true or false, got ${describe(o.not)}`)
  if (ctx.errors.length > before) return undefined
  const out = { check, args } as Goal
  return o.not === true ? { ...out, not: true } : out
}

function entry(ctx: Ctx, v: unknown, path: string): SolutionEntry | undefined {
  if (typeof v === 'string') return v.trim() === '' ? fail(ctx, path, 'must not be empty') : v
  const o = object(ctx, v, path, { required: ['keys'] })
  if (!o || !('keys' in o)) return undefined
  return typeof o.keys === 'string' && o.keys !== '' ? { keys: o.keys } : fail(ctx, join(path, 'keys'), 'expected a non-empty string')
}

function entries(ctx: Ctx, v: unknown, path: string): SolutionEntry[] {
  return (array(ctx, v, path) ?? []).map((e, i) => entry(ctx, e, join(path, i))).filter((e): e is SolutionEntry => e !== undefined)
}

function hint(ctx: Ctx, v: unknown, path: string): Hint | undefined {
  const o = object(ctx, v, path, { required: ['when', 'text'], optional: ['mistake'] })
  if (!o) return undefined
  const whenPath = join(path, 'when')
  const raw = Array.isArray(o.when) ? o.when : o.when === undefined ? [] : [o.when]
  if (Array.isArray(o.when) && o.when.length === 0) fail(ctx, whenPath, 'needs at least one condition')
  const when = raw.map((c, i) => goal(ctx, c, Array.isArray(o.when) ? join(whenPath, i) : whenPath, true))
  const text = localized(ctx, o.text, join(path, 'text'))
  const mistake = 'mistake' in o ? entries(ctx, o.mistake, join(path, 'mistake')) : undefined
  if ('mistake' in o && mistake?.length === 0 && Array.isArray(o.mistake)) fail(ctx, join(path, 'mistake'), 'must not be empty')
  if (!text || when.some((c) => !c) || !when.length) return undefined
  return { when: when as Condition[], text, ...(mistake?.length ? { mistake } : {}) }
}

function step(ctx: Ctx, v: unknown, path: string, kind: LessonKind): Step | undefined {
  const o = object(ctx, v, path, { required: ['id', 'goals'], optional: ['hints', 'solution'] })
  if (!o) return undefined
  const before = ctx.errors.length
  const id = string(ctx, o.id, join(path, 'id'), STEP_ID)
  const goals = (array(ctx, o.goals, join(path, 'goals')) ?? []).map((g, i) => goal(ctx, g, join(join(path, 'goals'), i), false))
  const hints = (o.hints === undefined ? [] : array(ctx, o.hints, join(path, 'hints')) ?? []).map((h, i) => hint(ctx, h, join(join(path, 'hints'), i)))
  const solution = o.solution === undefined ? [] : entries(ctx, o.solution, join(path, 'solution'))
  if (Array.isArray(o.goals)) {
    if (o.goals.length === 0) {
      if (kind === 'hands-on') fail(ctx, join(path, 'goals'), 'a step of a hands-on lesson needs at least one goal')
      if (hints.length) fail(ctx, join(path, 'hints'), 'a reading step (no goals) cannot have hints')
      if (solution.length) fail(ctx, join(path, 'solution'), 'a reading step (no goals) cannot have a solution')
    } else {
      if (!hints.length) fail(ctx, join(path, 'hints'), 'a step with goals needs at least one hint naming a misconception')
      if (!solution.length) fail(ctx, join(path, 'solution'), 'a step with goals needs a reference solution')
      if (solution.length && typeof solution[0] !== 'string') fail(ctx, join(path, 'solution[0]'), 'a solution starts with a command line')
    }
  }
  if (ctx.errors.length > before || id === undefined) return undefined
  return { id, goals: goals as Goal[], hints: hints as Hint[], solution }
}

function question(ctx: Ctx, v: unknown, path: string): QuizQuestion | undefined {
  const o = object(ctx, v, path, { required: ['id', 'question', 'choices'], optional: ['explanation'] })
  if (!o) return undefined
  const before = ctx.errors.length
  const id = string(ctx, o.id, join(path, 'id'), STEP_ID)
  const q = localized(ctx, o.question, join(path, 'question'))
  const choices = (array(ctx, o.choices, join(path, 'choices')) ?? []).map((c, i) => {
    const p = join(join(path, 'choices'), i)
    const co = object(ctx, c, p, { required: ['text'], optional: ['correct'] })
    if (!co) return undefined
    if ('correct' in co && typeof co.correct !== 'boolean') fail(ctx, join(p, 'correct'), `expected true or false, got ${describe(co.correct)}`)
    const text = localized(ctx, co.text, join(p, 'text'))
    return text ? { text, correct: co.correct === true } : undefined
  })
  if (Array.isArray(o.choices)) {
    if (o.choices.length < 2) fail(ctx, join(path, 'choices'), 'a question needs at least two choices')
    const correct = choices.filter((c) => c?.correct).length
    if (correct !== 1) fail(ctx, join(path, 'choices'), `exactly one choice must be correct, found ${correct}`)
  }
  const explanation = o.explanation === undefined ? undefined : localized(ctx, o.explanation, join(path, 'explanation'))
  if (ctx.errors.length > before || !id || !q) return undefined
  return { id, question: q, choices: choices as QuizQuestion['choices'], ...(explanation ? { explanation } : {}) }
}

function uniqueIds(ctx: Ctx, items: readonly ({ id: string } | undefined)[], path: string) {
  const seen = new Map<string, number>()
  items.forEach((it, i) => {
    if (!it) return
    if (seen.has(it.id)) fail(ctx, join(join(path, i), 'id'), `"${it.id}" is already the id of ${path}[${seen.get(it.id)}]`)
    else seen.set(it.id, i)
  })
}

export interface SpecResult {
  spec?: LessonSpec
  errors: string[]
}

/** Checks a parsed lesson.json. `file` prefixes every error (e.g. "lessons/04-search-pull/lesson.json"). */
export function validateLessonSpec(raw: unknown, file: string): SpecResult {
  const ctx: Ctx = { file, errors: [] }
  const o = object(ctx, raw, '', { required: ['id', 'order', 'scenario', 'kind', 'title', 'steps'], optional: ['quiz'] })
  if (!o) return { errors: ctx.errors }
  const id = string(ctx, o.id, 'id', LESSON_ID)
  if ('order' in o && (typeof o.order !== 'number' || !Number.isInteger(o.order) || o.order < 1)) fail(ctx, 'order', `expected a positive integer, got ${describe(o.order)}`)
  if ('scenario' in o && !(SCENARIOS as readonly unknown[]).includes(o.scenario)) {
    fail(ctx, 'scenario', `unknown scenario ${JSON.stringify(o.scenario)} (one of ${SCENARIOS.join(', ')})${typeof o.scenario === 'string' ? suggestion(o.scenario, SCENARIOS) : ''}`)
  }
  const kind: LessonKind = o.kind === 'concept' ? 'concept' : 'hands-on'
  if ('kind' in o && o.kind !== 'concept' && o.kind !== 'hands-on') fail(ctx, 'kind', `expected "concept" or "hands-on", got ${describe(o.kind)}`)
  const title = 'title' in o ? localized(ctx, o.title, 'title') : undefined
  const rawSteps = 'steps' in o ? array(ctx, o.steps, 'steps') : undefined
  if (rawSteps && rawSteps.length === 0) fail(ctx, 'steps', 'a lesson needs at least one step')
  const steps = (rawSteps ?? []).map((s, i) => step(ctx, s, `steps[${i}]`, kind))
  uniqueIds(ctx, steps, 'steps')
  const quiz = o.quiz === undefined ? [] : (array(ctx, o.quiz, 'quiz') ?? []).map((q, i) => question(ctx, q, `quiz[${i}]`))
  uniqueIds(ctx, quiz, 'quiz')
  if (ctx.errors.length || !id || !title) return { errors: ctx.errors }
  return {
    spec: { id, order: o.order as number, scenario: o.scenario as ScenarioName, kind, title, steps: steps as Step[], quiz: quiz as QuizQuestion[] },
    errors: [],
  }
}

/** Builds the course from the files of lessons/: each folder's lesson.json (validated) and its locale texts, checked
 *  against each other. The caller reads the files (the browser through Vite's import.meta.glob with `?raw`, tests
 *  through node:fs) and passes their text by path, so this module stays pure.
 *  Invariants of a loaded course: lesson ids equal their folder names, orders equal the folders' numbers and are
 *  unique, every step has text in every locale, every solution line is runnable from every locale's text. */
import { entryLabel, LOCALES, type Lesson, type LessonText, type Locale } from './lesson-format'
import { isRunnableIn, parseLessonText } from './lesson-markdown'
import { LESSON_ID, validateLessonSpec } from './lesson-validator'

export interface CourseResult {
  /** The lessons that loaded, by order. */
  lessons: Lesson[]
  errors: string[]
}

const FILE = /(?:^|\/)lessons\/([^/]+)\/([^/]+)$/

/** One lesson from its folder's files: lesson.json, zh-CN.md, en.md (by file name). */
export function loadLesson(folder: string, files: Readonly<Record<string, string>>): { lesson?: Lesson; errors: string[] } {
  const base = `lessons/${folder}`
  const errors: string[] = []
  const jsonFile = `${base}/lesson.json`
  const source = files['lesson.json']
  if (source === undefined) return { errors: [`${jsonFile}: missing`] }
  let raw: unknown
  try { raw = JSON.parse(source) } catch (e) { return { errors: [`${jsonFile}: not JSON: ${e instanceof Error ? e.message : String(e)}`] } }
  const { spec, errors: specErrors } = validateLessonSpec(raw, jsonFile)
  errors.push(...specErrors)
  if (!LESSON_ID.test(folder)) errors.push(`${base}: a lesson folder is named NN-slug, like 04-search-pull`)
  if (spec && spec.id !== folder) errors.push(`${jsonFile}: id: "${spec.id}" differs from the folder name "${folder}"`)
  if (spec && spec.order !== Number(folder.slice(0, 2))) errors.push(`${jsonFile}: order: ${spec.order} differs from the folder's number ${folder.slice(0, 2)}`)
  // Even when lesson.json has errors, its step ids (where readable) let the texts be checked too.
  const rawSteps = (raw as { steps?: unknown } | null)?.steps
  const stepIds = spec?.steps.map((s) => s.id)
    ?? (Array.isArray(rawSteps) ? rawSteps.map((s) => (s as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string') : [])
  const text = {} as Record<Locale, LessonText>
  for (const locale of LOCALES) {
    const mdFile = `${base}/${locale}.md`
    const md = files[`${locale}.md`]
    if (md === undefined) { errors.push(`${mdFile}: missing`); continue }
    const parsed = parseLessonText(md, stepIds, mdFile)
    errors.push(...parsed.errors)
    text[locale] = parsed.text
    for (const step of spec?.steps ?? []) {
      const st = parsed.text.steps[step.id]
      if (!st) continue
      for (const e of step.solution) {
        if (typeof e === 'string' && !isRunnableIn(st, e)) {
          errors.push(`${mdFile}: step "${step.id}": solution line "${entryLabel(e)}" is not in any of its \`\`\`sh blocks`)
        }
      }
    }
  }
  if (!spec || errors.length) return { errors }
  return { lesson: { ...spec, text }, errors }
}

/** The whole course from files keyed by path (`lessons/04-search-pull/en.md`, or `/lessons/…` as Vite gives them). */
export function loadCourse(files: Readonly<Record<string, string>>): CourseResult {
  const folders = new Map<string, Record<string, string>>()
  for (const [path, content] of Object.entries(files)) {
    const m = FILE.exec(path)
    if (!m) continue
    const f = folders.get(m[1]) ?? {}
    f[m[2]] = content
    folders.set(m[1], f)
  }
  const lessons: Lesson[] = []
  const errors: string[] = []
  for (const [folder, f] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const r = loadLesson(folder, f)
    errors.push(...r.errors)
    if (r.lesson) lessons.push(r.lesson)
  }
  const byOrder = new Map<number, string>()
  for (const l of lessons) {
    const other = byOrder.get(l.order)
    if (other) errors.push(`lessons/${l.id}/lesson.json: order: ${l.order} is also the order of ${other}`)
    byOrder.set(l.order, l.id)
  }
  return { lessons: lessons.sort((a, b) => a.order - b.order), errors }
}

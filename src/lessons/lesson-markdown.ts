/** Splits a locale file (zh-CN.md, en.md) into the lesson's introduction and one section per step, and finds each
 *  section's runnable ```sh blocks. The rules are written out in lesson-format.ts; errors name file and line:
 *  `lessons/04-search-pull/en.md:12: "## Step: pull" is not a step heading (write "## step: <id> <title>")`. */
import type { LessonText, RunnableBlock, StepText } from './lesson-format'

const STEP_HEADING = /^## step: ([a-z0-9]+(?:-[a-z0-9]+)*) (\S.*)$/
const FENCE = /^(`{3,}|~{3,})\s*([^`\s]*)/

export interface ParsedText {
  text: LessonText
  errors: string[]
}

/** The runnable blocks of a Markdown text: every fenced block whose info string is `sh`. */
export function runnableBlocks(markdown: string): RunnableBlock[] {
  const blocks: RunnableBlock[] = []
  let fence: { marker: string; lines: string[] | null } | null = null
  for (const line of markdown.split('\n')) {
    if (fence) {
      if (line.startsWith(fence.marker) && line.slice(fence.marker.length).trim() === '') {
        if (fence.lines) blocks.push({ lines: fence.lines })
        fence = null
      } else fence.lines?.push(line)
      continue
    }
    const m = FENCE.exec(line)
    if (m) fence = { marker: m[1], lines: m[2] === 'sh' ? [] : null }
  }
  return blocks
}

export function parseLessonText(source: string, stepIds: readonly string[], file: string): ParsedText {
  const errors: string[] = []
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const sections: { id: string; title: string; line: number; body: string[] }[] = []
  const intro: string[] = []
  let fence: string | null = null
  lines.forEach((line, i) => {
    const at = `${file}:${i + 1}`
    const current = sections.length ? sections[sections.length - 1].body : intro
    if (fence) {
      if (line.startsWith(fence) && line.slice(fence.length).trim() === '') fence = null
      current.push(line)
      return
    }
    const f = FENCE.exec(line)
    if (f) { fence = f[1]; current.push(line); return }
    const step = STEP_HEADING.exec(line)
    if (step) { sections.push({ id: step[1], title: step[2].trim(), line: i + 1, body: [] }); return }
    if (/^#{1,2}(\s|$)/.test(line) || /^#{1,2}step/i.test(line)) {
      errors.push(`${at}: "${line}" is not a step heading (write "## step: <id> <title>"; use ### and deeper inside a step)`)
      return
    }
    current.push(line)
  })
  if (fence) errors.push(`${file}:${lines.length}: a code block opened with ${fence} is never closed`)

  const seen = new Set<string>()
  for (const s of sections) {
    const at = `${file}:${s.line}`
    if (!stepIds.includes(s.id)) errors.push(`${at}: section for unknown step "${s.id}"`)
    else if (seen.has(s.id)) errors.push(`${at}: second section for step "${s.id}"`)
    seen.add(s.id)
    if (s.body.join('\n').trim() === '') errors.push(`${at}: step "${s.id}" has no text`)
  }
  const missing = stepIds.filter((id) => !seen.has(id))
  for (const id of missing) errors.push(`${file}: no section for step "${id}" (add "## step: ${id} <title>")`)
  const order = [...new Set(sections.map((s) => s.id))].filter((id) => stepIds.includes(id))
  const expected = stepIds.filter((id) => order.includes(id))
  if (!missing.length && order.join() !== expected.join()) {
    errors.push(`${file}: step sections are in the order ${order.join(', ')}; lesson.json has ${stepIds.join(', ')}`)
  }

  const steps: Record<string, StepText> = {}
  for (const s of sections) {
    if (steps[s.id]) continue
    const markdown = s.body.join('\n').trim()
    steps[s.id] = { title: s.title, markdown, runnable: runnableBlocks(markdown) }
  }
  return { text: { intro: intro.join('\n').trim(), steps }, errors }
}

/** Whether a solution line (or a multi-line entry, as consecutive lines) is one of the runnable lines of a text. */
export function isRunnableIn(step: StepText, entry: string): boolean {
  const want = entry.split('\n')
  return step.runnable.some((b) => b.lines.some((_, i) => want.every((w, j) => b.lines[i + j] === w)))
}

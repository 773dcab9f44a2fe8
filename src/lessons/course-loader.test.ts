import { describe, expect, it } from 'vitest'
import { loadCourse } from './course-loader'

const text = (s: string) => ({ 'zh-CN': `${s}（中文）`, en: s })
const json = (id: string, order: number, solution = ['docker pull alpine']) => JSON.stringify({
  id, order, scenario: 'docker-ready', kind: 'hands-on', title: text('Pull'),
  steps: [{ id: 'pull', goals: [{ check: 'imagePresent', args: { ref: 'alpine' } }], hints: [{ when: { check: 'daemonRunning', not: true }, text: text('Start Docker') }], solution }],
})
const md = (command = 'docker pull alpine') => `Intro.\n\n## step: pull Pull\n\n\`\`\`sh\n${command}\n\`\`\`\n`

function files(folder: string, o: { json?: string; zh?: string; en?: string } = {}): Record<string, string> {
  const out: Record<string, string> = {}
  out[`/lessons/${folder}/lesson.json`] = o.json ?? json(folder, Number(folder.slice(0, 2)))
  if (o.zh !== '') out[`/lessons/${folder}/zh-CN.md`] = o.zh ?? md()
  if (o.en !== '') out[`/lessons/${folder}/en.md`] = o.en ?? md()
  return out
}

describe('loading the course', () => {
  it('joins each lesson.json with its texts, ordered by number', () => {
    const r = loadCourse({ ...files('02-second'), ...files('01-first') })
    expect(r.errors).toEqual([])
    expect(r.lessons.map((l) => l.id)).toEqual(['01-first', '02-second'])
    expect(r.lessons[0].text.en.steps.pull.runnable).toEqual([{ lines: ['docker pull alpine'] }])
    expect(r.lessons[0].text['zh-CN'].intro).toBe('Intro.')
  })

  it('wants the id to be the folder name and the order its number', () => {
    expect(loadCourse(files('01-first', { json: json('01-other', 3) })).errors).toEqual([
      'lessons/01-first/lesson.json: id: "01-other" differs from the folder name "01-first"',
      'lessons/01-first/lesson.json: order: 3 differs from the folder\'s number 01',
    ])
  })

  it('reports a missing locale file and JSON that does not parse', () => {
    expect(loadCourse(files('01-first', { en: '' })).errors).toEqual(['lessons/01-first/en.md: missing'])
    expect(loadCourse(files('01-first', { json: '{ "id": ' })).errors[0]).toMatch(/^lessons\/01-first\/lesson\.json: not JSON: /)
  })

  it('wants every solution line to be runnable from every locale\'s text', () => {
    expect(loadCourse(files('01-first', { zh: md('docker pull alpine:latest') })).errors).toEqual([
      'lessons/01-first/zh-CN.md: step "pull": solution line "docker pull alpine" is not in any of its ```sh blocks',
    ])
  })

  it('loads nothing of a lesson with errors, and keeps the others', () => {
    const r = loadCourse({ ...files('01-first', { json: json('01-first', 1, []) }), ...files('02-second') })
    expect(r.errors).toEqual(['lessons/01-first/lesson.json: steps[0].solution: a step with goals needs a reference solution'])
    expect(r.lessons.map((l) => l.id)).toEqual(['02-second'])
  })

  it('refuses two lessons with the same number', () => {
    expect(loadCourse({ ...files('01-first'), ...files('01-again') }).errors).toEqual([
      'lessons/01-first/lesson.json: order: 1 is also the order of 01-again',
    ])
  })
})

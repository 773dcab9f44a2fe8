import { describe, expect, it } from 'vitest'
import { validateLessonSpec } from './lesson-validator'

const FILE = 'lessons/04-search-pull/lesson.json'
const text = (s: string) => ({ 'zh-CN': `${s}（中文）`, en: s })

/** A valid lesson.json, changed by `edit`. */
function lesson(edit: (l: any) => void = () => {}): unknown {
  const l = {
    id: '04-search-pull', order: 4, scenario: 'docker-ready', kind: 'hands-on', title: text('Search and pull'),
    steps: [
      {
        id: 'pull-alpine',
        goals: [{ check: 'imagePresent', args: { ref: 'alpine' } }],
        hints: [{ when: { check: 'commandRan', args: { pattern: '[A-Z]' } }, text: text('Names are lowercase') }],
        solution: ['docker pull alpine'],
      },
    ],
  }
  edit(l)
  return JSON.parse(JSON.stringify(l))
}

const errors = (raw: unknown) => validateLessonSpec(raw, FILE).errors

describe('validating lesson.json', () => {
  it('accepts a valid lesson and normalises a single hint condition to a list', () => {
    const r = validateLessonSpec(lesson(), FILE)
    expect(r.errors).toEqual([])
    expect(r.spec?.steps[0].hints[0].when).toEqual([{ check: 'commandRan', args: { pattern: '[A-Z]' } }])
    expect(r.spec?.quiz).toEqual([])
  })

  it('names an unknown check by its path and suggests the nearest one', () => {
    expect(errors(lesson((l) => { l.steps[0].goals[0].check = 'imagePresnt' }))).toEqual([
      `${FILE}: steps[0].goals[0].check: unknown check "imagePresnt" (did you mean "imagePresent"?)`,
    ])
  })

  it('rejects unknown, missing and ill-typed arguments', () => {
    expect(errors(lesson((l) => { l.steps[0].goals[0].args = { image: 'alpine' } }))).toEqual([
      `${FILE}: steps[0].goals[0].args.image: "imagePresent" takes no argument "image" (it takes ref)`,
      `${FILE}: steps[0].goals[0].args.ref: missing (required by "imagePresent")`,
    ])
    expect(errors(lesson((l) => { l.steps[0].goals.push({ check: 'containerExited', args: { exitCode: '0' } }) }))).toEqual([
      `${FILE}: steps[0].goals[1].args.exitCode: expected an integer, got "0"`,
    ])
    expect(errors(lesson((l) => { l.steps[0].goals.push({ check: 'daemonRunning', args: { unit: 'docker' } }) }))).toEqual([
      `${FILE}: steps[0].goals[1].args.unit: "daemonRunning" takes no arguments`,
    ])
  })

  it('checks the values of arguments: references, patterns, ports, statuses, paths', () => {
    const bad = errors(lesson((l) => {
      l.steps[0].goals = [
        { check: 'imagePresent', args: { ref: 'Alpine' } },
        { check: 'commandRan', args: { pattern: 'docker (pull' } },
        { check: 'containerRunning', args: { publishes: '8080:80' } },
        { check: 'containerExists', args: { status: 'stopped' } },
        { check: 'fileExists', args: { path: 'tmp/x' } },
        { check: 'mirrorConfigured', args: { url: 'ftp://mirror' } },
      ]
    }))
    expect(bad).toHaveLength(6)
    expect(bad[0]).toMatch(/goals\[0\]\.args\.ref: not an image reference: "Alpine" \(invalid reference format: repository name \(library\/Alpine\) must be lowercase\)/)
    expect(bad[1]).toMatch(/goals\[1\]\.args\.pattern: not a regular expression/)
    expect(bad[2]).toMatch(/goals\[2\]\.args\.publishes: expected "hostPort->containerPort"/)
    expect(bad[3]).toMatch(/goals\[3\]\.args\.status: unknown container status "stopped"/)
    expect(bad[4]).toMatch(/goals\[4\]\.args\.path: expected an absolute path/)
    expect(bad[5]).toMatch(/goals\[5\]\.args\.url: expected an http\(s\) URL/)
  })

  it('requires goals, a hint and a solution for every step of a hands-on lesson', () => {
    expect(errors(lesson((l) => { l.steps[0].hints = [] }))).toEqual([
      `${FILE}: steps[0].hints: a step with goals needs at least one hint naming a misconception`,
    ])
    expect(errors(lesson((l) => { delete l.steps[0].solution }))).toEqual([
      `${FILE}: steps[0].solution: a step with goals needs a reference solution`,
    ])
    expect(errors(lesson((l) => { l.steps[0] = { id: 'read', goals: [] } }))).toEqual([
      `${FILE}: steps[0].goals: a step of a hands-on lesson needs at least one goal`,
    ])
  })

  it('lets a concept lesson have reading steps, but without hints or solution', () => {
    expect(errors(lesson((l) => { l.kind = 'concept'; l.steps.unshift({ id: 'read', goals: [] }) }))).toEqual([])
    expect(errors(lesson((l) => { l.kind = 'concept'; l.steps.unshift({ id: 'read', goals: [], solution: ['ls'] }) }))).toEqual([
      `${FILE}: steps[0].solution: a reading step (no goals) cannot have a solution`,
    ])
  })

  it('wants both locales in every text', () => {
    expect(errors(lesson((l) => { l.title = { en: 'Search and pull' } }))).toEqual([`${FILE}: title.zh-CN: missing`])
    expect(errors(lesson((l) => { l.steps[0].hints[0].text.fr = 'non' }))).toEqual([`${FILE}: steps[0].hints[0].text.fr: unknown key`])
    expect(errors(lesson((l) => { l.title.en = '  ' }))).toEqual([`${FILE}: title.en: must not be empty`])
  })

  it('rejects unknown keys, suggesting the right spelling', () => {
    expect(errors(lesson((l) => { l.steps[0].hint = l.steps[0].hints }))).toEqual([
      `${FILE}: steps[0].hint: unknown key (did you mean "hints"?)`,
    ])
  })

  it('checks scenario, kind, ids and their uniqueness', () => {
    expect(errors(lesson((l) => { l.scenario = 'docker-redy' }))).toEqual([
      `${FILE}: scenario: unknown scenario "docker-redy" (one of docker-ready, bare-centos) (did you mean "docker-ready"?)`,
    ])
    expect(errors(lesson((l) => { l.kind = 'lab' }))).toEqual([`${FILE}: kind: expected "concept" or "hands-on", got "lab"`])
    expect(errors(lesson((l) => { l.steps.push(l.steps[0]) }))).toEqual([`${FILE}: steps[1].id: "pull-alpine" is already the id of steps[0]`])
    expect(errors(lesson((l) => { l.steps[0].id = 'Pull Alpine' }))).toEqual([
      `${FILE}: steps[0].id: "Pull Alpine" does not match /^[a-z0-9]+(?:-[a-z0-9]+)*$/`,
    ])
  })

  it('validates hint conditions, negation and mistakes', () => {
    expect(errors(lesson((l) => { l.steps[0].hints[0].when = [{ check: 'daemonRunning', not: 'yes' }] }))).toEqual([
      `${FILE}: steps[0].hints[0].when[0].not: expected true or false, got "yes"`,
    ])
    expect(errors(lesson((l) => { l.steps[0].hints[0].when = [] }))).toEqual([`${FILE}: steps[0].hints[0].when: needs at least one condition`])
    expect(errors(lesson((l) => { l.steps[0].goals[0].not = true }))).toEqual([`${FILE}: steps[0].goals[0].not: unknown key`])
    const ok = validateLessonSpec(lesson((l) => {
      l.steps[0].hints[0].when = [{ check: 'daemonRunning', not: true }]
      l.steps[0].hints[0].mistake = ['docker pull Alpine']
    }), FILE)
    expect(ok.spec?.steps[0].hints[0]).toMatchObject({ when: [{ check: 'daemonRunning', args: {}, not: true }], mistake: ['docker pull Alpine'] })
  })

  it('accepts raw keys in a solution, but not as its first entry', () => {
    expect(errors(lesson((l) => { l.steps[0].solution.push({ keys: '\u0003' }) }))).toEqual([])
    expect(errors(lesson((l) => { l.steps[0].solution.unshift({ keys: '\u0003' }) }))).toEqual([
      `${FILE}: steps[0].solution[0]: a solution starts with a command line`,
    ])
    expect(errors(lesson((l) => { l.steps[0].solution.push({ key: 'x' }) }))).toEqual([
      `${FILE}: steps[0].solution[1].key: unknown key (did you mean "keys"?)`,
      `${FILE}: steps[0].solution[1].keys: missing`,
    ])
  })

  it('wants exactly one correct choice in each quiz question', () => {
    const q = (correct: boolean[]) => lesson((l) => {
      l.quiz = [{ id: 'q1', question: text('Which?'), choices: correct.map((c, i) => ({ text: text(`choice ${i}`), correct: c })) }]
    })
    expect(errors(q([true, false]))).toEqual([])
    expect(errors(q([true, true]))).toEqual([`${FILE}: quiz[0].choices: exactly one choice must be correct, found 2`])
    expect(errors(q([true]))).toEqual([`${FILE}: quiz[0].choices: a question needs at least two choices`])
  })

  it('reports every problem, not only the first', () => {
    const r = validateLessonSpec({ id: 'x', order: 0, steps: {} }, FILE)
    expect(r.spec).toBeUndefined()
    expect(r.errors).toEqual([
      `${FILE}: scenario: missing`,
      `${FILE}: kind: missing`,
      `${FILE}: title: missing`,
      `${FILE}: id: "x" does not match /^(\\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/`,
      `${FILE}: order: expected a positive integer, got 0`,
      `${FILE}: steps: expected an array, got an object`,
    ])
  })
})

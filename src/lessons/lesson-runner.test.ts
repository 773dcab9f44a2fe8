import { describe, expect, it } from 'vitest'
import { createEventBus } from '../engine/events'
import { givenWorld, type WorldSpec } from './given-world.test-helper'
import type { LessonSpec } from './lesson-format'
import { createLessonRunner, type RunnerView } from './lesson-runner'

const text = (en: string) => ({ 'zh-CN': en, en })

const lesson: LessonSpec = {
  id: '06-run', order: 6, scenario: 'docker-ready', kind: 'concept', title: text('Run'),
  steps: [
    { id: 'read', goals: [], hints: [], solution: [] },
    {
      id: 'pull',
      goals: [{ check: 'imagePresent', args: { ref: 'alpine' } }],
      hints: [{ when: [{ check: 'commandRan', args: { pattern: '[A-Z]' } }], text: text('lowercase') }],
      solution: ['docker pull alpine'],
    },
    {
      id: 'look',
      goals: [{ check: 'commandRan', args: { pattern: '^docker images' } }],
      hints: [{ when: [{ check: 'commandRan', args: { pattern: '^docker image$' } }], text: text('docker image is a group') }],
      solution: ['docker images'],
    },
    {
      id: 'remove',
      goals: [{ check: 'imageAbsent', args: { ref: 'alpine' } }],
      hints: [{ when: [{ check: 'commandRan', args: { pattern: '^docker rm alpine' } }], text: text('rm removes containers; rmi removes images') }],
      solution: ['docker rmi alpine'],
    },
  ],
  quiz: [{ id: 'q', question: text('An image is…'), choices: [{ text: text('a template'), correct: true }, { text: text('a process'), correct: false }], explanation: text('Containers run; images do not.') }],
}

/** A world the test changes as a learner would, and a runner on it. */
function given(spec: WorldSpec = {}, progress?: Parameters<typeof createLessonRunner>[0]['progress']) {
  const state: WorldSpec & { history: string[] } = { ...spec, history: spec.history ?? [] }
  const events = createEventBus()
  const runner = createLessonRunner({ lesson, world: () => givenWorld(state), events, ...(progress ? { progress } : {}) })
  return {
    runner, state, events,
    type(line: string) { state.history.push(line); return runner.refresh() },
  }
}

const statuses = (v: RunnerView) => v.steps.map((s) => s.status)

describe('the lesson runner', () => {
  it('starts at the first step and waits for a reading step to be acknowledged', () => {
    const { runner } = given()
    expect(runner.view().current).toBe(0)
    expect(runner.refresh().current).toBe(0)
    expect(runner.acknowledge().current).toBe(1)
    expect(statuses(runner.view())).toEqual(['done', 'current', 'pending', 'pending'])
  })

  it('ignores acknowledge on a step with goals', () => {
    const { runner } = given()
    runner.acknowledge()
    expect(runner.acknowledge().current).toBe(1)
  })

  it('finishes a step when its goals hold, re-evaluating on engine events', () => {
    const { runner, state, events } = given()
    runner.acknowledge()
    state.images = ['alpine:latest']
    expect(runner.view().current).toBe(1)
    events.emit({ module: 'reference', type: 'tag.added', ref: 'alpine:latest', image: 'sha256:x' as never })
    expect(runner.view().current).toBe(2)
  })

  it('counts only commands typed after the step began', () => {
    const { runner, state, type } = given({ history: ['docker images'] })
    runner.acknowledge()
    state.images = ['alpine:latest']
    const v = runner.refresh()
    expect(v.current).toBe(2)
    expect(v.steps[2].goals).toEqual([{ goal: lesson.steps[2].goals[0], met: false }])
    expect(type('docker images').current).toBe(3)
  })

  it('keeps a finished step finished when its state goes away', () => {
    const { runner, state, type } = given()
    runner.acknowledge()
    state.images = ['alpine:latest']
    runner.refresh()
    type('docker images')
    state.images = []
    const v = runner.refresh()
    expect(statuses(v)).toEqual(['done', 'done', 'done', 'done'])
    expect(v.steps[1].goals[0].met).toBe(true)
  })

  it('runs through steps whose goals already hold', () => {
    const { runner, state } = given({ images: [] })
    state.images = ['alpine:latest']
    expect(runner.acknowledge().current).toBe(2)
  })

  it('shows the current step\'s hints that apply, and only those', () => {
    const { runner, type } = given()
    runner.acknowledge()
    expect(type('docker pull Alpine').hints.map((h) => h.text.en)).toEqual(['lowercase'])
    expect(type('docker rm alpine').hints.map((h) => h.text.en)).toEqual(['lowercase'])
  })

  it('grades quiz answers and finishes the lesson only when they are right', () => {
    const { runner, state, type } = given()
    runner.acknowledge()
    state.images = ['alpine:latest']
    runner.refresh()
    type('docker images')
    state.images = []
    expect(runner.refresh().current).toBe(4)
    expect(runner.view().finished).toBe(false)
    expect(runner.answer('q', 1)).toEqual({ correct: false, explanation: text('Containers run; images do not.') })
    expect(runner.view().quiz).toEqual([{ id: 'q', answer: 1, correct: false }])
    expect(runner.answer('q', 0).correct).toBe(true)
    expect(runner.view().finished).toBe(true)
    expect(() => runner.answer('q', 2)).toThrow('question "q" has no choice 2')
    expect(() => runner.answer('nope', 0)).toThrow('no quiz question "nope"')
  })

  it('notifies subscribers when the view changes, not on every evaluation', () => {
    const { runner, events } = given()
    const seen: number[] = []
    runner.subscribe((v) => seen.push(v.current))
    runner.refresh()
    events.emit({ module: 'daemon', type: 'daemon.started' })
    runner.acknowledge()
    expect(seen).toEqual([1])
  })

  it('stops listening to the engine when disposed', () => {
    const { runner, state, events } = given()
    runner.acknowledge()
    runner.dispose()
    state.images = ['alpine:latest']
    events.emit({ module: 'daemon', type: 'daemon.started' })
    expect(runner.view().current).toBe(1)
  })

  it('resumes from saved progress, marks included', () => {
    const first = given({ history: ['docker images'] })
    first.runner.acknowledge()
    first.state.images = ['alpine:latest']
    first.runner.refresh()
    first.runner.answer('q', 0)
    const saved = first.runner.progress()
    expect(saved).toEqual({ lessonId: '06-run', done: ['read', 'pull'], marks: { history: 1, commands: 0 }, answers: { q: 0 } })
    const again = given({ history: ['docker images'], images: ['alpine:latest'] }, saved)
    expect(again.runner.view().current).toBe(2)
    expect(again.type('docker images').current).toBe(3)
  })

  it('ignores progress saved for another lesson', () => {
    const { runner } = given({}, { lessonId: '01-other', done: ['read'], marks: { history: 0, commands: 0 }, answers: {} })
    expect(runner.view().current).toBe(0)
  })
})

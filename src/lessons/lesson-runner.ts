/** The lesson runner: walks a learner through a lesson's steps on a live world. Each evaluation is a pure function
 *  of a World snapshot and the current step's start marks; the runner adds the only state a lesson has — which
 *  steps are done, where the current one began, the quiz answers — and that state is plain data (progress()), so
 *  the UI can persist it beside the machine.
 *  Rules: steps finish in order; a finished step stays finished (step 5 removes the image step 4 pulled); when a
 *  step finishes, the next one begins at once and finishes too if its goals already hold; a reading step (no goals)
 *  waits for acknowledge(). Hints are the current step's hints whose conditions hold.
 *  A goal that holds for a moment counts: `docker run -d --name box alpine` runs box for an instant before its
 *  shell exits, and that finishes a `containerRunning {name: box}` step. Lessons therefore re-check such state in
 *  the step that relies on it (and give that step a hint for when it is gone).
 *  When to evaluate: on every engine event (wired here) and after every command the learner runs (the UI calls
 *  refresh() when the terminal becomes idle after Enter: host files, units and history change without events). */
import type { EngineEvent } from '../engine/events'
import type { Machine } from '../os/machine'
import { evaluateCheck, marksOf, type StepMarks } from './goal-checks'
import { applicableHints } from './hint-matching'
import type { Goal, Hint, LessonSpec, LocalizedText } from './lesson-format'
import { worldOf, type World } from './world'

export interface LessonProgress {
  lessonId: string
  /** Ids of the finished steps (a prefix of the lesson's steps). */
  done: string[]
  /** Where the current step began. */
  marks: StepMarks
  /** Quiz answers: question id → index of the chosen choice. */
  answers: Record<string, number>
}

export interface GoalView {
  goal: Goal
  met: boolean
}

export interface StepView {
  id: string
  status: 'done' | 'current' | 'pending'
  /** Live for the current step; all met for a finished step; none met for a step not begun. */
  goals: GoalView[]
}

export interface QuizView {
  id: string
  answer?: number
  correct: boolean
}

export interface RunnerView {
  lessonId: string
  steps: StepView[]
  /** Index of the current step; steps.length once all are done. */
  current: number
  /** The current step's hints that apply now. */
  hints: Hint[]
  quiz: QuizView[]
  /** Every step done and every quiz question answered correctly. */
  finished: boolean
}

export interface QuizResult {
  correct: boolean
  explanation?: LocalizedText
}

export interface LessonRunner {
  readonly lesson: LessonSpec
  /** The last evaluation. */
  view(): RunnerView
  /** Evaluates now, finishing steps whose goals hold; notifies subscribers if the view changed. */
  refresh(): RunnerView
  /** Finishes the current step if it is a reading step (no goals); otherwise changes nothing. */
  acknowledge(): RunnerView
  /** Records an answer to a quiz question (the last answer counts). Throws on an unknown question or choice. */
  answer(questionId: string, choice: number): QuizResult
  subscribe(listener: (view: RunnerView) => void): () => void
  /** The runner's state as plain data, to persist and pass back as `progress`. */
  progress(): LessonProgress
  /** Stops listening to engine events. */
  dispose(): void
}

export interface RunnerOptions {
  lesson: LessonSpec
  /** A snapshot of the world, taken at each evaluation. */
  world: () => World
  /** Engine events: each one triggers an evaluation. */
  events?: { subscribe(listener: (e: EngineEvent) => void): () => void }
  /** Saved progress of this lesson; ignored if it belongs to another lesson. */
  progress?: LessonProgress
}

export function createLessonRunner(o: RunnerOptions): LessonRunner {
  const { lesson } = o
  const saved = o.progress?.lessonId === lesson.id ? o.progress : undefined
  let current = 0
  while (saved && current < lesson.steps.length && saved.done.includes(lesson.steps[current].id)) current++
  let marks: StepMarks = saved ? { ...saved.marks } : marksOf(o.world())
  const answers: Record<string, number> = { ...(saved?.answers ?? {}) }
  const listeners = new Set<(v: RunnerView) => void>()
  let last: RunnerView
  let lastKey = ''

  function evaluate(acknowledged: boolean): RunnerView {
    const world = o.world()
    let ack = acknowledged
    for (;;) {
      const step = lesson.steps[current]
      if (!step) break
      const met = step.goals.length ? step.goals.every((g) => evaluateCheck(g, world, marks)) : ack
      if (!met) break
      ack = false
      current++
      marks = marksOf(world)
    }
    const step = lesson.steps[current]
    const steps: StepView[] = lesson.steps.map((s, i) => ({
      id: s.id,
      status: i < current ? 'done' : i === current ? 'current' : 'pending',
      goals: s.goals.map((goal) => ({ goal, met: i < current || (i === current && evaluateCheck(goal, world, marks)) })),
    }))
    const quiz = lesson.quiz.map((q) => {
      const a = answers[q.id]
      return { id: q.id, ...(a === undefined ? {} : { answer: a }), correct: a !== undefined && q.choices[a]?.correct === true }
    })
    return {
      lessonId: lesson.id, steps, current,
      hints: step ? applicableHints(step, world, marks) : [],
      quiz,
      finished: current >= lesson.steps.length && quiz.every((q) => q.correct),
    }
  }

  function publish(view: RunnerView): RunnerView {
    last = view
    const key = JSON.stringify(view)
    if (key !== lastKey) {
      lastKey = key
      for (const l of [...listeners]) l(view)
    }
    return view
  }

  const runner: LessonRunner = {
    lesson,
    view: () => last,
    refresh: () => publish(evaluate(false)),
    acknowledge() {
      const step = lesson.steps[current]
      return publish(evaluate(!!step && step.goals.length === 0))
    },
    answer(questionId, choice) {
      const q = lesson.quiz.find((x) => x.id === questionId)
      if (!q) throw new Error(`lesson ${lesson.id} has no quiz question "${questionId}"`)
      if (!Number.isInteger(choice) || choice < 0 || choice >= q.choices.length) throw new Error(`question "${questionId}" has no choice ${choice}`)
      answers[questionId] = choice
      publish(evaluate(false))
      const correct = q.choices[choice].correct
      return q.explanation ? { correct, explanation: q.explanation } : { correct }
    },
    subscribe(l) { listeners.add(l); return () => { listeners.delete(l) } },
    progress: () => ({ lessonId: lesson.id, done: lesson.steps.slice(0, current).map((s) => s.id), marks: { ...marks }, answers: { ...answers } }),
    dispose: () => unsubscribe?.(),
  }
  last = evaluate(false)
  lastKey = JSON.stringify(last)
  const unsubscribe = o.events?.subscribe(() => { runner.refresh() })
  return runner
}

/** A runner on a machine: it reads the machine's world and listens to its engine's events. */
export function runLesson(machine: Machine, lesson: LessonSpec, progress?: LessonProgress): LessonRunner {
  return createLessonRunner({ lesson, world: () => worldOf(machine), events: machine.engine.events, ...(progress ? { progress } : {}) })
}

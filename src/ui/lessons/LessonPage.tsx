/** One lesson: its text and goals beside the lesson's own terminal and the architecture diagram. Goals tick live
 *  (the runner re-evaluates on engine events and whenever the terminal goes idle); hints come on request; "Show
 *  solution" types the next command at the prompt without running it; ```sh blocks run with a click. */
import { lazy, Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { course } from './course'
import { Markdown } from './Markdown'
import { goalLabel } from './goal-label'
import { clearProgress, loadAllProgress, saveProgress } from './progress-store'
import { runLesson, type LessonRunner, type RunnerView } from '../../lessons/lesson-runner'
import { entryLabel } from '../../lessons/lesson-format'
import { useApp } from '../app-store'
import { TerminalPane } from '../TerminalPane'
import { ArchitectureDiagram } from '../diagram/ArchitectureDiagram'
import { resetWorld } from '../../adapters/xterm-session'
import type { Locale } from '../i18n'

const StateViews = lazy(() => import('../state/StateViews'))

export function LessonPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  const index = course.lessons.findIndex((l) => l.id === id)
  const lesson = course.lessons[index]
  const machine = useApp((s) => s.machine)
  const [runner, setRunner] = useState<LessonRunner | null>(null)
  const [view, setView] = useState<RunnerView | null>(null)
  const [showHints, setShowHints] = useState(false)
  const [generation, setGeneration] = useState(0)
  const [answers, setAnswers] = useState<Record<string, boolean>>({})
  const world = `lesson-${id}`

  useEffect(() => {
    if (!machine || !lesson) return
    let disposed = false
    let r: LessonRunner | undefined
    let offIdle = false
    void loadAllProgress().then((all) => {
      if (disposed) return
      r = runLesson(machine, lesson, all.get(lesson.id)?.progress)
      setRunner(r)
      setView(r.view())
      r.subscribe((v) => {
        setView(v)
        void saveProgress(lesson.id, { progress: r!.progress(), finished: v.finished, stepsDone: v.current })
      })
      // Host files, units and history change without engine events: re-check whenever a command finishes.
      const loop = async () => { while (!offIdle) { await machine.terminal.whenIdle(); if (offIdle) break; r!.refresh(); await new Promise((res) => setTimeout(res, 300)) } }
      void loop()
    })
    return () => { disposed = true; offIdle = true; r?.dispose(); setRunner(null) }
  }, [machine, lesson])

  if (!lesson) return <p>{t('lessons.notFound')} <a href="#/lessons">{t('lessons.back')}</a></p>
  const text = lesson.text[locale] ?? lesson.text.en
  const type = (lines: string[]) => { for (const l of lines) machine?.terminal.input(`${l}\r`); focusTerminal() }
  const current = view ? lesson.steps[view.current] : undefined
  const showSolution = () => {
    const next = current?.solution[0]
    if (next && typeof next === 'string') { machine?.terminal.input(next); focusTerminal() }
  }
  const reset = async () => {
    if (!confirm(t('lessons.resetConfirm'))) return
    await clearProgress(lesson.id)
    await resetWorld(world)
    setGeneration((g) => g + 1)
  }
  const prev = course.lessons[index - 1]
  const next = course.lessons[index + 1]

  return (
    <div className="lesson-page">
      <article className="lesson-text" lang={locale}>
        <nav className="lesson-nav"><a href="#/lessons">← {t('lessons.back')}</a></nav>
        <h2>{lesson.order}. {lesson.title[locale]}</h2>
        {text.intro && <Markdown source={text.intro} onRun={type} runLabel={t('lessons.run')} />}
        {lesson.steps.map((s, i) => {
          const sv = view?.steps[i]
          const st = text.steps[s.id]
          return (
            <section key={s.id} className={`step ${sv?.status ?? 'pending'}`} aria-current={sv?.status === 'current' ? 'step' : undefined}>
              <h3>{sv?.status === 'done' ? '✓ ' : ''}{st?.title}</h3>
              {sv?.status !== 'pending' && st && <Markdown source={st.markdown} onRun={type} runLabel={t('lessons.run')} />}
              {sv?.status === 'current' && (
                <div className="step-controls" onKeyDown={(e) => {
                  // Escape closes the hints and gives focus back to the button that opened them.
                  if (e.key === 'Escape' && showHints) { setShowHints(false); e.currentTarget.querySelector<HTMLButtonElement>('button[aria-expanded]')?.focus() }
                }}>
                  {s.goals.length > 0 && (
                    <ul className="goals" aria-label={t('lessons.goals')}>
                      {sv.goals.map((g, gi) => <li key={gi} className={g.met ? 'met' : undefined}>{g.met ? '☑' : '☐'} {goalLabel(g.goal, locale)}</li>)}
                    </ul>
                  )}
                  {s.goals.length === 0
                    ? <button type="button" onClick={() => runner?.acknowledge()}>{t('lessons.next')}</button>
                    : <>
                        <button type="button" onClick={() => setShowHints((h) => !h)} aria-expanded={showHints}>{t('lessons.hint')}</button>
                        <button type="button" onClick={showSolution}>{t('lessons.solution')}</button>
                        {current && <span className="solution-preview">{current.solution.map(entryLabel).join(' · ')}</span>}
                      </>}
                  {showHints && s.goals.length > 0 && (
                    <div className="hints" role="note">
                      {view!.hints.length ? view!.hints.map((h, hi) => <Markdown key={hi} source={h.text[locale]} onRun={type} runLabel={t('lessons.run')} />) : <p>{t('lessons.noHint')}</p>}
                    </div>
                  )}
                </div>
              )}
            </section>
          )
        })}
        {lesson.quiz.length > 0 && (
          <section className="quiz">
            <h3>{t('lessons.quiz')}</h3>
            {lesson.quiz.map((q) => (
              <fieldset key={q.id}>
                <legend>{q.question[locale]}</legend>
                {q.choices.map((c, ci) => (
                  <label key={ci}>
                    <input type="radio" name={q.id} onChange={() => { const r = runner?.answer(q.id, ci); if (r) setAnswers((a) => ({ ...a, [q.id]: r.correct })) }} />
                    {c.text[locale]}
                  </label>
                ))}
                {answers[q.id] !== undefined && <p className={answers[q.id] ? 'correct' : 'wrong'}>{answers[q.id] ? t('lessons.correct') : t('lessons.wrong')} {q.explanation?.[locale]}</p>}
              </fieldset>
            ))}
          </section>
        )}
        {view?.finished && <p className="lesson-done" role="status">{t('lessons.done')}</p>}
        <footer className="lesson-footer">
          {prev && <a href={`#/lessons/${prev.id}`}>← {t('lessons.previousLesson')}</a>}
          <button type="button" onClick={() => void reset()}>{t('lessons.reset')}</button>
          {next && <a href={`#/lessons/${next.id}`}>{t('lessons.nextLesson')} →</a>}
        </footer>
      </article>
      <div className="lesson-work">
        <TerminalPane key={`${world}:${generation}`} world={world} scenario={lesson.scenario} />
        {machine && (
          <div className="lesson-side">
            <ArchitectureDiagram engine={machine.engine} />
            <Suspense fallback={null}><StateViews host={machine} /></Suspense>
          </div>
        )}
      </div>
    </div>
  )
}

const focusTerminal = () => document.querySelector<HTMLTextAreaElement>('[data-testid=terminal] textarea')?.focus()

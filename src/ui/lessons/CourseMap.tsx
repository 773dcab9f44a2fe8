/** The course map: every lesson in order, with the learner's progress. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { course } from './course'
import { loadAllProgress, type SavedProgress } from './progress-store'
import type { Locale } from '../i18n'

export function CourseMap() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language as Locale
  const [progress, setProgress] = useState<Map<string, SavedProgress>>(new Map())
  useEffect(() => { void loadAllProgress().then(setProgress) }, [])
  return (
    <section className="course-map">
      <h2>{t('lessons.course')}</h2>
      <p>{t('lessons.intro')}</p>
      <ol>
        {course.lessons.map((l) => {
          const p = progress.get(l.id)
          return (
            <li key={l.id} className={p?.finished ? 'finished' : undefined}>
              <a href={`#/lessons/${l.id}`}>
                <span className="order">{l.order}</span>
                <span className="title">{l.title[locale] ?? l.title.en}</span>
                <span className="status">{p?.finished ? `✓ ${t('lessons.finished')}` : t('lessons.steps', { done: p?.stepsDone ?? 0, total: l.steps.length })}</span>
              </a>
            </li>
          )
        })}
      </ol>
    </section>
  )
}

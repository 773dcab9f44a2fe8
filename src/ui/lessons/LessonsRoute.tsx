/** The lessons part of the app (a lazy chunk: the course, Markdown, DOMPurify). */
import { I18nextProvider } from 'react-i18next'
import { i18n } from '../i18n'
import { useApp } from '../app-store'
import { CourseMap } from './CourseMap'
import { LessonPage } from './LessonPage'
import './lessons.css'
import '../diagram/diagram.css'

export default function LessonsRoute() {
  const route = useApp((s) => s.route)
  return (
    <I18nextProvider i18n={i18n}>
      {route.page === 'lesson' ? <LessonPage id={route.id} /> : <CourseMap />}
    </I18nextProvider>
  )
}

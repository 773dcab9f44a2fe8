/** The course, read from lessons/ at build time (Vite's import.meta.glob, as raw text) and loaded by src/lessons.
 *  This module is part of the lessons chunk: the sandbox never loads it. */
import { loadCourse } from '../../lessons/course-loader'

const files = import.meta.glob('/lessons/*/*', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

export const course = loadCourse(files)
if (course.errors.length) console.warn(`lessons: ${course.errors.length} problems\n${course.errors.join('\n')}`)

/** Lesson progress, kept in IndexedDB through the same Storage port as worlds (a small world of its own named
 *  "progress"): one meta row per lesson with the runner's plain-data progress and whether it was finished. */
import { openIndexedDbStorage } from '../../adapters/indexeddb-storage'
import { createMemoryStorage } from '../../engine/storage/memory-storage'
import type { Storage } from '../../engine/storage/storage'
import type { LessonProgress } from '../../lessons/lesson-runner'

export interface SavedProgress { progress: LessonProgress; finished: boolean; stepsDone: number }

let storage: Promise<Storage> | undefined
const open = () => (storage ??= openIndexedDbStorage('progress').catch(() => createMemoryStorage()))

export async function loadAllProgress(): Promise<Map<string, SavedProgress>> {
  const rows = await (await open()).readTable('meta')
  const out = new Map<string, SavedProgress>()
  for (const [k, row] of rows) if (k.startsWith('lesson:')) out.set(k.slice(7), row.value as SavedProgress)
  return out
}

export async function saveProgress(id: string, p: SavedProgress): Promise<void> {
  await (await open()).commit({ put: [{ table: 'meta', key: `lesson:${id}`, row: { key: `lesson:${id}`, value: p } }] })
}

export async function clearProgress(id: string): Promise<void> {
  await (await open()).commit({ delete: [{ table: 'meta', key: `lesson:${id}` }] })
}

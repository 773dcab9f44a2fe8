/** The page's first script, tiny and separate from the main bundle: it starts the slow steps of the first prompt
 *  that need no screen — opening the sandbox world's IndexedDB database, and fetching the shell's language and (for
 *  a new world) the Docker package's files — while the browser is still downloading and evaluating React, xterm
 *  and the rest. xterm-session.ts picks up what it started. */
import { openIndexedDbStorage } from './adapters/indexeddb-storage'

declare global {
  interface Window {
    /** What early.ts started for the sandbox world, taken (once) by adapters/xterm-session.ts. */
    __early?: { world: string; storage: ReturnType<typeof openIndexedDbStorage> }
  }
}

if (!location.hash.startsWith('#/lessons')) {
  const storage = openIndexedDbStorage('sandbox')
  storage.catch(() => {}) // xterm-session falls back to memory storage if this fails
  window.__early = { world: 'sandbox', storage }
  void import('./shell/shell').catch(() => {})
  void import('./os/docker-package').catch(() => {})
}

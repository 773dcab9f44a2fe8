/** The file editor the browser offers programs (vi, vim and nano open it): one request at a time, answered with the
 *  new text or null when the learner quits without saving. While open, `write` (lent by the program) writes the
 *  file at once for the command line's `:w` and answers with vim's message. */
import { createStore } from 'zustand/vanilla'
import type { EditorSession } from '../../programs/vi/vi'

export interface EditRequest {
  path: string
  content: string
  /** Writes now (vim's `:w [FILE]`): vim's message. Absent when the program lent no session. */
  write?: (content: string, file?: string) => string
  program: EditorSession['program']
  resolve(result: string | null): void
}

export const editorStore = createStore<{ request: EditRequest | null }>()(() => ({ request: null }))

/** The `editor` host service: what src/programs/vi calls. */
export const editorService = {
  edit(path: string, content: string, session?: EditorSession): Promise<string | null> {
    return new Promise((resolve) => {
      editorStore.setState({
        request: {
          path, content, program: session?.program ?? 'vim',
          write: session ? (text, file) => session.write(text, file) : undefined,
          resolve(result) { editorStore.setState({ request: null }); resolve(result) },
        },
      })
    })
  },
}

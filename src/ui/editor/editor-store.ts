/** The file editor the browser offers programs (vi opens it): one request at a time, answered with the new text
 *  or null when the learner quits without saving. */
import { createStore } from 'zustand/vanilla'

export interface EditRequest {
  path: string
  content: string
  resolve(result: string | null): void
}

export const editorStore = createStore<{ request: EditRequest | null }>()(() => ({ request: null }))

/** The `editor` host service: what src/programs/vi calls. */
export const editorService = {
  edit(path: string, content: string): Promise<string | null> {
    return new Promise((resolve) => {
      editorStore.setState({
        request: {
          path, content,
          resolve(result) { editorStore.setState({ request: null }); resolve(result) },
        },
      })
    })
  },
}

/** The Monaco editor over the terminal, opened by `vi FILE`. Monaco loads only now (this module is lazy) and from
 *  the local package: @monaco-editor/react would otherwise fetch it from a CDN and hang offline. */
import { useRef } from 'react'
import Editor, { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor/editor.api'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import { useStore } from 'zustand'
import { editorStore } from './editor-store'
import './editor.css'

self.MonacoEnvironment = { getWorker: () => new EditorWorker() }
loader.config({ monaco })

function languageOf(path: string): string {
  if (path.endsWith('.json')) return 'json'
  if (/\.(sh|bash)$/.test(path)) return 'shell'
  if (path.endsWith('.yml') || path.endsWith('.yaml')) return 'yaml'
  return 'plaintext'
}

export default function EditorOverlay() {
  const request = useStore(editorStore, (s) => s.request)
  const value = useRef('')
  if (!request) return null
  value.current = request.content
  const save = () => request.resolve(value.current)
  const quit = () => request.resolve(null)
  return (
    <div className="editor-overlay" role="dialog" aria-modal="true" aria-label={request.path}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key === 's') { e.preventDefault(); save() }
        if (e.key === 'Escape') { e.preventDefault(); quit() }
      }}>
      <div className="editor-bar">
        <span className="editor-path">{request.path}</span>
        <button type="button" onClick={save}>:wq  Save &amp; quit (Ctrl-S)</button>
        <button type="button" onClick={quit}>:q!  Quit without saving (Esc)</button>
      </div>
      <Editor height="100%" theme="vs-dark" defaultLanguage={languageOf(request.path)} defaultValue={request.content}
        onChange={(v) => { value.current = v ?? '' }} onMount={(ed) => ed.focus()}
        options={{ minimap: { enabled: false }, fontSize: 14, scrollBeyondLastLine: false }} />
    </div>
  )
}

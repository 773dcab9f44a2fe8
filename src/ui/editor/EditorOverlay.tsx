/** The Monaco editor over the terminal, opened by `vi FILE` / `nano FILE`. Monaco loads only now (this module is
 *  lazy) and from the local package: @monaco-editor/react would otherwise fetch it from a CDN and hang offline.
 *  A vim-style command line sits at the bottom: Escape in the text goes there (vim's normal mode), `:` starts a
 *  command (`:w`, `:wq`, `:x`, `:q`, `:q!`; see vim-command.ts), `i`/`a` or Escape on an empty line go back to the
 *  text. `:w` writes through the program at once and shows vim's message. Ctrl-S saves and quits. */
import { useEffect, useRef, useState } from 'react'
import Editor, { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor/editor.api'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import { useStore } from 'zustand'
import { editorStore, type EditRequest } from './editor-store'
import { vimCommand } from './vim-command'
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
  if (!request) return null
  // A new request (another file) starts a fresh editor with its own saved state.
  return <EditorSessionView key={`${request.path}\n${request.content.length}`} request={request} />
}

function EditorSessionView({ request }: { request: EditRequest }) {
  const value = useRef(request.content)
  const saved = useRef(request.content)
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null)
  const commandLine = useRef<HTMLInputElement>(null)
  const [command, setCommand] = useState('')
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const save = () => request.resolve(value.current)
  const quit = () => request.resolve(null)
  const toText = () => { setCommand(''); editor.current?.focus() }
  const toCommandLine = () => { setMessage(null); commandLine.current?.focus() }

  useEffect(() => () => { editor.current = null }, [])

  const run = (line: string) => {
    const action = vimCommand(line, value.current !== saved.current)
    setCommand('')
    if (action.kind === 'none') return
    if (action.kind === 'error') { setMessage({ text: action.message, error: true }); return }
    if (action.kind === 'quit') { quit(); return }
    if (!request.write) {
      if (action.quit && !action.file) { save(); return }
      setMessage({ text: `"${action.file ?? request.path}" E212: Can't open file for writing`, error: true })
      return
    }
    const text = value.current
    const result = request.write(text, action.file)
    if (/E\d+:/.test(result)) { setMessage({ text: result, error: true }); return }
    if (!action.file) saved.current = text
    if (action.quit) { quit(); return }
    setMessage({ text: result, error: false })
  }

  return (
    <div className="editor-overlay" role="dialog" aria-modal="true" aria-label={request.path}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key === 's') { e.preventDefault(); save() }
      }}>
      <div className="editor-bar">
        <span className="editor-path">{request.path}</span>
        <button type="button" onClick={save}>:wq  Save &amp; quit (Ctrl-S)</button>
        <button type="button" onClick={quit}>:q!  Quit without saving</button>
      </div>
      <div className="editor-body">
        <Editor height="100%" theme="vs-dark" defaultLanguage={languageOf(request.path)} defaultValue={request.content}
          onChange={(v) => { value.current = v ?? '' }}
          onMount={(ed, m) => {
            editor.current = ed
            // Escape leaves the text for the command line, unless a widget (suggestions, find) wants it first.
            ed.addCommand(m.KeyCode.Escape, toCommandLine, '!suggestWidgetVisible && !findWidgetVisible && !inSnippetMode')
            ed.focus()
          }}
          options={{ minimap: { enabled: false }, fontSize: 14, scrollBeyondLastLine: false }} />
      </div>
      <div className="editor-command">
        <input ref={commandLine} className="editor-command-input" aria-label="vim command line" spellCheck={false}
          value={command} placeholder={message ? '' : 'Esc then :w  :wq  :q!'}
          onChange={(e) => {
            const v = e.target.value
            setMessage(null)
            // Normal mode: `:` opens the command, i/a/o go back to inserting text; other keys do nothing here.
            if (command === '' && !v.startsWith(':')) { if (/^[iaoIAO]$/.test(v)) toText(); return }
            setCommand(v)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') { e.preventDefault(); run(command.replace(/^:/, '')) }
            else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); if (command) setCommand(''); else toText() }
          }} />
        {message && !command && <span className={message.error ? 'editor-message editor-error' : 'editor-message'} role="status">{message.text}</span>}
      </div>
    </div>
  )
}

/** The app shell: a header and the page for the current route. The terminal renders at once; the header's
 *  controls and the side panel (diagram) load lazily so they never delay the first prompt. */
import { lazy, Suspense, useEffect } from 'react'
import { appStore, useApp } from './app-store'
import { TerminalPane } from './TerminalPane'
import { useStore } from 'zustand'
import { editorStore } from './editor/editor-store'

const HeaderControls = lazy(() => import('./HeaderControls'))
const SkipLink = lazy(() => import('./HeaderControls').then((m) => ({ default: m.SkipLink })))
const SidePanel = lazy(() => import('./SidePanel'))
const EditorOverlay = lazy(() => import('./editor/EditorOverlay'))
const LessonsRoute = lazy(() => import('./lessons/LessonsRoute'))

export function App() {
  const bootError = useApp((s) => s.bootError)
  const page = useApp((s) => s.route.page)
  const booted = useApp((s) => s.booted)
  const editing = useStore(editorStore, (s) => s.request !== null)
  useEffect(() => {
    const onHash = () => appStore.getState().navigate(location.hash)
    window.addEventListener('hashchange', onHash)
    if (!location.hash) history.replaceState(null, '', '#/sandbox')
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  const controls = booted || page !== 'sandbox'
  return (
    <div className="app">
      {controls && <Suspense fallback={null}><SkipLink /></Suspense>}
      <header className="app-header">
        <svg className="logo" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
          <path fill="#fff" d="M3 12h17c.6-1.2 1.6-1.8 2.5-1.8-.4-1-1.4-1.6-2.3-1.5-.3-1.2-1.3-1.9-1.3-1.9s-.9.9-.8 2.1c-.1.3-.2.6-.4.9H3c-.4 3.4 1.6 7 7 7 4.7 0 8.3-2.2 9.7-5.8H3z" />
          <path fill="#fff" d="M5 8h2v2H5zm3 0h2v2H8zm3 0h2v2h-2zm0-3h2v2h-2zm3 3h2v2h-2z" />
        </svg>
        <h1>Docker Sandbox</h1>
        {controls && <Suspense fallback={null}><HeaderControls /></Suspense>}
      </header>
      <main className="app-main">
        {bootError && <p role="alert" className="error">The sandbox could not start: {bootError}</p>}
        {page === 'sandbox'
          ? (
            <div className="workspace">
              <TerminalPane world="sandbox" />
              {/* The panel's box is there from the start, so the terminal is fitted once, at its final width. */}
              <aside className="side-panel">{booted && <Suspense fallback={null}><SidePanel /></Suspense>}</aside>
            </div>
          )
          : <Suspense fallback={null}><LessonsRoute /></Suspense>}
      </main>
      {editing && <Suspense fallback={null}><EditorOverlay /></Suspense>}
    </div>
  )
}

/** The app shell: a header and the page for the current route. */
import { useEffect } from 'react'
import { appStore, useApp } from './app-store'
import { TerminalPane } from './TerminalPane'

export function App() {
  const page = useApp((s) => s.route.page)
  const bootError = useApp((s) => s.bootError)
  useEffect(() => {
    const onHash = () => appStore.getState().navigate(location.hash)
    window.addEventListener('hashchange', onHash)
    if (!location.hash) history.replaceState(null, '', '#/sandbox')
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  return (
    <div className="app">
      <header className="app-header">
        <span className="logo" aria-hidden="true">🐳</span>
        <h1>Docker Sandbox</h1>
        <nav><a href="#/sandbox" aria-current={page === 'sandbox' ? 'page' : undefined}>Sandbox</a></nav>
      </header>
      <main className="app-main">
        {bootError && <p role="alert" className="error">The sandbox could not start: {bootError}</p>}
        <TerminalPane world="sandbox" />
      </main>
    </div>
  )
}

/** What sits beside the sandbox's terminal: the welcome card (first visits), the live architecture diagram and the
 *  state views. Loaded after the first prompt (React.lazy), with i18next, so none of it delays the terminal; the
 *  welcome card and the state views are chunks of their own. */
import { lazy, Suspense, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { i18n } from './i18n'
import { useApp } from './app-store'
import { ArchitectureDiagram } from './diagram/ArchitectureDiagram'
import { welcomeDismissed } from './welcome/welcome-pref'

const WelcomeCard = lazy(() => import('./welcome/WelcomeCard'))
const StateViews = lazy(() => import('./state/StateViews'))

export default function SidePanel() {
  const machine = useApp((s) => s.machine)
  const [welcome, setWelcome] = useState(() => !welcomeDismissed())
  return (
    <I18nextProvider i18n={i18n}>
      {machine && welcome && <Suspense fallback={null}><WelcomeCard terminal={machine.terminal} onClose={() => setWelcome(false)} /></Suspense>}
      {machine && <ArchitectureDiagram engine={machine.engine} />}
      {machine && <Suspense fallback={null}><StateViews host={machine} /></Suspense>}
    </I18nextProvider>
  )
}

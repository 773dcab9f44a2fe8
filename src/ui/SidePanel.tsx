/** What sits beside the terminal: the live architecture diagram. Loaded after the first prompt (React.lazy), with
 *  i18next, so none of it delays the terminal. */
import { I18nextProvider } from 'react-i18next'
import { i18n } from './i18n'
import { useApp } from './app-store'
import { ArchitectureDiagram } from './diagram/ArchitectureDiagram'

export default function SidePanel() {
  const machine = useApp((s) => s.machine)
  return (
    <I18nextProvider i18n={i18n}>
      {machine && <ArchitectureDiagram engine={machine.engine} />}
    </I18nextProvider>
  )
}

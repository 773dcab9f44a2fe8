/** The first-visit card beside the sandbox's terminal: one command to type (a button types it at the prompt),
 *  and the way into the course. Dismissed once, it stays away (welcome-pref.ts). Lazy: the terminal never waits
 *  for it. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TerminalDevice } from '../../os/terminal-device'
import { dismissWelcome } from './welcome-pref'
import './welcome.css'

export const FIRST_COMMAND = 'docker version'
export const FIRST_LESSON = '01-what-is-docker'

export default function WelcomeCard({ terminal, onClose }: { terminal: TerminalDevice; onClose(): void }) {
  const { t } = useTranslation()
  const [typed, setTyped] = useState(false)
  const close = () => { dismissWelcome(); onClose(); focusTerminal() }
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <div className="welcome-head">
        <h2 id="welcome-title">{t('welcome.title')}</h2>
        <button type="button" className="dismiss" aria-label={t('welcome.dismiss')} title={t('welcome.dismiss')} onClick={close}>×</button>
      </div>
      <p>{t('welcome.intro')}</p>
      <ol>
        <li>
          {t('welcome.try')} <code>{FIRST_COMMAND}</code>
          <button type="button" className="type-it" onClick={() => {
            // The line is typed, not run: pressing Enter is the learner's first docker command.
            terminal.input(FIRST_COMMAND)
            setTyped(true)
            focusTerminal()
          }}>{t('welcome.typeIt')}</button>
          {typed && <span className="welcome-note" role="status">{t('welcome.pressEnter')}</span>}
        </li>
        <li>
          {t('welcome.course')} <a className="start" href={`#/lessons/${FIRST_LESSON}`}>{t('welcome.start')} →</a>
        </li>
      </ol>
      <p className="welcome-keys">{t('welcome.keys')}</p>
    </section>
  )
}

const focusTerminal = () => document.querySelector<HTMLTextAreaElement>('[data-testid=terminal] textarea')?.focus()

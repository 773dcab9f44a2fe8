/** The header's controls (lazy, with i18next): navigation, the language switch and the light/dark toggle; and the
 *  skip link that takes keyboard users past them to the terminal. */
import { useEffect } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { i18n, setLocale } from './i18n'
import { appStore, useApp } from './app-store'
import { osTheme, savedTheme } from './theme'

function Controls() {
  const { t, i18n: inst } = useTranslation()
  const page = useApp((s) => s.route.page)
  const theme = useApp((s) => s.theme)
  useEffect(() => {
    // Until the learner picks a theme, follow the OS when it switches (e.g. at sunset).
    if (typeof matchMedia !== 'function') return
    const mq = matchMedia('(prefers-color-scheme: light)')
    const onChange = () => { if (!savedTheme()) appStore.getState().setTheme(osTheme(), false) }
    mq.addEventListener('change', onChange)
    return () => mq.removeEventListener('change', onChange)
  }, [])
  const next = theme === 'dark' ? 'light' : 'dark'
  return (
    <>
      <nav aria-label={t('nav.main')}>
        <a href="#/sandbox" aria-current={page === 'sandbox' ? 'page' : undefined}>{t('nav.sandbox')}</a>
        <a href="#/lessons" aria-current={page !== 'sandbox' ? 'page' : undefined}>{t('nav.lessons')}</a>
      </nav>
      <div className="controls">
        <button type="button" className="theme-toggle" data-theme-next={next} title={t(`theme.switchTo.${next}`)}
          onClick={() => appStore.getState().setTheme(next)}>
          <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span> {t(`theme.${next}`)}
        </button>
        <button type="button" className="lang" onClick={() => setLocale(inst.language === 'zh-CN' ? 'en' : 'zh-CN')}
          lang={inst.language === 'zh-CN' ? 'en' : 'zh-CN'}>{t('nav.language')}</button>
      </div>
    </>
  )
}

export default function HeaderControls() {
  return <I18nextProvider i18n={i18n}><Controls /></I18nextProvider>
}

function SkipLinkText() {
  const { t } = useTranslation()
  return (
    <a className="skip-link" href="#terminal" onClick={(e) => {
      e.preventDefault()
      document.querySelector<HTMLTextAreaElement>('[data-testid=terminal] textarea')?.focus()
    }}>{t('nav.skip')}</a>
  )
}

/** First in the page's tab order: jumps to the terminal (without touching the hash, which is the router's). */
export function SkipLink() {
  return <I18nextProvider i18n={i18n}><SkipLinkText /></I18nextProvider>
}

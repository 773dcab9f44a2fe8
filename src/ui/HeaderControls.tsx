/** Navigation and the language switch (lazy, with i18next). */
import { I18nextProvider, useTranslation } from 'react-i18next'
import { i18n, setLocale } from './i18n'
import { useApp } from './app-store'

function Controls() {
  const { t, i18n: inst } = useTranslation()
  const page = useApp((s) => s.route.page)
  return (
    <>
      <nav>
        <a href="#/sandbox" aria-current={page === 'sandbox' ? 'page' : undefined}>{t('nav.sandbox')}</a>
        <a href="#/lessons" aria-current={page !== 'sandbox' ? 'page' : undefined}>{t('nav.lessons')}</a>
      </nav>
      <button type="button" className="lang" onClick={() => setLocale(inst.language === 'zh-CN' ? 'en' : 'zh-CN')}
        lang={inst.language === 'zh-CN' ? 'en' : 'zh-CN'}>{t('nav.language')}</button>
    </>
  )
}

export default function HeaderControls() {
  return <I18nextProvider i18n={i18n}><Controls /></I18nextProvider>
}

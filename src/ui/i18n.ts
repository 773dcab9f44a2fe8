/** UI strings in both locales (i18next). Lesson texts are Markdown files of their own (lessons/); these are the
 *  app's words: navigation, controls, the architecture diagram's labels, captions and module explanations.
 *  The chosen language is remembered in localStorage (a UI preference, not part of a world). */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './locales/en'
import { zhCN } from './locales/zh-CN'

export type Locale = 'zh-CN' | 'en'
const KEY = 'docker-sandbox:locale'

export function initialLocale(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(KEY) : null
  if (saved === 'zh-CN' || saved === 'en') return saved
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

export const i18n = i18next.createInstance()
void i18n.use(initReactI18next).init({
  lng: initialLocale(),
  fallbackLng: 'en',
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  interpolation: { escapeValue: false },
})

export function setLocale(l: Locale): void {
  localStorage.setItem(KEY, l)
  void i18n.changeLanguage(l)
  document.documentElement.lang = l
}

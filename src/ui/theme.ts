/** Light and dark themes. The page's colours are CSS variables chosen by `<html data-theme>`; the terminal gets a
 *  matching xterm theme. The default follows the OS (prefers-color-scheme); a choice made with the toggle is
 *  remembered in localStorage. This module is tiny and loaded with the first prompt, so the first paint already
 *  has the right colours (no flash of the other theme). */
import type { ITheme } from '@xterm/xterm'

export type Theme = 'light' | 'dark'
const KEY = 'docker-sandbox:theme'

export function savedTheme(): Theme | null {
  try {
    const t = localStorage.getItem(KEY)
    return t === 'light' || t === 'dark' ? t : null
  } catch { return null }
}

export const osTheme = (): Theme =>
  typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark'

export const initialTheme = (): Theme => savedTheme() ?? osTheme()

export function saveTheme(t: Theme): void {
  try { localStorage.setItem(KEY, t) } catch { /* private windows may refuse storage: the choice lasts this visit */ }
}

/** Puts the theme on <html> (CSS variables and the browser's own form controls and scrollbars follow it). */
export function applyTheme(t: Theme): void {
  if (typeof document === 'undefined') return
  document.documentElement.dataset.theme = t
  document.documentElement.style.colorScheme = t
}

const dark: ITheme = { background: '#1e1e1e', foreground: '#e6edf3', cursor: '#e6edf3', cursorAccent: '#1e1e1e', selectionBackground: '#264f78' }
// ANSI colours chosen to stay readable on white (xterm's defaults are made for black).
const light: ITheme = {
  background: '#fbfbfc', foreground: '#1f2328', cursor: '#1f2328', cursorAccent: '#fbfbfc', selectionBackground: '#b6d7ff',
  black: '#24292f', red: '#cf222e', green: '#116329', yellow: '#7d4e00', blue: '#0969da', magenta: '#8250df', cyan: '#1b7c83', white: '#6e7781',
  brightBlack: '#57606a', brightRed: '#a40e26', brightGreen: '#1a7f37', brightYellow: '#633c01', brightBlue: '#218bff', brightMagenta: '#a475f9', brightCyan: '#3192aa', brightWhite: '#8c959f',
}

export const terminalTheme = (t: Theme): ITheme => (t === 'light' ? light : dark)

/** The xterm theme for whatever theme the page shows now. */
export const currentTerminalTheme = (): ITheme =>
  terminalTheme(typeof document !== 'undefined' && document.documentElement.dataset.theme === 'light' ? 'light' : 'dark')

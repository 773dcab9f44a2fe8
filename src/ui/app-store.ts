/** UI state: a vanilla zustand store built from slices, read through narrow selectors. */
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import type { Machine } from '../os/machine'
import { applyTheme, initialTheme, saveTheme, type Theme } from './theme'

export type Route = { page: 'sandbox' } | { page: 'lessons' } | { page: 'lesson'; id: string }

interface RouteSlice {
  route: Route
  navigate(hash: string): void
}

interface SessionSlice {
  booted: boolean
  bootError: string | null
  /** The running world's machine, once booted (the diagram and lesson runner read it). */
  machine: Machine | null
  setBooted(ok: boolean, error?: string): void
  setMachine(m: Machine | null): void
}

interface ThemeSlice {
  /** Light or dark: the page's CSS variables and the terminal's xterm theme follow it. */
  theme: Theme
  /** `remember` (the toggle) keeps the choice for the next visit; following the OS does not. */
  setTheme(t: Theme, remember?: boolean): void
}

export type AppState = RouteSlice & SessionSlice & ThemeSlice

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/sandbox'
  if (path === '/lessons' || path === '/lessons/') return { page: 'lessons' }
  const m = /^\/lessons\/([a-z0-9-]+)$/.exec(path)
  if (m) return { page: 'lesson', id: m[1] }
  return { page: 'sandbox' }
}

export const appStore = createStore<AppState>()((set) => ({
  route: parseRoute(typeof location === 'undefined' ? '' : location.hash),
  navigate: (hash) => set({ route: parseRoute(hash) }),
  booted: false,
  bootError: null,
  machine: null,
  setBooted: (ok, error) => set({ booted: ok, bootError: error ?? null }),
  setMachine: (machine) => set({ machine }),
  theme: initialTheme(),
  setTheme: (theme, remember = true) => {
    if (remember) saveTheme(theme)
    applyTheme(theme)
    set({ theme })
  },
}))
applyTheme(appStore.getState().theme)

export const useApp = <T,>(selector: (s: AppState) => T): T => useStore(appStore, selector)

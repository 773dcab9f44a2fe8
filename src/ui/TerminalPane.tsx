/** The terminal: an xterm.js screen bound to one world's machine. */
import { useEffect, useRef } from 'react'
import { startSession, type Session } from '../adapters/xterm-session'
import { appStore } from './app-store'
import type { ScenarioName } from '../os/machine'
import { terminalTheme } from './theme'

export function TerminalPane({ world, scenario = 'docker-ready' }: { world: string; scenario?: ScenarioName }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let session: Session | undefined
    let cancelled = false
    let offTheme: (() => void) | undefined
    startSession(ref.current!, world, scenario).then(
      (s) => {
        if (cancelled) s.dispose()
        else {
          session = s
          const theme = () => { s.terminal.options.theme = terminalTheme(appStore.getState().theme) }
          theme()
          offTheme = appStore.subscribe((now, before) => { if (now.theme !== before.theme) theme() })
          // Tab completes in the shell, so Tab alone cannot leave the terminal: Shift+Tab does (no keyboard trap).
          s.terminal.attachCustomKeyEventHandler((e) => !(e.key === 'Tab' && e.shiftKey))
          appStore.getState().setBooted(true); appStore.getState().setMachine(s.machine)
        }
      },
      (e: unknown) => appStore.getState().setBooted(false, e instanceof Error ? e.message : String(e)),
    )
    return () => { cancelled = true; offTheme?.(); session?.dispose(); appStore.getState().setMachine(null) }
  }, [world, scenario])
  return <div className="terminal" data-testid="terminal" ref={ref} onClick={() => ref.current?.querySelector('textarea')?.focus()} />
}

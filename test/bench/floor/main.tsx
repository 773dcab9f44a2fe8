/** The bench floor: the least an app with this stack can ship and do before its first prompt. React renders a
 *  component that hosts an xterm Terminal, a tiny zustand store holds the prompt, and the prompt is written.
 *  `window.__floorReady` is stamped the way the app stamps `window.__firstPromptAt`: after xterm has parsed the
 *  write, in the next animation frame (after xterm's own render in that frame). test/bench/bench.mjs compares the app
 *  against this build, so keep it minimal: adding code here makes the app look better. */
import { StrictMode, useEffect, useRef } from 'react'
import { createRoot } from 'react-dom/client'
import { createStore, useStore } from 'zustand'
import { Terminal } from '@xterm/xterm'
import '@xterm/xterm/css/xterm.css'

declare global {
  interface Window {
    __floorReady?: number
  }
}

interface PromptState {
  prompt: string
  setPrompt: (prompt: string) => void
}

const store = createStore<PromptState>()((set) => ({
  prompt: '[root@localhost ~]# ',
  setPrompt: (prompt) => set({ prompt }),
}))

function TerminalView() {
  const host = useRef<HTMLDivElement>(null)
  const prompt = useStore(store, (s) => s.prompt)
  useEffect(() => {
    if (!host.current) return
    const term = new Terminal({ cols: 80, rows: 24 })
    term.open(host.current)
    term.write(prompt, () => {
      requestAnimationFrame(() => {
        window.__floorReady ??= performance.now()
      })
    })
    term.focus()
    return () => term.dispose()
  }, [prompt])
  return <div data-testid="terminal" ref={host} />
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <TerminalView />
  </StrictMode>,
)

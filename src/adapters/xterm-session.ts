/** Binds a machine's terminal device to an xterm.js Terminal in the page: keys in, output out, size kept in step
 *  with the element. Also the page API (window.dockerSandbox) for tests and embedding. */
import { Terminal } from '@xterm/xterm'
import { FitAddon } from '@xterm/addon-fit'
import '@xterm/xterm/css/xterm.css'
import { bootMachine, type Machine, type ScenarioName } from '../os/machine'
import { createSeededRandom } from '../engine/random'
import { createMemoryStorage } from '../engine/storage/memory-storage'
import type { Storage } from '../engine/storage/storage'
import { programTable } from '../programs/program-table'
import { screenText } from '../terminal/screen-text'
import { unicodeProvider } from '../terminal/unicode-provider'
import { openIndexedDbStorage } from './indexeddb-storage'
import { realClock } from './real-clock'

export interface DockerSandboxApi {
  /** Resolves once the terminal waits at a prompt for the learner's input, with no output pending. */
  whenIdle(): Promise<void>
  /** Every line of scrollback and screen, wrapped rows joined, trailing spaces trimmed. */
  screenText(): string
}

declare global {
  interface Window {
    dockerSandbox?: DockerSandboxApi
    __firstPromptAt?: number
  }
}

const opened = new Map<string, Promise<Storage>>()

/** A world's storage, opened once. Call it as early as possible (main.tsx does, before React renders): opening
 *  IndexedDB is the slowest step before the first prompt, and it need not wait for the page to be drawn. */
export function worldStorage(world: string): Promise<Storage> {
  let s = opened.get(world)
  if (!s) {
    // Private windows may refuse IndexedDB: the sandbox still works, without persistence.
    s = openIndexedDbStorage(world).catch(() => createMemoryStorage())
    opened.set(world, s)
  }
  return s
}

export interface Session {
  machine: Machine
  terminal: Terminal
  dispose(): void
}

export async function startSession(element: HTMLElement, world: string, scenario: ScenarioName): Promise<Session> {
  const storage = worldStorage(world)
  const term = new Terminal({
    cursorBlink: true,
    fontFamily: '"DejaVu Sans Mono", "Noto Sans Mono CJK SC", "Noto Sans CJK SC", Menlo, Consolas, monospace',
    fontSize: 14,
    // At 1.0 the underscore of several monospace fonts falls below the cell and is clipped away.
    lineHeight: 1.2,
    scrollback: 5000,
    theme: { background: '#1e1e1e' },
    allowProposedApi: true,
  })
  // Wide characters (CJK, emoji) must be measured the same way by xterm and by the line editor.
  term.unicode.register(unicodeProvider)
  term.unicode.activeVersion = unicodeProvider.version
  const fit = new FitAddon()
  term.loadAddon(fit)
  term.open(element)
  fit.fit()
  let writing = 0
  let drained: (() => void)[] = []
  const write = (data: string) => {
    writing++
    term.write(data, () => {
      if (--writing === 0) { const d = drained; drained = []; for (const f of d) f() }
    })
  }
  const whenDrained = () => (writing === 0 ? Promise.resolve() : new Promise<void>((r) => drained.push(r)))

  const machine = await bootMachine({
    storage: await storage, clock: realClock, random: createSeededRandom((Math.random() * 2 ** 32) >>> 0),
    programs: programTable, loadCatalog: () => import('../engine/registry/hub/catalog'),
    scenario, output: write, cols: term.cols, rows: term.rows,
  })
  const data = term.onData((d) => machine.terminal.input(d))
  const observer = new ResizeObserver(() => {
    fit.fit()
    machine.terminal.resize(term.cols, term.rows)
  })
  observer.observe(element)
  void machine.run()
  // Persist after every command: the prompt coming back is the moment the world is consistent.
  const persist = setInterval(() => { if (machine.terminal.isIdle()) void machine.sync() }, 1000)
  void machine.terminal.whenIdle().then(whenDrained).then(() => {
    requestAnimationFrame(() => { window.__firstPromptAt ??= performance.now() })
  })

  window.dockerSandbox = {
    async whenIdle() {
      await machine.terminal.whenIdle()
      await machine.sync()
      await whenDrained()
    },
    screenText: () => screenText(term.buffer.active),
  }
  term.focus()
  return {
    machine,
    terminal: term,
    dispose() {
      clearInterval(persist)
      data.dispose()
      observer.disconnect()
      term.dispose()
    },
  }
}

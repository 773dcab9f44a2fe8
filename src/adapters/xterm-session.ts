/** Binds a world's machine to an xterm.js Terminal in the page: keys in, output out, size kept in step with the
 *  element. Also the page API (window.dockerSandbox) for tests and embedding. */
import { Terminal } from '@xterm/xterm'
import { FitAddon } from '@xterm/addon-fit'
import '@xterm/xterm/css/xterm.css'
import { bootMachine, type Machine, type ScenarioName } from '../os/machine'
import { createSeededRandom } from '../engine/random'
import { createMemoryStorage } from '../engine/storage/memory-storage'
import type { Storage } from '../engine/storage/storage'
import { programTable } from '../programs/program-table'
import { preloadDockerCompletion } from '../programs/sh/command-completer'
import { screenText } from '../terminal/screen-text'
import { unicodeProvider } from '../terminal/unicode-provider'
import { DB_PREFIX, openIndexedDbStorage } from './indexeddb-storage'
import { realClock } from './real-clock'
import { editorService } from '../ui/editor/editor-store'
import { currentTerminalTheme } from '../ui/theme'

export interface DockerSandboxApi {
  /** Resolves once the terminal waits at a prompt for the learner's input, with no output pending. */
  whenIdle(): Promise<void>
  /** Every line of scrollback and screen, wrapped rows joined, trailing spaces trimmed. */
  screenText(): string
  /** Writes straight to the screen, bypassing the machine, and resolves once xterm has parsed it: the baseline
   *  `npm run bench` compares `docker logs` throughput with. */
  rawWrite(data: string): Promise<void>
  /** Types into the terminal as if from the keyboard (`\r` is Enter). */
  input(data: string): void
}

declare global {
  interface Window {
    dockerSandbox?: DockerSandboxApi
    __firstPromptAt?: number
  }
}

interface World {
  machine: Machine
  close(): void
  /** Where the machine's terminal output goes; until a screen attaches it is kept. */
  attach(write: (data: string) => void): void
}
const worlds = new Map<string, Promise<World>>()
/** Resolves once a prompt has been painted on the page: the daemon's code loads after it (machine.ts promptFirst). */
let paintedFirstPrompt!: () => void
const firstPromptPainted = new Promise<void>((resolve) => { paintedFirstPrompt = resolve })

/** A world's machine, booted once per page. Call it as early as possible (main.tsx does, before React renders):
 *  opening IndexedDB and loading the world is the slowest step before the first prompt, and it needs no screen.
 *  Output written before a screen attaches is kept and replayed. */
export function worldMachine(world: string, scenario: ScenarioName): Promise<World> {
  let w = worlds.get(world)
  if (!w) {
    w = (async () => {
      // Private windows may refuse IndexedDB: the sandbox still works, without persistence.
      const early = window.__early?.world === world ? window.__early.storage : undefined
      if (early) window.__early = undefined
      const storage: Storage & { close?(): void } = await (early ?? openIndexedDbStorage(world)).catch(() => createMemoryStorage())
      performance.mark('ds:storage')
      let pending = ''
      let sink: ((data: string) => void) | null = null
      const machine = await bootMachine({
        storage, clock: realClock, random: createSeededRandom((Math.random() * 2 ** 32) >>> 0),
        programs: programTable, loadCatalog: () => import('../engine/registry/hub/catalog'),
        scenario, output: (d) => { if (sink) sink(d); else pending += d }, cols: 80, rows: 24,
        services: { editor: editorService }, promptFirst: () => firstPromptPainted,
      })
      performance.mark('ds:booted')
      void machine.run()
      return {
        machine,
        close: () => storage.close?.(),
        attach(write) {
          sink = write
          if (pending) { write(pending); pending = '' }
        },
      }
    })()
    worlds.set(world, w)
  }
  return w
}

/** Forgets a world: its machine is dropped and its database deleted, so the next boot starts from the scenario. */
export async function resetWorld(world: string): Promise<void> {
  const w = worlds.get(world)
  worlds.delete(world)
  if (w) (await w.catch(() => undefined))?.close()
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_PREFIX + world)
    req.onsuccess = req.onerror = req.onblocked = () => resolve()
  })
}

export interface Session {
  machine: Machine
  terminal: Terminal
  dispose(): void
}

export async function startSession(element: HTMLElement, worldName: string, scenario: ScenarioName): Promise<Session> {
  performance.mark('ds:session')
  const booting = worldMachine(worldName, scenario)
  const term = new Terminal({
    cursorBlink: true,
    fontFamily: '"DejaVu Sans Mono", "Noto Sans Mono CJK SC", "Noto Sans CJK SC", Menlo, Consolas, monospace',
    fontSize: 14,
    // At 1.0 the underscore of several monospace fonts falls below the cell and is clipped away.
    lineHeight: 1.2,
    scrollback: 5000,
    theme: currentTerminalTheme(),
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
  // Output is coalesced per microtask: a program that prints 100,000 lines in a loop hands xterm one write, not
  // 100,000 (each with its own callback), which is most of the cost of a long `docker logs`.
  let buffered = ''
  const flush = () => {
    const data = buffered
    buffered = ''
    term.write(data, () => {
      if (--writing === 0) { const d = drained; drained = []; for (const f of d) f() }
    })
  }
  const write = (data: string) => {
    if (data === '') return
    if (buffered === '') { writing++; queueMicrotask(flush) }
    buffered += data
  }
  const whenDrained = () => (writing === 0 ? Promise.resolve() : new Promise<void>((r) => drained.push(r)))

  performance.mark('ds:term-open')
  const world = await booting
  const machine = world.machine
  world.attach(write)
  machine.terminal.resize(term.cols, term.rows)
  const data = term.onData((d) => machine.terminal.input(d))
  const observer = new ResizeObserver(() => {
    fit.fit()
    machine.terminal.resize(term.cols, term.rows)
  })
  observer.observe(element)
  // Persist after every command: the prompt coming back is the moment the world is consistent.
  const persist = setInterval(() => { if (machine.terminal.isIdle()) void machine.sync() }, 1000)
  performance.mark('ds:attached')
  void machine.terminal.whenIdle().then(() => performance.mark('ds:idle')).then(whenDrained).then(() => {
    performance.mark('ds:drained')
    requestAnimationFrame(() => { window.__firstPromptAt ??= performance.now(); setTimeout(paintedFirstPrompt, 0) })
    // Once the prompt is up, fetch the programs' code in the background, so the first `docker run` of a server
    // image (whose entrypoint runs a dozen tools) starts as fast as the next command the learner types.
    setTimeout(() => { for (const load of Object.values(programTable)) void load().catch(() => {}) }, 500)
  })

  window.dockerSandbox = {
    async whenIdle() {
      await machine.ready
      // Idle includes Tab being able to complete docker's words (they load after the first prompt is painted).
      await preloadDockerCompletion()
      await machine.terminal.whenIdle()
      await machine.sync()
      await whenDrained()
    },
    screenText: () => screenText(term.buffer.active),
    rawWrite: (data) => new Promise<void>((resolve) => term.write(data, resolve)),
    input: (data) => machine.terminal.input(data),
  }
  term.focus()
  // The prompt is up; the session (what the side panel and lessons read) is whole once the engine has loaded.
  await machine.ready
  return {
    machine,
    terminal: term,
    dispose() {
      clearInterval(persist)
      data.dispose()
      observer.disconnect()
      world.attach(() => {})
      term.dispose()
    },
  }
}

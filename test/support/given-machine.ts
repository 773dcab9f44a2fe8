/** A machine on @xterm/headless for cross-module tests: type lines as a learner would, read the screen as batch
 *  mode prints it. Virtual clock and seed by default, so output is repeatable. */
import headless from '@xterm/headless'
import { createMemoryStorage } from '../../src/engine/storage/memory-storage'
import { createSeededRandom } from '../../src/engine/random'
import { createVirtualClock } from '../../src/engine/clock'
import { bootMachine, type Machine, type ScenarioName } from '../../src/os/machine'
import { programTable } from '../../src/programs/program-table'
import { screenText } from '../../src/terminal/screen-text'
import { unicodeProvider } from '../../src/terminal/unicode-provider'
import type { Storage } from '../../src/engine/storage/storage'
import type { Catalog } from '../../src/engine/registry/registry'
import { alpineImages } from '../../src/engine/registry/hub/alpine'

export interface TestMachine {
  machine: Machine
  clock: ReturnType<typeof createVirtualClock>
  /** Types a line and Enter once the terminal is idle, then waits until it is idle again. */
  type(line: string): Promise<void>
  /** Sends raw keys. */
  keys(data: string): Promise<void>
  screen(): Promise<string>
  /** The text printed after the last prompt line that contains `command`. */
  output(command: string): Promise<string>
}

const alpineOnly = async (): Promise<Catalog> => ({ hubImages: alpineImages, searchIndex: [] })

export async function givenMachine(o: { scenario?: ScenarioName; storage?: Storage; seed?: number; cols?: number; catalog?: () => Promise<Catalog> } = {}): Promise<TestMachine> {
  const term = new headless.Terminal({ cols: o.cols ?? 120, rows: 40, scrollback: 10_000, allowProposedApi: true })
  term.unicode.register(unicodeProvider)
  term.unicode.activeVersion = unicodeProvider.version
  const clock = createVirtualClock(Date.UTC(2026, 0, 1))
  const machine = await bootMachine({
    storage: o.storage ?? createMemoryStorage(), clock, random: createSeededRandom(o.seed ?? 1), programs: programTable,
    loadCatalog: o.catalog ?? alpineOnly, scenario: o.scenario ?? 'docker-ready', output: (d) => term.write(d), cols: term.cols, rows: 40,
  })
  void machine.run()
  const flush = () => new Promise<void>((r) => term.write('', r))
  await machine.terminal.whenIdle()
  const screen = async () => { await flush(); return screenText(term.buffer.active) }
  return {
    machine,
    clock,
    async type(line) {
      await machine.terminal.whenIdle()
      clock.advance(1000)
      machine.terminal.input(`${line}\r`)
      await machine.terminal.whenIdle()
      await machine.sync()
    },
    async keys(data) { machine.terminal.input(data) },
    screen,
    async output(command) {
      const lines = (await screen()).split('\n')
      let at = -1
      lines.forEach((l, i) => { if (/[#$] /.test(l) && l.endsWith(command)) at = i })
      return lines.slice(at + 1, -1).join('\n')
    },
  }
}

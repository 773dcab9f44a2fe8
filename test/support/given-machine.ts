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
import { createTimeDriver, type TimeDriver } from '../../src/node/time-driver'

export interface TestMachine {
  machine: Machine
  clock: ReturnType<typeof createVirtualClock>
  /** Types a line and Enter once the terminal is idle, then waits until it is idle again (letting virtual time pass
   *  while the command can only be waiting for it, as a learner would wait). */
  type(line: string): Promise<void>
  /** Sends raw keys. */
  keys(data: string): Promise<void>
  screen(): Promise<string>
  /** The text printed after the last prompt line that contains `command`. */
  output(command: string): Promise<string>
  /** Lets the machine run (background containers included) until nothing happens for a moment of real time. */
  settle(): Promise<void>
  /** Lets `ms` of virtual time pass, waking sleepers in order. */
  pass(ms: number): Promise<void>
}

const alpineOnly = async (): Promise<Catalog> => ({ hubImages: alpineImages, searchIndex: [] })

/** Modules the machine loads on first use. Loading them up front keeps a test's first command from being mistaken
 *  for one that waits on time (the harness lets virtual time pass only while the foreground is quiet). */
const preload = () => Promise.all([
  ...Object.values(programTable).map((load) => load()),
  import('../../src/shell/shell'), import('../../src/engine/distribution/pull'), import('../../src/engine/layer/layer-blob'),
])

export async function givenMachine(o: { scenario?: ScenarioName; storage?: Storage; seed?: number; cols?: number; catalog?: () => Promise<Catalog>; services?: Record<string, unknown> } = {}): Promise<TestMachine> {
  await preload()
  const term = new headless.Terminal({ cols: o.cols ?? 120, rows: 40, scrollback: 10_000, allowProposedApi: true })
  term.unicode.register(unicodeProvider)
  term.unicode.activeVersion = unicodeProvider.version
  const clock = createVirtualClock(Date.UTC(2026, 0, 1))
  let activity = 0
  const onOutput: { driver?: TimeDriver } = {}
  const machine = await bootMachine({
    storage: o.storage ?? createMemoryStorage(), clock, random: createSeededRandom(o.seed ?? 1), programs: programTable,
    loadCatalog: o.catalog ?? alpineOnly, services: o.services, scenario: o.scenario ?? 'docker-ready', output: (d) => { activity++; onOutput.driver?.activity(); term.write(d) }, cols: term.cols, rows: 40,
  })
  void machine.run()
  const flush = () => new Promise<void>((r) => term.write('', r))
  await machine.terminal.whenIdle()
  const screen = async () => { await flush(); return screenText(term.buffer.active) }
  const driver = createTimeDriver(clock, machine.terminal, { maxStallMs: 3000 })
  onOutput.driver = driver
  const realTick = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))
  /** Quiet: no terminal output for a few real milliseconds. */
  const quiet = async () => {
    for (;;) {
      const before = activity
      await realTick(4)
      if (activity === before) return
    }
  }
  const settle = async () => { await quiet(); await realTick(10); await quiet() }
  const untilIdle = () => driver.untilIdle()
  const pass = (ms: number) => driver.pass(ms)
  return {
    machine,
    clock,
    pass,
    async type(line) {
      await untilIdle()
      await settle()
      await pass(1000)
      machine.terminal.input(`${line}\r`)
      await untilIdle()
      await machine.sync()
    },
    async keys(data) { machine.terminal.input(data); await quiet() },
    screen,
    settle,
    async output(command) {
      const lines = (await screen()).split('\n')
      let at = -1
      lines.forEach((l, i) => { if (/[#$] /.test(l) && l.endsWith(command)) at = i })
      return lines.slice(at + 1, -1).join('\n')
    },
  }
}

/** The Node entry: the same machine as the browser, on @xterm/headless.
 *    npm run --silent shell -- --batch [--scenario NAME] [--seed N] [--clock virtual] [--cols N]
 *  Batch mode types stdin lines one at a time (each once the previous command has finished or waits for input)
 *  and prints the terminal's final text. Without --batch the shell is interactive in your own terminal. */
import { parseArgs } from 'node:util'
import { createInterface } from 'node:readline'
import headless from '@xterm/headless'
import { createMemoryStorage } from '../engine/storage/memory-storage'
import { createSeededRandom } from '../engine/random'
import { createVirtualClock, type Clock } from '../engine/clock'
import { bootMachine, SCENARIOS, type ScenarioName } from '../os/machine'
import { programTable } from '../programs/program-table'
import { screenText } from '../terminal/screen-text'
import { unicodeProvider } from '../terminal/unicode-provider'
import { keysForLine } from './batch-input'
import { createTimeDriver, type TimeDriver } from './time-driver'

const { values } = parseArgs({
  options: {
    batch: { type: 'boolean', default: false },
    scenario: { type: 'string', default: 'docker-ready' },
    seed: { type: 'string' },
    clock: { type: 'string' },
    cols: { type: 'string', default: '120' },
  },
})

function fail(message: string): never {
  process.stderr.write(`shell: ${message}\n`)
  process.exit(2)
}

const scenario = values.scenario as ScenarioName
if (!SCENARIOS.includes(scenario)) fail(`unknown scenario '${values.scenario}' (known: ${SCENARIOS.join(', ')})`)
const cols = Number(values.cols)
if (!Number.isInteger(cols) || cols < 20) fail(`--cols must be a whole number ≥ 20`)
if (values.clock !== undefined && values.clock !== 'virtual') fail(`--clock takes only 'virtual'`)
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 32)

const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) }
// Batch mode never waits in real time: it runs on a virtual clock that time-driver.ts moves (from now, or from a
// fixed date with --clock virtual, which also moves it 1 s per line).
const virtual = values.clock === 'virtual' ? createVirtualClock(Date.UTC(2026, 0, 1)) : values.batch ? createVirtualClock(Date.now()) : undefined
const clock: Clock = virtual ?? realClock

const rows = values.batch ? 40 : process.stdout.rows || 40
const term = new headless.Terminal({ cols: values.batch ? cols : process.stdout.columns || cols, rows, scrollback: 100_000, allowProposedApi: true })
// Wide characters (CJK, emoji) must be measured the same way by xterm and by the line editor.
term.unicode.register(unicodeProvider)
term.unicode.activeVersion = unicodeProvider.version
const flush = () => new Promise<void>((r) => term.write('', r))

// Batch mode loads every program's code up front, as the browser does after its first prompt: a detached
// container's entrypoint (nginx runs a dozen tools) then keeps pace with the lines fed to the shell, instead of
// waiting on module loads while the virtual clock runs ahead.
if (values.batch) {
  await Promise.all([...Object.values(programTable).map((load) => load()), import('../shell/shell'), import('../engine/daemon/engine'), import('../os/container-runtime')])
}

let driver: TimeDriver | undefined
const machine = await bootMachine({
  storage: createMemoryStorage(), clock, random: createSeededRandom(seed), programs: programTable,
  loadCatalog: () => import('../engine/registry/hub/catalog'),
  scenario, cols: term.cols, rows,
  output: (data) => { driver?.activity(); if (values.batch) term.write(data); else process.stdout.write(data) },
})
void machine.run()
if (virtual) driver = createTimeDriver(virtual, machine.terminal)

if (values.batch && driver) {
  const time = driver
  const lines: string[] = []
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) lines.push(line)
  /** Idle, or (for control keys, which may target a running command) no output for a moment. */
  const settle = async (control: boolean) => {
    if (!control) return time.untilIdle()
    await Promise.race([time.untilIdle(), new Promise((r) => setTimeout(r, 200))])
  }
  await machine.terminal.whenIdle()
  for (const line of lines) {
    const { keys, control } = keysForLine(line)
    await settle(control)
    if (values.clock === 'virtual') await time.pass(1000)
    machine.terminal.input(keys)
  }
  await Promise.race([time.untilIdle(), new Promise((r) => setTimeout(r, 3000))])
  await machine.sync()
  await flush()
  process.stdout.write(screenText(term.buffer.active) + '\n')
  process.exit(0)
} else {
  process.stdin.setRawMode?.(true)
  process.stdin.setEncoding('utf8')
  process.stdin.on('data', (d: string) => {
    if (d === '\x1c') process.exit(0) // Ctrl-\ leaves the sandbox
    machine.terminal.input(d)
  })
  process.stdout.on('resize', () => machine.terminal.resize(process.stdout.columns, process.stdout.rows))
}

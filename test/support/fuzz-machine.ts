/** Drives a machine with fuzz lines (fuzz-lines.ts) through the whole stack a learner uses: keys → line editor →
 *  terminal device → sh → programs → engine. No screen emulator: the terminal's output is read as text, which is
 *  what the checks need and keeps a run fast.
 *
 *  Per line it checks:
 *  - the shell's prompt comes back (the terminal is idle and the reader is a shell) within a bound of virtual time
 *    and of timer firings. A command that is still waiting then gets Ctrl-C; a program still reading the terminal
 *    gets Ctrl-C, then Ctrl-P Ctrl-Q (docker's detach keys), then Ctrl-D. Only if none of these brings a prompt back
 *    is the line a "freeze";
 *  - nothing on screen is a JS leak: a stack frame (`at f (file.ts:1:2)`), `undefined`, `NaN`, `[object …]`,
 *    `internal error:` (what the kernel prints when a program threw), or an Error class name with a message;
 *  - no uncaught exception and no unhandled rejection happened (the caller listens to the process for those).
 *
 *  Time: the driver moves the virtual clock only while the foreground is quiet (no output for a couple of event-loop
 *  turns), timer by timer, as src/node/time-driver.ts does, but on setImmediate turns instead of real milliseconds. */
import { createMemoryStorage } from '../../src/engine/storage/memory-storage'
import { createSeededRandom } from '../../src/engine/random'
import { createVirtualClock } from '../../src/engine/clock'
import { bootMachine, type Machine } from '../../src/os/machine'
import { programTable } from '../../src/programs/program-table'
import type { Catalog } from '../../src/engine/registry/registry'
import { alpineImages } from '../../src/engine/registry/hub/alpine'
import { createLineGenerator } from './fuzz-lines'

export interface FuzzFailure {
  seed: number
  index: number
  line: string
  problem: string
  /** The last of the output around the problem. */
  output: string
}

export interface FuzzReport {
  lines: number
  failures: FuzzFailure[]
  /** Lines whose command had to be ended with Ctrl-C (or the other recovery keys). */
  interrupted: number
}

/** What on screen can only come from a JS value or exception leaking out. */
const LEAKS: [RegExp, string][] = [
  [/\bat [\w$.<>]+ \(?[^\s()]*\.[jt]s:\d+:\d+\)?/, 'a stack trace'],
  [/\bundefined\b/, '"undefined"'],
  [/\bNaN\b/, '"NaN"'],
  [/\[object \w+\]/, '"[object …]"'],
  [/internal error:/, 'an internal error'],
  [/\b(TypeError|RangeError|ReferenceError|SyntaxError|InternalError)\b: /, 'a JS error'],
  [/Maximum call stack/, 'a stack overflow'],
]

const turn = () => new Promise<void>((r) => setImmediate(r))
const tick = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

const alpineOnly = async (): Promise<Catalog> => ({ hubImages: alpineImages, searchIndex: [] })

export interface FuzzOptions {
  /** Virtual time one line may take before it gets Ctrl-C. */
  maxVirtualMs?: number
  /** Timers one line may fire before it gets Ctrl-C. */
  maxTimers?: number
  /** Real time a line may stay busy with no timer pending and no output (an await that never settles). */
  maxStallMs?: number
  /** Real time a line may run at all (`while true; do echo x; done` prints for ever) before it gets Ctrl-C. */
  maxBusyMs?: number
  /** Called after each line (progress). */
  onLine?(index: number): void
  /** Called with each line and what it printed (debugging). */
  trace?(line: string, output: string, ms: number): void
}

export async function bootFuzzMachine(seed: number): Promise<{ machine: Machine; clock: ReturnType<typeof createVirtualClock>; output: { text: string; count: number } }> {
  const clock = createVirtualClock(Date.UTC(2026, 0, 1))
  /** `text`: what was written since the caller last emptied it (its tail, past 200 kB). */
  const output = { text: '', count: 0 }
  const machine = await bootMachine({
    storage: createMemoryStorage(), clock, random: createSeededRandom(seed), programs: programTable,
    loadCatalog: alpineOnly, scenario: 'docker-ready', cols: 100, rows: 30,
    output: (d) => {
      output.count++
      output.text += d
      // Only the tail matters for the checks; keep memory flat over a million lines.
      if (output.text.length > 200_000) output.text = output.text.slice(-100_000)
    },
  })
  void machine.run()
  await machine.terminal.whenIdle()
  return { machine, clock, output }
}

/** Runs `count` lines from the generator seeded with `seed` on a fresh machine. */
export async function fuzzMachine(seed: number, count: number, o: FuzzOptions = {}): Promise<FuzzReport> {
  const maxVirtualMs = o.maxVirtualMs ?? 15 * 60_000
  const maxTimers = o.maxTimers ?? 400
  const maxStallMs = o.maxStallMs ?? 1500
  const maxBusyMs = o.maxBusyMs ?? 1000
  const { machine, clock, output } = await bootFuzzMachine(seed)
  const terminal = machine.terminal
  const gen = createLineGenerator(seed)
  const failures: FuzzFailure[] = []
  let interrupted = 0

  /** Runs until the terminal is idle; false when the bounds ran out first. */
  const untilIdle = async (): Promise<boolean> => {
    const start = clock.now()
    let idle = terminal.isIdle()
    if (idle) {
      // Idle at once may only mean the keys have not been looked at yet: give the shell a turn.
      await turn()
      idle = terminal.isIdle()
      if (idle) return true
    }
    void terminal.whenIdle().then(() => { idle = true })
    let quiet = 0
    let fired = 0
    let stalledSince = 0
    const began = Date.now()
    while (!idle) {
      const before = output.count
      await turn()
      if (idle) break
      if (Date.now() - began > maxBusyMs) return false
      if (output.count !== before) { quiet = 0; stalledSince = 0; continue }
      if (++quiet < 3) continue
      if (clock.now() - start > maxVirtualMs || fired >= maxTimers) return false
      if (clock.runNext()) { fired++; quiet = 0; stalledSince = 0; continue }
      // Nothing to fire: something real is under way (a digest, a dynamic import) or nothing ever will be.
      stalledSince ||= Date.now()
      if (Date.now() - stalledSince > maxStallMs) return false
      await tick(1)
    }
    return true
  }
  const atShellPrompt = () => terminal.isIdle() && terminal.reading()?.shell === true

  for (let index = 0; index < count; index++) {
    const line = gen.next()
    output.text = ''
    const started = performance.now()
    terminal.input(`${line}\r`)
    let ok = await untilIdle()
    if (!ok || !atShellPrompt()) {
      interrupted++
      for (const key of ['\x03', '\x10\x11', '\x04', '\x03']) {
        terminal.input(key)
        ok = await untilIdle()
        if (ok && atShellPrompt()) break
      }
    }
    // A continuation prompt (`> `) is a shell prompt too; leave it half the time so multi-line input is fuzzed.
    if (ok && atShellPrompt() && terminal.reading()?.prompt === '> ' && index % 2 === 0) {
      terminal.input('\x03')
      ok = await untilIdle()
    }
    const seen = output.text
    const state = () => ` [reading: ${JSON.stringify(terminal.reading())}, idle: ${terminal.isIdle()}, processes: ${[...machine.kernel.processes().entries()].map(([pid, p]) => `${pid} ${p.argv.join(' ')}`).join('; ')}]`
    const fail = (problem: string) => failures.push({ seed, index, line, problem: problem + state(), output: seen.slice(-2000) })
    if (!ok || !atShellPrompt()) fail('the prompt did not come back')
    for (const [re, what] of LEAKS) if (re.test(seen)) { fail(`the screen shows ${what}`); break }
    o.trace?.(line, seen, performance.now() - started)
    o.onLine?.(index)
    if (failures.length >= 5) break
  }
  return { lines: count, failures, interrupted }
}

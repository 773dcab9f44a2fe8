/** The long fuzz run: `npx tsx test/bench/fuzz.ts --lines 1000000 [--seed 1] [--per-machine 2000] [--parallel 8]`.
 *  Random lines (test/support/fuzz-lines.ts) on fresh machines of `--per-machine` lines each, `--parallel` at a time
 *  (lines that wait for ever are ended with Ctrl-C after a real-time bound, so running machines side by side
 *  overlaps those waits). Prints `fuzz: N lines, 0 uncaught exceptions, X lines/s` and exits 1 on any failure:
 *  an uncaught exception, an unhandled rejection, a prompt that did not come back, a JS leak on screen. */
import { parseArgs } from 'node:util'
import { fuzzMachine, type FuzzFailure } from '../support/fuzz-machine'

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'per-machine': { type: 'string', default: '2000' },
    parallel: { type: 'string', default: '8' },
  },
})
const total = Number(values.lines)
const firstSeed = Number(values.seed)
const perMachine = Number(values['per-machine'])
const parallel = Number(values.parallel)
if (![total, firstSeed, perMachine, parallel].every((n) => Number.isInteger(n) && n >= 0) || perMachine < 1 || parallel < 1) {
  process.stderr.write('fuzz: --lines, --seed, --per-machine and --parallel take whole numbers\n')
  process.exit(2)
}

const uncaught: unknown[] = []
process.on('unhandledRejection', (e) => { uncaught.push(e) })
process.on('uncaughtException', (e) => { uncaught.push(e) })

const failures: FuzzFailure[] = []
let done = 0
let nextChunk = 0
const chunks = Math.ceil(total / perMachine)
const started = performance.now()
let lastReport = started

async function worker(): Promise<void> {
  while (nextChunk < chunks && failures.length === 0 && uncaught.length === 0) {
    const chunk = nextChunk++
    const count = Math.min(perMachine, total - chunk * perMachine)
    const report = await fuzzMachine(firstSeed + chunk, count, {
      onLine() {
        done++
        const now = performance.now()
        if (now - lastReport > 10_000) {
          lastReport = now
          process.stderr.write(`fuzz: ${done}/${total} lines, ${Math.round(done / ((now - started) / 1000))} lines/s\n`)
        }
      },
    })
    failures.push(...report.failures)
  }
}

await Promise.all(Array.from({ length: Math.min(parallel, chunks) }, worker))
const seconds = (performance.now() - started) / 1000
for (const f of failures.slice(0, 10)) {
  process.stderr.write(`seed ${f.seed} line ${f.index} ${JSON.stringify(f.line).slice(0, 300)}: ${f.problem}\n${f.output.slice(-800)}\n\n`)
}
for (const e of uncaught.slice(0, 10)) process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`)
process.stdout.write(`fuzz: ${done} lines, ${uncaught.length} uncaught exceptions, ${Math.round(done / seconds)} lines/s\n`)
process.exit(failures.length || uncaught.length || done < total ? 1 : 0)

/** 10,000 random lines (test/support/fuzz-lines.ts) typed into the host's terminal, in five seeds of 2,000 on
 *  fresh machines: no uncaught exception or unhandled rejection, the prompt back after every line, no JS value or
 *  stack trace on screen. `npx tsx test/bench/fuzz.ts --lines 1000000` runs the long version. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fuzzMachine, type FuzzReport } from './support/fuzz-machine'
import { createLineGenerator } from './support/fuzz-lines'

const SEEDS = [11, 12, 13, 14, 15]
const LINES = 2000

const uncaught: unknown[] = []
const record = (e: unknown) => { uncaught.push(e) }
beforeAll(() => { process.on('unhandledRejection', record); process.on('uncaughtException', record) })
afterAll(() => { process.off('unhandledRejection', record); process.off('uncaughtException', record) })

const describeFailures = (r: FuzzReport) => r.failures.map((f) => `seed ${f.seed} line ${f.index} ${JSON.stringify(f.line).slice(0, 200)}: ${f.problem}\n${f.output.slice(-600)}`).join('\n\n')

describe('the terminal under random input', () => {
  it('generates the same lines from the same seed, and varied ones', () => {
    const a = createLineGenerator(7)
    const b = createLineGenerator(7)
    const lines = Array.from({ length: 500 }, () => a.next())
    expect(Array.from({ length: 500 }, () => b.next())).toEqual(lines)
    expect(new Set(lines).size).toBeGreaterThan(400)
    expect(lines.some((l) => l.length >= 10_000)).toBe(true)
    expect(lines.some((l) => /[\x00-\x08\x0e-\x1f]/.test(l))).toBe(true)
    expect(lines.some((l) => l.startsWith('docker '))).toBe(true)
    expect(lines.some((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true)
    expect(lines.some((l) => /undefined|NaN|object/i.test(l))).toBe(false)
  })

  describe.concurrent('keeps its prompt through 10,000 lines', () => {
    for (const seed of SEEDS) {
      it(`seed ${seed}: ${LINES} lines`, async () => {
        const report = await fuzzMachine(seed, LINES)
        expect(describeFailures(report)).toBe('')
        expect(report.lines).toBe(LINES)
        // Some lines wait for ever on purpose (cat, sleep 99999, docker logs -f): they were ended with Ctrl-C.
        expect(report.interrupted).toBeGreaterThan(0)
        expect(uncaught.map((e) => (e instanceof Error ? e.stack : String(e)))).toEqual([])
      }, 180_000)
    }
  })
})

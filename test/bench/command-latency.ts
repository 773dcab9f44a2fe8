/** P3: how long a command takes with 1,000 containers (250 running, 750 exited) and 200 images, in Node.
 *  Two clocks per command, each sampled over at least 200 runs:
 *    - "enter": from Enter to the next prompt through every layer (line editor, sh, docker CLI, engine) on
 *      @xterm/headless;
 *    - "cli": engine + CLI only, the time the /usr/bin/docker program itself runs (its Program call, timed by a
 *      wrapper in the program table), which is what the per-command targets are about.
 *  `docker ps -a` is also measured on the empty engine (no containers) before the 1,000 are made.
 *
 *  Usage: npx tsx test/bench/command-latency.ts [RUNS]   (RUNS is raised to at least 200)
 *  Output: human lines, then the last line is one JSON object, which bench.mjs reads:
 *    { images, containers, running, runs,
 *      ms:    { command: median enter→prompt ms },          (bench.mjs's P3 figure: its slowest value)
 *      enter: { command: { p50, p99 } },  cli: { command: { p50, p99 } },
 *      empty: { 'docker ps -a': { p50, p99 } (cli), enter: { p50, p99 } },
 *      psRatio: cli p99 of ps -a at 1,000 ÷ its empty-engine cli p99, psRatioEnter: the same on the enter clock }
 *  Each human line reads `P3 <command>: cli p50 X ms p99 Y ms; enter p50 X ms p99 Y ms`. */
import headless from '@xterm/headless'
import { createMemoryStorage } from '../../src/engine/storage/memory-storage'
import { createSeededRandom } from '../../src/engine/random'
import type { Clock } from '../../src/engine/clock'
import { bootMachine } from '../../src/os/machine'
import { programTable } from '../../src/programs/program-table'
import type { ProgramTable } from '../../src/os/kernel'
import { alpineImages } from '../../src/engine/registry/hub/alpine'

const RUNS = Math.max(200, Number(process.argv[2] ?? 200) || 200)
// Real time, so `sleep 3600` keeps 250 containers running while we measure.
const clock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => { setTimeout(r, Math.min(ms, 2 ** 31 - 1)) }) }
const term = new headless.Terminal({ cols: 200, rows: 50, scrollback: 1000, allowProposedApi: true })

/** The docker program's own run time, last call. */
let cliMs = 0
const timedTable: ProgramTable = {
  ...programTable,
  docker: () => programTable.docker().then((prog) => async (p) => {
    const start = performance.now()
    try { return await prog(p) } finally { cliMs = performance.now() - start }
  }),
}

const machine = await bootMachine({
  storage: createMemoryStorage(), clock, random: createSeededRandom(7), programs: timedTable,
  loadCatalog: async () => ({ hubImages: alpineImages, searchIndex: [] }), scenario: 'docker-ready',
  output: (d) => term.write(d), cols: 200, rows: 50,
})
void machine.run()
const t = machine.terminal
await t.whenIdle()
/** xterm parses what it was given in time slices (setTimeout); let it finish the previous command's output first,
 *  so its parsing is not counted in the next command's time. */
const drained = () => new Promise<void>((r) => { term.write('', r) })
const type = async (line: string) => { await t.whenIdle(); await drained(); const start = performance.now(); t.input(`${line}\r`); await t.whenIdle(); return performance.now() - start }

type Stats = { p50: number; p99: number }
const round = (x: number) => Math.round(x * 100) / 100
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] }
const stats = (xs: number[]): Stats => ({ p50: round(pct(xs, 0.5)), p99: round(pct(xs, 0.99)) })

async function measure(cmd: string) {
  const enter: number[] = []
  const cli: number[] = []
  for (let i = 0; i < 5; i++) await type(cmd) // warm-up: modules loaded, JIT
  for (let i = 0; i < RUNS; i++) {
    cliMs = NaN
    enter.push(await type(cmd))
    cli.push(cliMs)
  }
  return { enter: stats(enter), cli: cmd.startsWith('docker') ? stats(cli) : undefined }
}

await type('docker pull -q alpine')
const empty = await measure('docker ps -a')

const engine = machine.engine
const image = engine.resolveImage('alpine')!.id
for (let i = 0; i < 1000; i++) {
  const running = i % 4 === 0
  const c = await engine.createContainer({ image, imageRef: 'alpine', cmd: running ? ['sleep', '3600'] : ['true'] })
  await engine.startContainer(c.id)
}
await new Promise((r) => setTimeout(r, 300))
// 200 images: each a commit of an exited container (a new layer, config and ID of its own).
const exited = engine.containers().filter((c) => c.state.status === 'exited').slice(0, 199)
for (const [i, c] of exited.entries()) await engine.commitContainer(c.id, { ref: `img${i}:v1`, changes: [`LABEL n=${i}`] })
await new Promise((r) => setTimeout(r, 50))

const counts = { images: engine.images().size, containers: engine.containers().length, running: engine.containers().filter((c) => c.state.status === 'running').length }
const ms: Record<string, number> = {}
const enter: Record<string, Stats> = {}
const cli: Record<string, Stats> = {}
for (const cmd of ['docker ps', 'docker ps -a', 'docker images', 'docker pull -q alpine', 'docker pull alpine', 'docker run -d alpine true', 'ls /']) {
  const r = await measure(cmd)
  ms[cmd] = r.enter.p50
  enter[cmd] = r.enter
  if (r.cli) cli[cmd] = r.cli
  const c = r.cli ? `cli p50 ${r.cli.p50} ms p99 ${r.cli.p99} ms; ` : ''
  process.stdout.write(`P3 ${cmd}: ${c}enter p50 ${r.enter.p50} ms p99 ${r.enter.p99} ms\n`)
}
const psRatio = round(cli['docker ps -a'].p99 / empty.cli!.p99)
const psRatioEnter = round(enter['docker ps -a'].p99 / empty.enter.p99)
process.stdout.write(`P3 docker ps -a on the empty engine: cli p50 ${empty.cli!.p50} ms p99 ${empty.cli!.p99} ms; enter p50 ${empty.enter.p50} ms p99 ${empty.enter.p99} ms\n`)
process.stdout.write(`P3 docker ps -a p99 with ${counts.containers} containers ÷ empty-engine p99: cli ${psRatio}, enter ${psRatioEnter} (target ≤ 2; each p99 ≤ 4 ms)\n`)
process.stdout.write(JSON.stringify({ ...counts, runs: RUNS, ms, enter, cli, empty: { 'docker ps -a': empty.cli, enter: empty.enter }, psRatio, psRatioEnter }) + '\n')
process.exit(0)

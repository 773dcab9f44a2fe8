/** P3: how long a command takes with 1,000 containers (200 running, 800 exited) and 200 images, measured from Enter
 *  to the next prompt through every layer (line editor, sh, docker CLI, engine), on @xterm/headless in Node.
 *  Prints one JSON line: { command: median ms }. Run by bench.mjs. */
import headless from '@xterm/headless'
import { createMemoryStorage } from '../../src/engine/storage/memory-storage'
import { createSeededRandom } from '../../src/engine/random'
import type { Clock } from '../../src/engine/clock'
import { bootMachine } from '../../src/os/machine'
import { programTable } from '../../src/programs/program-table'
import { alpineImages } from '../../src/engine/registry/hub/alpine'

const RUNS = Number(process.argv[2] ?? 7)
// Real time, so `sleep 3600` keeps 200 containers running while we measure.
const clock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => { setTimeout(r, Math.min(ms, 2 ** 31 - 1)) }) }
const term = new headless.Terminal({ cols: 200, rows: 50, scrollback: 1000, allowProposedApi: true })
const machine = await bootMachine({
  storage: createMemoryStorage(), clock, random: createSeededRandom(7), programs: programTable,
  loadCatalog: async () => ({ hubImages: alpineImages, searchIndex: [] }), scenario: 'docker-ready',
  output: (d) => term.write(d), cols: 200, rows: 50,
})
void machine.run()
const t = machine.terminal
await t.whenIdle()
const type = async (line: string) => { await t.whenIdle(); const start = performance.now(); t.input(`${line}\r`); await t.whenIdle(); return performance.now() - start }

await type('docker pull -q alpine')
const engine = machine.engine
const image = engine.resolveImage('alpine')!.id
for (let i = 0; i < 1000; i++) {
  const running = i % 5 === 0
  const c = await engine.createContainer({ image, imageRef: 'alpine', cmd: running ? ['sleep', '3600'] : ['true'] })
  await engine.startContainer(c.id)
}
await new Promise((r) => setTimeout(r, 300))
// 200 images: each a commit of an exited container (a new layer, config and ID of its own).
const exited = engine.containers().filter((c) => c.state.status === 'exited').slice(0, 199)
for (const [i, c] of exited.entries()) await engine.commitContainer(c.id, { ref: `img${i}:v1`, changes: [`LABEL n=${i}`] })
await new Promise((r) => setTimeout(r, 50))

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const result: Record<string, number> = {}
for (const cmd of ['docker ps', 'docker ps -a', 'docker images', 'docker pull -q alpine', 'docker run -d alpine true', 'ls /']) {
  const times: number[] = []
  await type(cmd)
  for (let i = 0; i < RUNS; i++) times.push(await type(cmd))
  result[cmd] = Math.round(median(times) * 10) / 10
}
process.stdout.write(JSON.stringify({ images: engine.images().size, containers: engine.containers().length, running: engine.containers().filter((c) => c.state.status === 'running').length, ms: result }) + '\n')
process.exit(0)

/** `npm run bench`: how heavy and how slow the app is against a floor, a minimal app with the same stack
 *  (React + react-dom + @xterm/xterm and its CSS + zustand, in test/bench/floor/) built by the same Vite.
 *
 *    P1  critical-path JS+CSS, gzip -9, summed per file: what index.html loads before the first prompt (its entry
 *        script, that script's static imports, modulepreloads, stylesheets), not dynamically imported chunks.
 *    P2  time to first prompt in Chromium, from navigation start, with a fresh context (cold cache) per load.
 *        Read from in-page stamps: the app sets `window.__firstPromptAt = performance.now()` once the first
 *        prompt is drawn; the floor sets `window.__floorReady` the same way.
 *
 *  Each figure is a median of at least 5 runs. Usage:
 *    node test/bench/bench.mjs [--runs N] [--build | --no-build] [--check]
 *      --runs N    runs per figure (default 7, at least 5)
 *      --build     always rebuild the app (default: only when dist/ is missing or older than the sources)
 *      --no-build  never build the app
 *      --check     exit 1 if a figure misses its target
 *      --dist DIR  measure this built app instead of dist/ (implies --no-build)
 *      --only P2,P5  run only these figures
 *      --fuzz-lines N  lines for P6 (default 1,000,000)
 *  The floor is always rebuilt, into test/bench/.out/floor. */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import react from '@vitejs/plugin-react'
import { launchBrowser, serveStatic } from '../e2e/harness.mjs'
import { criticalPath } from './critical-path.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const PROMPT = '[root@localhost ~]#' // screenText() trims trailing spaces

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
const runsArg = argv.indexOf('--runs')
const RUNS = Math.max(5, runsArg >= 0 ? Number(argv[runsArg + 1]) || 7 : 7)
const distArg = argv.indexOf('--dist')

// ---------------------------------------------------------------------------------------------------------------
// Shared context for all benches.

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const kib = (bytes) => (bytes / 1024).toFixed(1)

/** Things started on first use and closed at the end (browser, servers). */
const opened = []
function lazy(make) {
  let value
  return () => {
    if (!value) {
      value = make()
      opened.push(value)
    }
    return value
  }
}

const ctx = {
  root,
  runs: RUNS,
  median,
  appDist: distArg >= 0 ? resolve(argv[distArg + 1]) : join(root, 'dist'),
  floorDist: join(here, '.out', 'floor'),
  /** Why the app cannot be measured, or undefined if dist/ is there. */
  appUnavailable: undefined,
  browser: lazy(() => launchBrowser()),
  appServer: lazy(() => serveStatic(ctx.appDist)),
  floorServer: lazy(() => serveStatic(ctx.floorDist)),
}

// ---------------------------------------------------------------------------------------------------------------
// Builds.

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = info.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

function buildAppIfNeeded() {
  const distIndex = join(ctx.appDist, 'index.html')
  if (flag('--no-build') || distArg >= 0) {
    if (!existsSync(distIndex)) ctx.appUnavailable = `${relative(root, ctx.appDist) || '.'}/index.html is missing`
    return
  }
  if (!existsSync(join(root, 'index.html'))) {
    ctx.appUnavailable = existsSync(distIndex) ? undefined : 'no index.html in the project yet'
    if (ctx.appUnavailable === undefined) console.log('bench: no index.html to build from; measuring the existing dist/')
    return
  }
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'].map((p) => newestMtime(join(root, p)))
  const stale = !existsSync(distIndex) || statSync(distIndex).mtimeMs < Math.max(...sources)
  if (!stale && !flag('--build')) return
  console.log('bench: building the app (npx vite build)…')
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) ctx.appUnavailable = `vite build failed (exit ${result.status})`
  else if (!existsSync(distIndex)) ctx.appUnavailable = 'vite build produced no dist/index.html'
}

/** Builds the floor with the app's Vite and the same options as vite.config.ts (base './', target es2022). */
async function buildFloor() {
  await build({
    configFile: false,
    root: join(here, 'floor'),
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: ctx.floorDist, emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2048 },
  })
}

// ---------------------------------------------------------------------------------------------------------------
// P1: critical-path bytes.

function gzipBytes(dir, files) {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0)
}

async function p1CriticalPathGzip(c) {
  const measure = (dir) => {
    const files = criticalPath(dir)
    const samples = Array.from({ length: c.runs }, () => gzipBytes(dir, files))
    return { files, bytes: c.median(samples) }
  }
  const floor = measure(c.floorDist)
  const lines = [`  floor: ${floor.files.join(', ')}`]
  if (c.appUnavailable) {
    lines.push(`P1 critical-path gzip: app unavailable (${c.appUnavailable}) / floor ${kib(floor.bytes)} KiB (target ≤ 1.25)`)
    return { lines, ok: undefined }
  }
  const app = measure(c.appDist)
  lines.unshift(`  app:   ${app.files.join(', ')}`)
  const r = app.bytes / floor.bytes
  lines.push(`P1 critical-path gzip: app ${kib(app.bytes)} KiB / floor ${kib(floor.bytes)} KiB = ${r.toFixed(2)} (target ≤ 1.25)`)
  return { lines, ok: r <= 1.25, value: r }
}

// ---------------------------------------------------------------------------------------------------------------
// P2: time to first prompt.

const LOAD_TIMEOUT = 30_000

/** One cold load of the app: ms from navigation start to the first prompt (in-page stamp if the app sets it). */
async function loadApp(browser, url) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(`${url}#/sandbox`, { waitUntil: 'commit' })
    const polled = await (await page.waitForFunction((prompt) => {
      const api = window.dockerSandbox
      if (!api || typeof api.screenText !== 'function') return false
      return api.screenText().replace(/\s+$/, '').endsWith(prompt) && performance.now()
    }, PROMPT, { polling: 'raf', timeout: LOAD_TIMEOUT })).jsonValue()
    // The stamp may land a frame after the text is there; give it a moment before falling back to the poll time.
    const stamp = await page
      .waitForFunction(() => typeof window.__firstPromptAt === 'number' && window.__firstPromptAt, null, { polling: 'raf', timeout: 2000 })
      .then((h) => h.jsonValue(), () => null)
    return { ms: stamp ?? polled, stamped: stamp !== null }
  } finally {
    await context.close()
  }
}

async function loadFloor(browser, url) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'commit' })
    const handle = await page.waitForFunction(() => window.__floorReady, null, { polling: 'raf', timeout: LOAD_TIMEOUT })
    return { ms: await handle.jsonValue(), stamped: true }
  } finally {
    await context.close()
  }
}

async function p2TimeToFirstPrompt(c) {
  const browser = await c.browser()
  const floorUrl = (await c.floorServer()).url
  const appUrl = c.appUnavailable ? undefined : (await c.appServer()).url
  const app = []
  const floor = []
  let appError
  let unstamped = 0
  const loadAppSafely = async () => {
    if (!appUrl || appError) return undefined
    try {
      return await loadApp(browser, appUrl)
    } catch (err) {
      appError = String(err.message ?? err).split('\n')[0]
      return undefined
    }
  }
  // One discarded warm-up each (Chromium's first renderer start), then alternate the order to spread drift.
  await loadFloor(browser, floorUrl)
  await loadAppSafely()
  for (let i = 0; i < c.runs; i++) {
    const order = i % 2 === 0 ? ['floor', 'app'] : ['app', 'floor']
    for (const which of order) {
      if (which === 'floor') {
        floor.push((await loadFloor(browser, floorUrl)).ms)
      } else {
        const r = await loadAppSafely()
        if (r) {
          app.push(r.ms)
          if (!r.stamped) unstamped++
        }
      }
    }
  }
  const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(' ')
  const lines = [`  floor runs (ms): ${fmt(floor)}`]
  const floorMs = c.median(floor)
  if (app.length < c.runs) {
    const why = c.appUnavailable ?? appError ?? 'too few successful loads'
    lines.push(`P2 time to first prompt: app unavailable (${why}) / floor ${floorMs.toFixed(0)} ms (target ≤ 1.3)`)
    return { lines, ok: undefined }
  }
  lines.unshift(`  app runs (ms):   ${fmt(app)}`)
  if (unstamped > 0) lines.push(`  note: the app does not set window.__firstPromptAt; ${unstamped} app figures are polling times (later by up to a frame)`)
  const appMs = c.median(app)
  const r = appMs / floorMs
  lines.push(`P2 time to first prompt: app ${appMs.toFixed(0)} ms / floor ${floorMs.toFixed(0)} ms = ${r.toFixed(2)} (target ≤ 1.3)`)
  return { lines, ok: r <= 1.3, value: r }
}

// ---------------------------------------------------------------------------------------------------------------
// ═══ BENCHES ═══ Add more benchmarks to this list. A bench is `async (ctx) => ({ lines, ok, value })`: `lines`
// are printed (the last one is the headline, `P<n> <what>: … (target …)`); `ok` is true/false against its target,
// or undefined if it could not be measured. ctx gives runs, median, appDist, appUnavailable, browser(),
// appServer() and floorServer() (each `{ url }`); use a fresh browser context per sample.
const benches = [
  p1CriticalPathGzip,
  p2TimeToFirstPrompt,
  p3CommandLatency,
  p5LogsThroughput,
  p6Fuzz,
]

const fuzzArg = argv.indexOf('--fuzz-lines')
const FUZZ_LINES = fuzzArg >= 0 ? Number(argv[fuzzArg + 1]) : 1_000_000

/** P6: random input lines through the whole stack (test/bench/fuzz.ts): no uncaught exception, no frozen prompt,
 *  no JS leaking onto the screen. 1,000,000 lines by default (about an hour on 2 cores); `--fuzz-lines N` for less. */
async function p6Fuzz() {
  const { spawnSync: run } = await import('node:child_process')
  // One machine at a time: machines run side by side in one process can stall (see the closing note of issue 3);
  // a run that stops making progress is killed after a generous bound and reported as a failure, not a hang.
  const timeout = (120 + FUZZ_LINES / 20) * 1000
  const r = run(process.execPath, ['--import', 'tsx', 'test/bench/fuzz.ts', '--lines', String(FUZZ_LINES), '--parallel', '1'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, timeout })
  const out = `${r.stdout}${r.stderr}`.trim().split('\n')
  const headline = out.filter((l) => /^fuzz: \d+ lines/.test(l)).pop()
  return {
    lines: [...out.filter((l) => !/^fuzz: \d+\/\d+ lines/.test(l)).slice(-6).map((l) => `  ${l}`), `P6 ${headline ?? `fuzz failed (${r.error ? `no end after ${timeout / 1000} s` : `exit ${r.status}`})`} (target: 0 uncaught exceptions)`],
    ok: r.status === 0,
    value: r.status,
  }
}

const LOG_LINES = 100_000
const LOG_FORMAT = '%g 172.17.0.1 - - [28/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/7.29.0" "-"'

/** P5: `docker logs` of 100k lines in Chromium, Enter → prompt back with every line drawn, against writing the same
 *  text straight into the same xterm (`window.dockerSandbox.rawWrite`). Throughput ratio = raw time / logs time. */
async function p5LogsThroughput(c) {
  if (c.appUnavailable) return { lines: [`P5 docker logs throughput: app unavailable (${c.appUnavailable}) (target ≥ 0.8× raw term.write)`], ok: undefined }
  const browser = await c.browser()
  const url = (await c.appServer()).url
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(`${url}#/sandbox`)
    await page.waitForFunction(() => window.dockerSandbox, null, { timeout: LOAD_TIMEOUT })
    const run = (line) => page.evaluate(async (l) => { window.dockerSandbox.input(`${l}\r`); await window.dockerSandbox.whenIdle() }, line)
    await run('docker pull -q debian')
    await run(`docker run -d --name big debian seq -f '${LOG_FORMAT.replace(/'/g, "'\\''")}' ${LOG_LINES}`)
    await run('docker wait big')
    const samples = []
    for (let i = 0; i < Math.min(c.runs, 5); i++) {
      samples.push(await page.evaluate(async (n) => {
        const api = window.dockerSandbox
        api.input('clear\r')
        await api.whenIdle()
        let t0 = performance.now()
        api.input('docker logs big\r')
        await api.whenIdle()
        const logs = performance.now() - t0
        const text = api.screenText()
        const lines = text.split('\n').filter((l) => /^\d+ 172\.17\.0\.1 /.test(l)).length
        api.input('clear\r')
        await api.whenIdle()
        const fmt = (i) => `${i} 172.17.0.1 - - [28/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/7.29.0" "-"\r\n`
        let raw = ''
        for (let i = 1; i <= n; i++) raw += fmt(i)
        t0 = performance.now()
        await api.rawWrite(raw)
        const rawMs = performance.now() - t0
        return { logs, raw: rawMs, lines }
      }, LOG_LINES))
    }
    const logs = c.median(samples.map((s) => s.logs))
    const raw = c.median(samples.map((s) => s.raw))
    const r = raw / logs
    return {
      lines: [
        `  ${LOG_LINES.toLocaleString('en')} lines; docker logs ms: ${samples.map((s) => s.logs.toFixed(0)).join(' ')}; raw term.write ms: ${samples.map((s) => s.raw.toFixed(0)).join(' ')}; lines kept in scrollback: ${samples[0].lines}`,
        `P5 docker logs throughput: ${(LOG_LINES / logs * 1000).toFixed(0)} lines/s vs raw ${(LOG_LINES / raw * 1000).toFixed(0)} lines/s = ${r.toFixed(2)}× (target ≥ 0.8×)`,
      ],
      ok: r >= 0.8,
      value: r,
    }
  } finally {
    await context.close()
  }
}

/** P3: Enter → next prompt with 1,000 containers (250 running) and 200 images, in Node through every layer.
 *  P4: the same runs' engine + CLI time alone (the docker program's run time), p99 over ≥ 200 runs: issue 4's
 *  `docker images` and cached `docker pull` and issue 5's `docker ps -a`, also against the empty engine. */
async function p3CommandLatency() {
  const { execFileSync } = await import('node:child_process')
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/command-latency.ts', String(RUNS)], { cwd: root, encoding: 'utf8' })
  const all = out.trim().split('\n')
  const r = JSON.parse(all.pop())
  const worst = Math.max(...Object.values(r.ms))
  const cli = (k) => r.cli[k].p99
  const p4 = [cli('docker images'), cli('docker pull -q alpine'), cli('docker ps -a')]
  const p4ok = Math.max(...p4) <= 4 && r.psRatioEnter <= 2
  return {
    lines: [
      ...all.map((l) => `  ${l}`),
      `P3 command latency with ${r.containers} containers and ${r.images} images: slowest median ${worst} ms (target ≤ 50 ms)`,
      '',
      `P4 engine+CLI p99: docker images ${p4[0]} ms, cached pull ${p4[1]} ms, docker ps -a ${p4[2]} ms (target ≤ 4 ms); ps -a p99 ÷ empty engine: Enter→prompt ${r.psRatioEnter}, engine+CLI ${r.psRatio} (target ≤ 2)`,
    ],
    ok: worst <= 50 && p4ok,
    value: worst,
  }
}
// ═══════════════

let exitCode = 0
try {
  buildAppIfNeeded()
  if (ctx.appUnavailable) console.log(`bench: app figures unavailable: ${ctx.appUnavailable}`)
  console.log('bench: building the floor (test/bench/floor → test/bench/.out/floor)…')
  await buildFloor()
  console.log(`bench: ${RUNS} runs per figure, medians; app: ${relative(root, ctx.appDist) || '.'}/\n`)
  const onlyArg = argv.indexOf('--only')
  const only = onlyArg >= 0 ? argv[onlyArg + 1].toUpperCase().split(',') : null
  for (const bench of benches) {
    if (only && !only.includes(`P${bench.name.match(/^p(\d+)/)?.[1]}`)) continue
    try {
      const result = await bench(ctx)
      for (const line of result.lines) console.log(line)
      if (result.ok === false && flag('--check')) exitCode = 1
    } catch (err) {
      console.log(`${bench.name}: failed: ${err.stack ?? err}`)
      exitCode = 1
    }
    console.log('')
  }
} finally {
  await Promise.all(opened.map((p) => p.then((x) => x.close()).catch(() => {})))
}

process.exit(exitCode)

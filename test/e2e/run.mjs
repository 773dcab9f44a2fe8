/** Runs every test/e2e/*.e2e.mjs against the built site in Chromium and prints per-test results and counts.
 *
 *  node test/e2e/run.mjs [NAME_FILTER…] [--dist DIR] [--url URL]
 *    NAME_FILTER  run only tests whose "file › name" contains one of these substrings
 *    --dist DIR   the built site to serve (default dist/); `npm run test:e2e` builds it first
 *    --url URL    test a site already being served (e.g. `npm start`'s http://127.0.0.1:5173/) instead
 *
 *  The last line is `e2e: N passed, N failed`. If E2E_RESULT_FILE is set, `{ "passed", "failed", "tests" }` is
 *  written there as JSON too (test/run-all.mjs reads it). Exit status 1 if any test failed. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { launchBrowser, runTest, serveStatic, testsOf } from './harness.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')

const args = process.argv.slice(2)
const filters = []
let distDir = join(root, 'dist')
let url
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--dist') distDir = resolve(args[++i])
  else if (args[i] === '--url') url = args[++i]
  else filters.push(args[i])
}

const results = []
let exitCode = 0
let server
let browser
try {
  if (!url) {
    if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir}/index.html is missing: run \`vite build\` first`)
    server = await serveStatic(distDir)
    url = server.url
  }
  if (!url.endsWith('/')) url += '/'
  browser = await launchBrowser()
  console.log(`e2e: ${url} in Chromium ${browser.version()}`)

  const files = readdirSync(here).filter((f) => f.endsWith('.e2e.mjs')).sort()
  for (const file of files) {
    let tests
    try {
      tests = testsOf(await import(pathToFileURL(join(here, file)).href), file)
    } catch (err) {
      report(`${file}`, { ok: false, error: err, ms: 0 })
      continue
    }
    for (const test of tests) {
      const full = `${file.replace(/\.e2e\.mjs$/, '')} › ${test.name}`
      if (filters.length > 0 && !filters.some((f) => full.includes(f))) continue
      report(full, await runTest(browser, url, test))
    }
  }
} catch (err) {
  // The run itself could not happen (no build, no browser): one failure, so nobody mistakes it for a pass.
  report('e2e setup', { ok: false, error: err, ms: 0 })
} finally {
  await browser?.close().catch(() => {})
  await server?.close()
}

function report(name, { ok, error, ms }) {
  results.push({ name, ok, ms, error: error ? String(error.stack || error) : undefined })
  if (ok) {
    console.log(`  ✓ ${name} (${ms} ms)`)
  } else {
    exitCode = 1
    console.log(`  ✗ ${name} (${ms} ms)`)
    console.log(indent(String(error?.stack || error)))
  }
}

function indent(text) {
  return text.split('\n').map((l) => `      ${l}`).join('\n')
}

const passed = results.filter((r) => r.ok).length
const failed = results.length - passed
if (process.env.E2E_RESULT_FILE) {
  writeFileSync(process.env.E2E_RESULT_FILE, JSON.stringify({ passed, failed, tests: results }, null, 2))
}
console.log(`e2e: ${passed} passed, ${failed} failed`)
process.exit(exitCode)

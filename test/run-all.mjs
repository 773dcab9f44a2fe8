/** `npm test`: typecheck, lint, unit tests (vitest) and the browser e2e suite, in that order, with their output
 *  streamed. Every step runs even if an earlier one failed, so one run shows everything that is red.
 *
 *  Counting: typecheck and lint are one test each; vitest counts its individual tests (read from its JSON
 *  report; a test file that fails to load counts as one failure); e2e counts its individual tests (read from the
 *  JSON that test/e2e/run.mjs writes to E2E_RESULT_FILE). A step that exits non-zero without any counted failure
 *  (a crash, a failed build) adds one failure. The last line is exactly `N passed, N failed`. */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const tmp = mkdtempSync(join(tmpdir(), 'docker-sandbox-test-'))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function exec(command, args, env = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('error', (err) => { console.error(String(err)); done(127) })
    child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)))
  })
}

function banner(title) {
  console.log(`\n━━━ ${title} ${'━'.repeat(Math.max(0, 72 - title.length))}`)
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
  } catch {
    return undefined
  }
}

/** A step that is one test: passes if it exits 0. */
const wholeStep = (title, script) => ({
  title,
  async run() {
    const code = await exec(npm, ['run', script])
    return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }
  },
})

const steps = [
  wholeStep('typecheck', 'typecheck'),
  wholeStep('lint', 'lint'),
  {
    title: 'unit (vitest)',
    async run() {
      const out = join(tmp, 'vitest.json')
      const code = await exec(npm, ['run', 'test:unit', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`])
      const report = readJson(out)
      if (!report) return { passed: 0, failed: 1, note: 'no vitest JSON report' }
      const passed = report.numPassedTests ?? 0
      // A file that cannot load has no test results but is a failed suite: count it once.
      const brokenFiles = (report.testResults ?? []).filter(
        (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
      ).length
      let failed = (report.numFailedTests ?? 0) + brokenFiles
      if (code !== 0 && failed === 0) failed = 1
      return { passed, failed }
    },
  },
  {
    title: 'e2e (vite build + Chromium)',
    async run() {
      const out = join(tmp, 'e2e.json')
      const code = await exec(npm, ['run', 'test:e2e'], { E2E_RESULT_FILE: out })
      const report = readJson(out)
      if (!report) return { passed: 0, failed: 1, note: 'no e2e result (build failed?)' }
      let failed = report.failed ?? 0
      if (code !== 0 && failed === 0) failed = 1
      return { passed: report.passed ?? 0, failed }
    },
  },
]

const summary = []
for (const step of steps) {
  banner(step.title)
  const started = Date.now()
  let result
  try {
    result = await step.run()
  } catch (err) {
    console.error(err)
    result = { passed: 0, failed: 1, note: String(err) }
  }
  summary.push({ ...step, ...result, seconds: ((Date.now() - started) / 1000).toFixed(1) })
}
rmSync(tmp, { recursive: true, force: true })

banner('summary')
for (const s of summary) {
  const mark = s.failed > 0 ? '✗' : '✓'
  console.log(`  ${mark} ${s.title.padEnd(30)} ${String(s.passed).padStart(4)} passed ${String(s.failed).padStart(3)} failed  ${s.seconds}s${s.note ? `  (${s.note})` : ''}`)
}
const passed = summary.reduce((n, s) => n + s.passed, 0)
const failed = summary.reduce((n, s) => n + s.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 ? 1 : 0

/** The browser test harness: a static server for a built site, a Chromium launcher, the helpers e2e tests use,
 *  and a runner that gives each test a fresh browser context (so a fresh IndexedDB) and fails it on any console
 *  error or uncaught page error. No dependency beyond node: and playwright-core.
 *
 *  An e2e file is `test/e2e/<name>.e2e.mjs` and exports `tests`: a list of named async functions (or
 *  `{ name, fn }` objects). Each receives `{ page, baseUrl, browser, context, helpers }`. */
import { createServer } from 'node:http'
import { stat, readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { chromium } from 'playwright-core'

export const HOST_PROMPT = '[root@localhost ~]# '

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.tar': 'application/x-tar',
  '.gz': 'application/gzip',
}

/** Serves `root` on 127.0.0.1 (a free port unless one is given). Unknown paths without a file extension get
 *  index.html (SPA fallback); unknown files get 404, so a missing chunk is an error, not HTML parsed as JS. */
export async function serveStatic(root, { port = 0, host = '127.0.0.1' } = {}) {
  const base = resolve(root)
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      let rel = decodeURIComponent(url.pathname)
      if (rel.endsWith('/')) rel += 'index.html'
      const file = normalize(join(base, rel))
      if (file !== base && !file.startsWith(base + sep)) return send(res, 403, 'text/plain', 'Forbidden')
      let body
      let type
      try {
        const info = await stat(file)
        if (!info.isFile()) throw new Error('not a file')
        body = await readFile(file)
        type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream'
      } catch {
        if (extname(rel) !== '' && !rel.endsWith('.html')) return send(res, 404, 'text/plain', 'Not found')
        body = await readFile(join(base, 'index.html'))
        type = MIME['.html']
      }
      send(res, 200, type, req.method === 'HEAD' ? undefined : body, body.length)
    } catch (err) {
      send(res, 500, 'text/plain', String(err))
    }
  })
  await new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, ok)
  })
  const address = server.address()
  const url = `http://${host}:${address.port}/`
  return {
    url,
    port: address.port,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()) }),
  }
}

function send(res, status, type, body, length) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    ...(length !== undefined ? { 'Content-Length': String(length) } : {}),
  })
  res.end(body)
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Debian's chromium (or CHROME_PATH); `npx playwright install` is not needed. */
export function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    ...options,
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers given to every test.

const TERMINAL = '[data-testid="terminal"]'

/** Resolves once the sandbox API is on the page and the terminal waits at a prompt. */
async function waitIdle(page, timeout = 30_000) {
  await page.waitForFunction(() => typeof window.dockerSandbox?.whenIdle === 'function', null, { timeout })
  await withTimeout(page.evaluate(() => window.dockerSandbox.whenIdle()), timeout, 'dockerSandbox.whenIdle()')
}

async function focusTerminal(page) {
  const focused = await page.evaluate((sel) => {
    const el = document.querySelector(sel)
    return !!el && !!document.activeElement && el.contains(document.activeElement)
  }, TERMINAL)
  if (!focused) await page.click(TERMINAL)
}

/** Every line of scrollback + screen, as `window.dockerSandbox.screenText()` gives it. */
async function screen(page) {
  return page.evaluate(() => window.dockerSandbox.screenText())
}

/** Types `text`, presses Enter and waits until the terminal is idle at a prompt again. */
async function typeLine(page, text, { timeout = 30_000 } = {}) {
  await focusTerminal(page)
  if (text.length > 0) await page.keyboard.type(text)
  const before = await screen(page)
  await page.keyboard.press('Enter')
  // Enter always moves the screen (at least a new line). Waiting for that first means whenIdle() cannot answer
  // for the prompt we are leaving; if nothing changes in 2 s, whenIdle() decides alone.
  await page
    .waitForFunction((prev) => window.dockerSandbox.screenText() !== prev, before, { polling: 'raf', timeout: 2000 })
    .catch(() => {})
  await waitIdle(page, timeout)
}

/** Types a command line and returns what it printed: the lines between its echo and the next prompt. */
async function run(page, command, options) {
  await typeLine(page, command, options)
  return outputOf(await screen(page), command)
}

/** The output of the last echo of `command` in `text` (the lines after `<prompt>command`, before the last line). */
function outputOf(text, command) {
  const lines = text.replace(/\s+$/, '').split('\n')
  const want = command.trimEnd()
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trimEnd()
    if (line.endsWith(want) && /[#$>] ?$/.test(line.slice(0, line.length - want.length))) {
      return lines.slice(i + 1, lines.length - 1).join('\n')
    }
  }
  throw new Error(`command ${JSON.stringify(command)} not found on screen:\n${tail(text)}`)
}

/** Reloads the page and waits for the terminal to be idle at its first prompt. */
async function reload(page, { timeout = 30_000 } = {}) {
  await page.reload({ waitUntil: 'load' })
  await waitIdle(page, timeout)
}

/** Opens `hash` (default `#/sandbox`) on the served site and waits idle. */
async function open(page, baseUrl, hash = '#/sandbox', { timeout = 30_000 } = {}) {
  await page.goto(baseUrl + hash, { waitUntil: 'load' })
  await page.waitForSelector(TERMINAL, { timeout })
  await waitIdle(page, timeout)
}

/** Screen text with trailing blank lines and spaces gone; screenText() trims each line, so prompts lose their
 *  trailing space there. Compare prompts with `endsWithPrompt`. */
function endsWithPrompt(text, prompt) {
  return text.replace(/\s+$/, '').endsWith(prompt.trimEnd())
}

function tail(text, n = 25) {
  return text.replace(/\s+$/, '').split('\n').slice(-n).join('\n')
}

function assert(condition, message) {
  if (!condition) throw new Error(message)
}

function expectContains(text, needle, what = 'screen') {
  const ok = typeof needle === 'string' ? text.includes(needle) : needle.test(text)
  if (!ok) throw new Error(`${what} does not contain ${needle instanceof RegExp ? needle : JSON.stringify(needle)}:\n${tail(text)}`)
}

function expectPrompt(text, prompt) {
  if (!endsWithPrompt(text, prompt)) throw new Error(`screen does not end with ${JSON.stringify(prompt)}:\n${tail(text)}`)
}

/** Fails if the screen shows signs of a JS error leaking into the terminal. */
function expectNoJsLeak(text) {
  for (const bad of [/TypeError/, /ReferenceError/, /\bundefined\b/, /\[object Object\]/, /\bNaN\b/]) {
    if (bad.test(text)) throw new Error(`screen shows ${bad}:\n${tail(text, 40)}`)
  }
}

/** Runs `fn` and prefixes any failure with the step's name, so a red test says where it broke. */
export async function step(name, fn) {
  try {
    return await fn()
  } catch (err) {
    err.message = `step "${name}": ${err.message}`
    throw err
  }
}

export const helpers = {
  HOST_PROMPT,
  waitIdle,
  focusTerminal,
  screen,
  typeLine,
  run,
  outputOf,
  reload,
  open,
  endsWithPrompt,
  tail,
  assert,
  expectContains,
  expectPrompt,
  expectNoJsLeak,
}

function withTimeout(promise, ms, what) {
  let timer
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${what} timed out after ${ms} ms`)), ms) }),
  ])
}

// ---------------------------------------------------------------------------------------------------------------
// Runner.

/** Normalises a module's export into `[{ name, fn }]`. */
export function testsOf(mod, file) {
  const list = mod.tests ?? mod.default
  if (!Array.isArray(list)) throw new Error(`${file}: export \`tests\` (an array of named async functions)`)
  return list.map((t, i) => {
    const fn = typeof t === 'function' ? t : t?.fn ?? t?.run
    const name = (typeof t === 'function' ? t.name : t?.name) || `test ${i + 1}`
    if (typeof fn !== 'function') throw new Error(`${file}: test ${i + 1} is not a function`)
    return { name, fn, timeout: t?.timeout }
  })
}

/** Runs one test in a fresh context. Returns `{ ok, error, ms }`. */
export async function runTest(browser, baseUrl, test, { timeout = 120_000 } = {}) {
  const started = Date.now()
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const problems = []
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.stack || err.message || err}`))
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location()
      // A missing favicon is the host's business, not the app's (give the app an icon to silence it for users).
      if (/\/favicon\.ico$/.test(loc?.url ?? '')) return
      problems.push(`console.error: ${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`)
    }
  })
  page.on('crash', () => problems.push('page crashed'))
  let error
  try {
    await withTimeout(
      Promise.resolve().then(() => test.fn({ page, baseUrl, browser, context, helpers })),
      test.timeout ?? timeout,
      `test "${test.name}"`,
    )
  } catch (err) {
    error = err
  }
  await context.close().catch(() => {})
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join('\n  ') + (problems.length > 10 ? `\n  … and ${problems.length - 10} more` : '')
    if (error) error.message += `\nerrors in the page:\n  ${shown}`
    else error = new Error(`errors in the page:\n  ${shown}`)
  }
  return { ok: !error, error, ms: Date.now() - started }
}

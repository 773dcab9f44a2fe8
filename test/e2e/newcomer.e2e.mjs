/** A newcomer's visit, keyboard only where a newcomer could use it: from `/` to the install lesson with Tab and
 *  Enter, the lesson followed by typing its commands, the goals ticking until the lesson completes, the language
 *  switched to Chinese and progress kept over a reload, then a pull lighting the diagram's distribution module and
 *  landing in the state views. Plus the phone layout (375 px), the theme toggle and the welcome card. */

const TERMINAL_TEXTAREA = '[data-testid="terminal"] textarea'

const terminalFocused = (page) => page.evaluate((sel) => document.activeElement === document.querySelector(sel), TERMINAL_TEXTAREA)

/** Presses `key` until `predicate(activeElement)` holds in the page; fails after `max` presses. */
async function pressUntil(page, key, predicate, what, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(predicate)) return i
    await page.keyboard.press(key)
  }
  if (await page.evaluate(predicate)) return max
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))
  throw new Error(`${max} × ${key} did not reach ${what}; focus is on ${at}`)
}

/** Types a command into the focused terminal, presses Enter and waits for the prompt to come back. Never clicks:
 *  the terminal must already have the keyboard. */
async function typeCommand(page, h, command) {
  if (!(await terminalFocused(page))) throw new Error(`the terminal does not have the keyboard before ${JSON.stringify(command)}`)
  await page.keyboard.type(command)
  const before = await h.screen(page)
  await page.keyboard.press('Enter')
  await page.waitForFunction((prev) => window.dockerSandbox.screenText() !== prev, before, { polling: 'raf', timeout: 2000 }).catch(() => {})
  await h.waitIdle(page, 60_000)
}

const stepClasses = (page) => page.$$eval('.lesson-text .step', (els) => els.map((e) => e.className))

export const tests = [
  {
    name: 'a newcomer reaches the install lesson by keyboard, completes it, switches to Chinese and keeps progress',
    timeout: 240_000,
    async fn({ page, baseUrl, helpers: h }) {
      await page.goto(baseUrl, { waitUntil: 'load' })
      await page.waitForSelector('[data-testid="terminal"]')
      await h.waitIdle(page)
      h.assert(await terminalFocused(page), 'the terminal should have the keyboard at once')

      // Shift+Tab leaves the terminal (Tab completes there) and walks back to the header's Lessons link.
      await pressUntil(page, 'Shift+Tab', () => document.activeElement?.getAttribute('href') === '#/lessons', 'the Lessons link')
      await page.keyboard.press('Enter')
      await page.waitForSelector('.course-map li a')
      h.assert(new URL(page.url()).hash === '#/lessons', `Enter on the link should open the course map, not ${page.url()}`)
      await pressUntil(page, 'Tab', () => document.activeElement?.getAttribute('href') === '#/lessons/02-install', 'lesson 2 on the map')
      await page.keyboard.press('Enter')
      await page.waitForSelector('.lesson-text .step')
      await page.waitForFunction(() => window.dockerSandbox, null, { timeout: 30_000 })
      await h.waitIdle(page)
      // The lesson's own terminal takes the keyboard as it opens.
      await page.waitForFunction((sel) => document.activeElement === document.querySelector(sel), TERMINAL_TEXTAREA, { timeout: 10_000 })
      h.assert((await stepClasses(page))[0].includes('current'), 'the first step should be current')
      await page.waitForSelector('.state-views .state-empty', { timeout: 20_000 })

      await typeCommand(page, h, 'docker version')
      h.expectContains(await h.screen(page), 'docker: command not found')
      await page.waitForFunction(() => document.querySelectorAll('.lesson-text .step')[0].classList.contains('done'), null, { timeout: 10_000 })

      await typeCommand(page, h, 'yum install docker -y')
      await page.waitForFunction(() => document.querySelectorAll('.lesson-text .step')[1].classList.contains('done'), null, { timeout: 20_000 })

      // One goal of two ticks first: the checklist follows the machine, not the step.
      await typeCommand(page, h, 'systemctl enable docker')
      await page.waitForFunction(() => [...document.querySelectorAll('.lesson-text .step.current .goals li')].map((l) => l.classList.contains('met')).join() === 'true,false', null, { timeout: 10_000 })
      await typeCommand(page, h, 'systemctl start docker')
      await page.waitForFunction(() => document.querySelectorAll('.lesson-text .step')[2].classList.contains('done'), null, { timeout: 20_000 })
      // With the daemon up, the state views trade their "not running" note for the daemon's (empty) stores.
      await page.waitForSelector('.state-views [role="tab"]', { timeout: 10_000 })

      await typeCommand(page, h, 'docker version')
      h.expectContains(await h.screen(page), /Server: Docker Engine - Community/)
      await page.waitForSelector('.lesson-done', { timeout: 20_000 })
      h.assert((await stepClasses(page)).every((c) => c.includes('done')), 'every step should be done')
      h.assert(/Lesson complete/.test(await page.locator('.lesson-done').innerText()), 'the completion note should be in English')

      // 中文 by keyboard: back out of the terminal to the header's language button.
      await pressUntil(page, 'Shift+Tab', () => document.activeElement?.classList.contains('lang'), 'the language button', 80)
      await page.keyboard.press('Enter')
      await page.waitForFunction(() => document.documentElement.lang === 'zh-CN')
      h.assert(/[\u4e00-\u9fff]/.test(await page.locator('.lesson-done').innerText()), 'the completion note should now be in Chinese')

      await page.reload({ waitUntil: 'load' })
      await h.waitIdle(page)
      await page.waitForSelector('.lesson-done', { timeout: 20_000 })
      h.assert((await stepClasses(page)).every((c) => c.includes('done')), 'progress should survive the reload')
      const title = await page.locator('.lesson-text h2').innerText()
      h.assert(/[\u4e00-\u9fff]/.test(title), `the lesson should still be in Chinese after the reload: ${title}`)

      // The installed daemon pulls: the diagram lights distribution while layers come down, the state views list it.
      await page.evaluate(() => {
        window.__lit = []
        const seen = () => { for (const el of document.querySelectorAll('[data-module][data-active="true"]')) if (!window.__lit.includes(el.dataset.module)) window.__lit.push(el.dataset.module) }
        new MutationObserver(seen).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-active'], childList: true })
      })
      await page.waitForFunction((sel) => document.activeElement === document.querySelector(sel), TERMINAL_TEXTAREA, { timeout: 10_000 })
      await page.keyboard.type('docker pull alpine')
      const lit = page.waitForFunction(() => document.querySelector('[data-module="distribution"][data-active="true"]'), null, { polling: 'raf', timeout: 30_000 })
      await page.keyboard.press('Enter')
      await lit
      await h.waitIdle(page, 60_000)
      h.expectContains(await h.screen(page), 'Status: Downloaded newer image for alpine:latest')
      const litModules = await page.evaluate(() => window.__lit)
      for (const m of ['registry', 'distribution', 'layer', 'image', 'reference']) h.assert(litModules.includes(m), `${m} should have lit during the pull (saw ${litModules})`)
      await page.waitForFunction(() => [...document.querySelectorAll('.state-views .stack h3')].some((e) => e.textContent.includes('alpine:latest')), null, { timeout: 10_000 })
    },
  },

  async function atPhoneWidthThePageStacksWithoutSidewaysScroll({ page, baseUrl, helpers: h }) {
    await page.setViewportSize({ width: 375, height: 740 })
    await h.open(page, baseUrl, '')
    await page.waitForSelector('.state-views', { timeout: 20_000 })
    await page.waitForSelector('.app-header .lang')
    const sandbox = await page.evaluate(() => {
      const r = (s) => document.querySelector(s).getBoundingClientRect()
      return {
        scrollWidth: document.documentElement.scrollWidth,
        terminal: r('[data-testid="terminal"]'), panel: r('.side-panel'),
        controls: [...document.querySelectorAll('.app-header a, .app-header button')].map((e) => e.getBoundingClientRect().right),
        cols: document.querySelector('.xterm-rows')?.firstElementChild?.textContent.length,
      }
    })
    h.assert(sandbox.scrollWidth <= 375, `the sandbox scrolls sideways: scrollWidth ${sandbox.scrollWidth}`)
    h.assert(sandbox.terminal.bottom <= sandbox.panel.top + 1, 'the side panel should sit below the terminal')
    h.assert(sandbox.terminal.height >= 250, `the terminal is too short: ${sandbox.terminal.height}`)
    h.assert(sandbox.controls.every((right) => right <= 375), `a header control is cut off: ${sandbox.controls}`)

    await page.goto(`${baseUrl}#/lessons/04-search-pull`)
    await page.waitForSelector('.lesson-text .step')
    await h.waitIdle(page)
    await page.waitForSelector('.state-views', { timeout: 20_000 })
    const lesson = await page.evaluate(() => {
      const r = (s) => document.querySelector(s).getBoundingClientRect()
      return { scrollWidth: document.documentElement.scrollWidth, text: r('.lesson-text'), terminal: r('[data-testid="terminal"]'), side: r('.lesson-side') }
    })
    h.assert(lesson.scrollWidth <= 375, `the lesson scrolls sideways: scrollWidth ${lesson.scrollWidth}`)
    h.assert(lesson.text.bottom <= lesson.terminal.top + 1, 'the lesson text should sit above the terminal')
    h.assert(lesson.terminal.bottom <= lesson.side.top + 1, 'the diagram and state views should sit below the terminal')
    // The lesson's commands still run at this width.
    const out = await h.run(page, 'docker images')
    h.expectContains(out, 'REPOSITORY')

    await page.goto(`${baseUrl}#/lessons`)
    await page.waitForSelector('.course-map li')
    h.assert(await page.evaluate(() => document.documentElement.scrollWidth) <= 375, 'the course map scrolls sideways')
  },

  async function theThemeFollowsTheOsUntilToggledAndIsRemembered({ page, baseUrl, helpers: h }) {
    await page.emulateMedia({ colorScheme: 'dark' })
    await h.open(page, baseUrl, '#/sandbox')
    const look = () => page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      body: getComputedStyle(document.body).backgroundColor,
      terminal: getComputedStyle(document.querySelector('.xterm-rows')).color,
    }))
    await page.waitForSelector('.theme-toggle')
    const dark = await look()
    h.assert(dark.theme === 'dark', `the OS prefers dark, the page is ${dark.theme}`)
    h.assert(dark.terminal === 'rgb(230, 237, 243)', `the terminal's text should be light on dark: ${dark.terminal}`)

    await page.focus('.theme-toggle')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light')
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.xterm-rows')).color === 'rgb(31, 35, 40)', null, { timeout: 5000 })
    const light = await look()
    h.assert(light.body !== dark.body, 'the page background should change with the theme')

    await h.reload(page)
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.xterm-rows')).color === 'rgb(31, 35, 40)', null, { timeout: 5000 })
    const after = await look()
    h.assert(after.theme === 'light' && after.body === light.body, `the light theme should survive a reload while the OS prefers dark: ${JSON.stringify(after)}`)
    // A terminal that draws before the engine has loaded uses the theme too (no dark flash).
    const out = await h.run(page, 'echo themed')
    h.expectContains(out, 'themed')
  },

  async function theWelcomeCardTypesTheFirstCommandAndStaysDismissed({ page, baseUrl, helpers: h }) {
    await h.open(page, baseUrl, '')
    const card = page.locator('.welcome')
    await card.waitFor({ timeout: 20_000 })
    const start = await card.locator('a.start').getAttribute('href')
    h.assert(start === '#/lessons/01-what-is-docker', `"Start the course" should open lesson 1: ${start}`)
    await card.locator('button.type-it').focus()
    await page.keyboard.press('Enter')
    h.assert(await terminalFocused(page), 'after typing, the terminal should have the keyboard')
    await page.waitForFunction(() => /# docker version$/.test(window.dockerSandbox.screenText().trimEnd()))
    await page.keyboard.press('Enter')
    await h.waitIdle(page)
    h.expectContains(await h.screen(page), /Server: Docker Engine - Community/)

    await card.locator('button.dismiss').click()
    await card.waitFor({ state: 'detached' })
    await h.reload(page)
    await page.waitForSelector('.state-views', { timeout: 20_000 })
    h.assert(await page.locator('.welcome').count() === 0, 'a dismissed welcome card should stay away')
  },

  async function theStateViewsShowSharedLayersContainersAndTagsLive({ page, baseUrl, helpers: h }) {
    await h.open(page, baseUrl, '#/sandbox')
    await page.waitForSelector('.state-views [role="tab"]', { timeout: 20_000 })
    h.expectContains(await page.locator('.state-views').innerText(), /No images yet/)
    // nginx and redis are both built FROM debian:bookworm-slim: one base layer, two stacks.
    await h.run(page, 'docker pull nginx', { timeout: 60_000 })
    await h.run(page, 'docker pull redis', { timeout: 60_000 })
    await page.waitForFunction(() => document.querySelectorAll('.state-views .stack').length === 2)
    const stacks = await page.$$eval('.state-views .stack', (els) => els.map((e) => ({
      name: e.querySelector('h3 .name').textContent,
      layers: [...e.querySelectorAll('.layer')].map((l) => ({ chain: l.dataset.chain, sharedBy: l.dataset.sharedBy, text: l.textContent, bg: getComputedStyle(l).backgroundColor })),
    })))
    h.assert(stacks.map((s) => s.name).sort().join() === 'nginx:latest,redis:latest', `stacks: ${stacks.map((s) => s.name)}`)
    const [a, b] = stacks
    // Base first in the list, drawn at the bottom (column-reverse): the first item is the shared base layer.
    h.assert(a.layers[0].chain === b.layers[0].chain, 'both stacks should start from the same base layer')
    h.assert(a.layers[0].sharedBy === '2' && a.layers[0].bg === b.layers[0].bg, 'the shared layer should be marked and have one colour')
    h.assert(/shared ×2/.test(a.layers[0].text) && /[0-9a-f]{12}/.test(a.layers[0].text) && /MB/.test(a.layers[0].text), `a layer shows its diff ID, size and mark: ${a.layers[0].text}`)
    h.assert(a.layers.slice(1).every((l) => l.sharedBy === '1'), 'the layers above the base are not shared')
    const baseBox = await page.locator('.state-views .stack').first().locator('.layer').first().boundingBox()
    const topBox = await page.locator('.state-views .stack').first().locator('.layer').last().boundingBox()
    h.assert(baseBox.y > topBox.y, 'the base layer should be drawn at the bottom of its stack')

    // Focusing the shared layer in one stack outlines its twin in the other.
    await page.locator('.state-views .stack').first().locator('.layer').first().focus()
    await page.waitForFunction(() => document.querySelectorAll('.state-views .stack .layer.twin').length === 2)
    await page.keyboard.press('Tab') // on to the next layer up, which no other image has
    await page.waitForFunction(() => document.querySelectorAll('.state-views .stack .layer.twin').length === 1 && !document.querySelector('.state-views .layer.twin[data-shared-by="2"]'))

    await h.run(page, 'docker tag redis cache:v1')
    await h.typeLine(page, 'docker run --name writer alpine sh -c "echo hi > /a; echo ho > /b"', { timeout: 60_000 })
    await h.run(page, 'docker create --name later alpine')
    // Arrow keys move between the tabs.
    await page.focus('.state-views [role="tab"][aria-selected="true"]')
    await page.keyboard.press('ArrowRight')
    await page.waitForSelector('.state-views [data-panel="containers"]')
    h.assert(await page.evaluate(() => document.activeElement.dataset.tab) === 'containers', 'ArrowRight should focus the Containers tab')
    const containers = await page.$$eval('.state-views .container', (els) => els.map((e) => `${e.dataset.name}:${e.dataset.status}:${e.querySelector('.rw').textContent}`))
    h.assert(containers.join('|') === 'later:created:RW layer: 0 changed files|writer:exited:RW layer: 2 changed files', `containers: ${containers.join(' | ')}`)
    await page.keyboard.press('ArrowRight')
    await page.waitForSelector('.state-views [data-panel="tags"]')
    const redisId = (await h.run(page, 'docker images -q redis')).trim()
    const group = await page.locator(`.state-views .tags > li[data-image="${redisId}"]`).innerText()
    h.assert(/cache:v1/.test(group) && /redis:latest/.test(group) && /2 tags, one image/.test(group), `the redis ID should carry both tags: ${group}`)

    await h.run(page, 'systemctl stop docker')
    await page.waitForSelector('.state-views .state-empty', { timeout: 10_000 })
  },

  async function theKeyboardSkipsToTheTerminalSeesFocusAndEscapesPopovers({ page, baseUrl, helpers: h }) {
    await page.goto(`${baseUrl}#/lessons/04-search-pull`, { waitUntil: 'load' })
    await page.waitForSelector('.lesson-text .step')
    await h.waitIdle(page)
    await page.waitForSelector('.app-header .lang')
    // The skip link is the page's first focusable element (where Tab from the address bar lands); from the header
    // it is one Shift+Tab back. Enter gives the terminal the keyboard.
    h.assert(await page.evaluate(() => document.querySelector('a[href], button, [tabindex]')?.classList.contains('skip-link')), 'the skip link should come first')
    await page.focus('.app-header nav a')
    await page.keyboard.press('Shift+Tab')
    h.assert(await page.evaluate(() => document.activeElement?.classList.contains('skip-link')), 'Shift+Tab from the header should reach the skip link')
    const skip = await page.locator('.skip-link').boundingBox()
    h.assert(skip && skip.y >= 0, 'the focused skip link should be on screen')
    await page.keyboard.press('Enter')
    h.assert(await terminalFocused(page), 'the skip link should give the terminal the keyboard')
    h.assert(new URL(page.url()).hash === '#/lessons/04-search-pull', `the skip link must not change the route: ${page.url()}`)

    // Every control Tab reaches shows a focus ring.
    await page.evaluate(() => document.activeElement?.blur())
    const seen = []
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      const f = await page.evaluate(() => {
        const el = document.activeElement
        if (!el || el === document.body || el.tagName === 'TEXTAREA') return null
        const cs = getComputedStyle(el)
        return { what: el.outerHTML.slice(0, 60), svg: el instanceof SVGElement, ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 }
      })
      if (!f) continue
      seen.push(f.what)
      h.assert(f.ring || f.svg, `no visible focus ring on ${f.what}`)
    }
    h.assert(seen.some((w) => w.includes('class="lang"')) && seen.some((w) => w.includes('theme-toggle')) && seen.some((w) => w.includes('run')), `Tab should reach the header and lesson controls: ${seen.join(' | ')}`)

    // Escape closes the diagram's explanation and the hints.
    const module = page.locator('[data-module="layer"]')
    await module.focus()
    await page.keyboard.press('Enter')
    await page.waitForSelector('.diagram .about')
    await page.keyboard.press('Escape')
    await page.waitForSelector('.diagram .about', { state: 'detached' })
    await page.waitForSelector('.lesson-text .step.current button[aria-expanded]')
    const hint = page.locator('.lesson-text .step.current button[aria-expanded]')
    await hint.focus()
    await page.keyboard.press('Enter')
    await page.waitForSelector('.lesson-text .hints')
    await page.keyboard.press('Escape')
    await page.waitForSelector('.lesson-text .hints', { state: 'detached' })
    h.assert(await hint.evaluate((b) => b === document.activeElement && b.getAttribute('aria-expanded') === 'false'), 'focus should return to the Hint button')
  },
]

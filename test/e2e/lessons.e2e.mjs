/** The course in a real browser: the map lists the ten lessons in the chosen language, a lesson's runnable block
 *  types into that lesson's own terminal, its goals tick on the machine's real state, and progress survives a
 *  reload. */

export const tests = [
  async function courseMapListsTheLessonsInChinese({ page, baseUrl }) {
    await page.goto(`${baseUrl}#/lessons`)
    await page.evaluate(() => localStorage.setItem('docker-sandbox:locale', 'zh-CN'))
    await page.reload()
    const items = page.locator('.course-map li')
    await items.first().waitFor({ timeout: 20_000 })
    const count = await items.count()
    if (count !== 10) throw new Error(`expected 10 lessons on the map, found ${count}`)
    const first = await items.first().innerText()
    if (!/Docker/.test(first) || !/[\u4e00-\u9fff]/.test(first)) throw new Error(`first lesson title is not in Chinese: ${first}`)
  },

  async function aRunnableBlockCompletesAStepAndProgressSurvivesReload({ page, baseUrl, helpers: h }) {
    await page.goto(`${baseUrl}#/lessons/06-run`)
    await page.waitForFunction(() => window.dockerSandbox, null, { timeout: 30_000 })
    await page.evaluate(() => window.dockerSandbox.whenIdle())
    const step = page.locator('.lesson-text .step').nth(1)
    if (!(await step.getAttribute('class')).includes('pending')) throw new Error('the second step should start pending')
    // Step 1: run the three blocks of its text by clicking them, as a learner would.
    for (let i = 0; i < 3; i++) {
      await page.locator('.lesson-text .step.current button.run').nth(i).click()
      await page.evaluate(() => window.dockerSandbox.whenIdle())
    }
    await page.waitForFunction(() => document.querySelectorAll('.lesson-text .step')[0].classList.contains('done'), null, { timeout: 20_000 })
    const screen = await h.screen(page)
    if (!/\/ # cat \/etc\/alpine-release\n3\.22\.0/.test(screen)) throw new Error(`the block did not run in the lesson's terminal:\n${screen}`)
    await page.reload()
    await page.waitForFunction(() => document.querySelectorAll('.lesson-text .step')[0]?.classList.contains('done'), null, { timeout: 20_000 })
  },
]

/** The seed tutorial's host part, by keyboard only, in real Chromium: on a bare CentOS 7 (the install lesson's
 *  world) install docker, enable and start it, `docker version`; then add a registry mirror to the unit's ExecStart
 *  in the editor overlay (arrow keys and typing; Ctrl-S to save), see systemd's "changed on disk" warning,
 *  daemon-reload, restart, and find the mirror in `docker info`. A second test drives Tab completion and history
 *  (↑, Ctrl-R, `!!`, `history`) by keyboard. The screen is read through window.dockerSandbox.screenText(). */
import { step } from './harness.mjs'

const UNIT = '/usr/lib/systemd/system/docker.service'
const MIRROR = 'https://mirror.example.com'

/** Presses keys and waits until the terminal is idle again (and the screen has had a frame to change). */
async function press(page, h, ...keys) {
  for (const k of keys) await page.keyboard.press(k)
  await page.waitForTimeout(150)
  await h.waitIdle(page)
}

/** The last non-empty line of the screen. */
const lastLine = (text) => text.replace(/\s+$/, '').split('\n').pop()

export const tests = [
  {
    name: 'installs docker and adds a registry mirror, by keyboard',
    timeout: 240_000,
    async fn({ page, baseUrl, helpers: h }) {
      await step('open the install lesson (a bare CentOS 7)', async () => {
        await h.open(page, baseUrl, '#/lessons/02-install', { timeout: 60_000 })
        h.expectPrompt(await h.screen(page), h.HOST_PROMPT)
        h.expectContains(await h.run(page, 'docker version'), 'bash: docker: command not found')
      })

      await step('yum install docker -y', async () => {
        const out = await h.run(page, 'yum install docker -y', { timeout: 120_000 })
        h.expectContains(out, /^Complete!$/m, 'yum output')
        h.expectPrompt(await h.screen(page), h.HOST_PROMPT)
      })

      await step('systemctl enable docker', async () => {
        const out = await h.run(page, 'systemctl enable docker')
        h.expectContains(out, /Created symlink from \/etc\/systemd\/system\/multi-user\.target\.wants\/docker\.service/, 'enable output')
      })

      await step('systemctl start docker', async () => {
        const out = await h.run(page, 'systemctl start docker', { timeout: 60_000 })
        h.assert(out.trim() === '', `systemctl start printed:\n${out}`)
        h.expectContains(await h.run(page, 'systemctl is-active docker'), /^active$/m)
      })

      await step('docker version shows the server', async () => {
        const out = await h.run(page, 'docker version')
        h.expectContains(out, 'Client: Docker Engine - Community', 'docker version output')
        h.expectContains(out, 'Server: Docker Engine - Community', 'docker version output')
        h.expectContains(out, ' Engine:', 'docker version output')
      })

      await step(`vi ${UNIT} opens the editor`, async () => {
        await h.focusTerminal(page)
        await page.keyboard.type(`vi ${UNIT}`)
        await page.keyboard.press('Enter')
        await page.waitForSelector('.monaco-editor textarea', { timeout: 60_000 })
        await page.waitForFunction(() => document.querySelector('.monaco-editor')?.textContent?.includes('ExecStart='), null, { timeout: 30_000 })
      })

      await step('add the mirror after /usr/bin/dockerd (arrow keys, type), save with Ctrl-S', async () => {
        // The overlay gives the editor focus when it opens.
        await page.waitForFunction(() => !!document.activeElement?.closest('.monaco-editor'), null, { timeout: 10_000 })
          .catch(async () => { throw new Error(`focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`) })
        // To line 13 (ExecStart=/usr/bin/dockerd -H fd:// …), then past `ExecStart=/usr/bin/dockerd`.
        await page.keyboard.press('Control+Home')
        for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown')
        await page.keyboard.press('Home')
        for (let i = 0; i < 'ExecStart=/usr/bin/dockerd'.length; i++) await page.keyboard.press('ArrowRight')
        await page.keyboard.type(` --registry-mirror=${MIRROR}`)
        await page.waitForFunction((m) => document.querySelector('.monaco-editor .view-lines')?.textContent?.includes(`--registry-mirror=${m}`), MIRROR, { timeout: 10_000 })
        await page.keyboard.press('Control+s')
        await page.waitForSelector('.monaco-editor', { state: 'detached', timeout: 30_000 })
        await h.waitIdle(page)
        h.expectPrompt(await h.screen(page), h.HOST_PROMPT)
        h.expectContains(await h.run(page, `grep ^ExecStart= ${UNIT}`), `ExecStart=/usr/bin/dockerd --registry-mirror=${MIRROR} -H fd://`)
      })

      await step('systemctl restart docker warns that the unit changed on disk', async () => {
        const out = await h.run(page, 'systemctl restart docker', { timeout: 60_000 })
        h.expectContains(out, "Warning: docker.service changed on disk. Run 'systemctl daemon-reload' to reload units.", 'restart output')
      })

      await step('systemctl daemon-reload; systemctl restart docker', async () => {
        h.assert((await h.run(page, 'systemctl daemon-reload')).trim() === '', 'daemon-reload printed something')
        const out = await h.run(page, 'systemctl restart docker', { timeout: 60_000 })
        h.assert(!out.includes('changed on disk'), `restart still warns:\n${out}`)
      })

      await step('docker info lists the mirror', async () => {
        const out = await h.run(page, 'docker info')
        h.expectContains(out, /^ Registry Mirrors:\n {2}https:\/\/mirror\.example\.com\/$/m, 'docker info output')
        h.expectNoJsLeak(await h.screen(page))
      })
    },
  },

  {
    name: 'completes with Tab and recalls history by keyboard',
    timeout: 180_000,
    async fn({ page, baseUrl, helpers: h }) {
      await h.open(page, baseUrl)

      await step('docker ima<Tab> completes to "docker image" (image and images both match: no space, as bash)', async () => {
        await h.focusTerminal(page)
        await page.keyboard.type('docker ima')
        await press(page, h, 'Tab')
        h.assert(lastLine(await h.screen(page)) === `${h.HOST_PROMPT}docker image`, `after Tab: ${lastLine(await h.screen(page))}`)
        await page.keyboard.type(' ls')
        await press(page, h, 'Enter')
        const out = h.outputOf(await h.screen(page), 'docker image ls')
        h.expectContains(out, /^REPOSITORY\s+TAG\s+IMAGE ID\s+CREATED\s+SIZE$/m, 'docker image ls output')
      })

      await step('docker pull alpine', async () => {
        h.expectContains(await h.run(page, 'docker pull alpine', { timeout: 60_000 }), 'Status: Downloaded newer image for alpine:latest')
      })

      await step('docker run -it alp<Tab> completes the image name', async () => {
        await page.keyboard.type('docker run -it alp')
        await press(page, h, 'Tab')
        h.assert(lastLine(await h.screen(page)).startsWith(`${h.HOST_PROMPT}docker run -it alpine`), `after Tab: ${lastLine(await h.screen(page))}`)
        await press(page, h, 'Control+u')
      })

      await step('double Tab lists the candidates', async () => {
        await page.keyboard.type('docker i')
        await press(page, h, 'Tab')
        await press(page, h, 'Tab')
        const text = await h.screen(page)
        const lines = text.replace(/\s+$/, '').split('\n')
        h.assert(lines[lines.length - 1] === `${h.HOST_PROMPT}docker i`, `the line is not redrawn under the list:\n${h.tail(text)}`)
        const listing = lines.slice(-4, -1).join('\n')
        for (const word of ['image', 'images', 'info', 'inspect']) h.expectContains(listing, new RegExp(`\\b${word}\\b`), 'the listing')
        await press(page, h, 'Control+u')
      })

      await step('↑ recalls the last command, Enter runs it again', async () => {
        await h.run(page, 'echo first-marker')
        await press(page, h, 'ArrowUp')
        h.assert(lastLine(await h.screen(page)) === `${h.HOST_PROMPT}echo first-marker`, `after ↑: ${lastLine(await h.screen(page))}`)
        await page.keyboard.press('Enter')
        await page.waitForTimeout(150)
        await h.waitIdle(page)
        const lines = (await h.screen(page)).replace(/\s+$/, '').split('\n')
        h.assert(lines.filter((l) => l === 'first-marker').length === 2, `echo did not run twice:\n${lines.slice(-6).join('\n')}`)
      })

      await step('Ctrl-R finds an older command', async () => {
        await h.run(page, 'echo second-marker')
        await page.keyboard.press('Control+r')
        await page.keyboard.type('first')
        await page.waitForTimeout(150)
        h.assert(lastLine(await h.screen(page)) === "(reverse-i-search)`first': echo first-marker", `while searching: ${lastLine(await h.screen(page))}`)
        await page.keyboard.press('Enter')
        await page.waitForTimeout(150)
        await h.waitIdle(page)
        const lines = (await h.screen(page)).replace(/\s+$/, '').split('\n')
        h.assert(lines.slice(-3).join('\n') === `${h.HOST_PROMPT}echo first-marker\nfirst-marker\n${h.HOST_PROMPT.trimEnd()}`, `after Ctrl-R and Enter:\n${lines.slice(-4).join('\n')}`)
      })

      await step('!! runs the previous command again, printing it first', async () => {
        const out = await h.run(page, '!!')
        h.assert(out === 'echo first-marker\nfirst-marker', `!! printed:\n${out}`)
      })

      await step('history lists what was typed, numbered', async () => {
        const out = await h.run(page, 'history')
        h.expectContains(out, /^\s+\d+ {2}docker image ls$/m, 'history')
        h.expectContains(out, /^\s+\d+ {2}echo second-marker$/m, 'history')
        h.expectContains(out, /^\s+\d+ {2}history$/m, 'history')
        h.expectNoJsLeak(await h.screen(page))
      })
    },
  },
]

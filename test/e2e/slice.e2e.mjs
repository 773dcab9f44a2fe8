/** The walking skeleton, end to end in a real browser: host prompt → docker version → pull → images → an
 *  interactive alpine shell → exit → ps -a, and the images and the exited container survive a reload (IndexedDB). */
import { step } from './harness.mjs'

const HEX12 = '[0-9a-f]{12}'

export const tests = [
  async function opensAtTheHostPrompt({ page, baseUrl, helpers: h }) {
    await h.open(page, baseUrl)
    const text = await h.screen(page)
    h.expectPrompt(text, h.HOST_PROMPT)
    h.expectNoJsLeak(text)
  },

  async function pullRunExitAndSurviveReload({ page, baseUrl, helpers: h }) {
    await step('open /#/sandbox', async () => {
      await h.open(page, baseUrl)
      h.expectPrompt(await h.screen(page), h.HOST_PROMPT)
    })

    await step('docker version', async () => {
      const out = await h.run(page, 'docker version')
      h.expectContains(out, 'Client: Docker Engine - Community', 'docker version output')
      h.expectContains(out, ' Version:           28.2.2', 'docker version output')
      h.expectContains(out, 'Server: Docker Engine - Community', 'docker version output')
      h.expectPrompt(await h.screen(page), h.HOST_PROMPT)
    })

    await step('docker pull alpine', async () => {
      const out = await h.run(page, 'docker pull alpine', { timeout: 60_000 })
      h.expectContains(out, /^Using default tag: latest$/m, 'pull output')
      h.expectContains(out, /^latest: Pulling from library\/alpine$/m, 'pull output')
      h.expectContains(out, new RegExp(`^${HEX12}: Pull complete$`, 'm'), 'pull output')
      h.expectContains(out, /^Digest: sha256:[0-9a-f]{64}$/m, 'pull output')
      h.expectContains(out, /^Status: Downloaded newer image for alpine:latest$/m, 'pull output')
      h.expectContains(out, /^docker\.io\/library\/alpine:latest$/m, 'pull output')
    })

    await step('docker images', async () => expectAlpineImage(h, await h.run(page, 'docker images')))

    await step('docker run -it alpine sh', async () => {
      await h.typeLine(page, 'docker run -it alpine sh')
      h.expectPrompt(await h.screen(page), '/ # ')
    })

    await step('cat /etc/alpine-release', async () => {
      const out = await h.run(page, 'cat /etc/alpine-release')
      h.expectContains(out, /^\d+\.\d+\.\d+$/m, 'alpine-release')
    })

    await step('ls /', async () => {
      const words = (await h.run(page, 'ls /')).split(/\s+/)
      for (const dir of ['bin', 'etc', 'usr']) h.assert(words.includes(dir), `ls / lacks ${dir}: ${words.join(' ')}`)
    })

    await step('exit', async () => {
      await h.typeLine(page, 'exit')
      h.expectPrompt(await h.screen(page), h.HOST_PROMPT)
    })

    await step('docker ps -a', async () => expectExitedAlpine(h, await h.run(page, 'docker ps -a')))

    await step('reload', async () => {
      await h.reload(page)
      h.expectPrompt(await h.screen(page), h.HOST_PROMPT)
    })

    await step('docker images after reload', async () => expectAlpineImage(h, await h.run(page, 'docker images')))
    await step('docker ps -a after reload', async () => expectExitedAlpine(h, await h.run(page, 'docker ps -a')))

    await step('no JS error text on screen', async () => h.expectNoJsLeak(await h.screen(page)))
  },
]

function expectAlpineImage(h, out) {
  const row = new RegExp(`^alpine {7}latest {4}${HEX12} {3}(\\d+ \\w+ ago) +8\\.31MB$`, 'm').exec(out)
  h.assert(row, `docker images shows no alpine:latest row of 8.31MB:\n${out}`)
  // tabwriter: the CREATED column is as wide as its widest cell plus 3 (at least 10).
  const created = ' '.repeat(Math.max(10, row[1].length + 3) - 'CREATED'.length)
  h.expectContains(out, new RegExp(`^REPOSITORY {3}TAG {7}IMAGE ID {7}CREATED${created}SIZE$`, 'm'), 'docker images')
}

function expectExitedAlpine(h, out) {
  const rows = out.split('\n').slice(1)
  const row = rows.find((r) => /\balpine\b/.test(r) && /"(\/bin\/)?sh"/.test(r) && /Exited \(0\)/.test(r))
  h.assert(row, `docker ps -a shows no exited alpine "sh" container:\n${out}`)
}

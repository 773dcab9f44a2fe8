import { dockerRegistry } from '../commands/index'
import type { DockerRegistry } from './define-command'
import { describe, expect, it } from 'vitest'
import { capturedHandlerRuns, capturedUsageRuns, type CapturedText } from './captured-runs'
import { givenDockerCli } from './docker-cli-harness'

function expectText(actual: string, expected: CapturedText) {
  if (typeof expected === 'string') expect(actual).toBe(expected)
  else {
    expect(actual.slice(0, expected.head.length)).toBe(expected.head)
    expect(new TextEncoder().encode(actual).length).toBe(expected.length)
  }
}

describe('usage errors, flag errors, help and version are the real CLI\'s', () => {
  for (const c of capturedUsageRuns) {
    const env = c.env ? Object.entries(c.env).map(([k, v]) => `${k}=${v} `).join('') : ''
    it(`${env}docker ${c.args.join(' ')}`, async () => {
      const r = await givenDockerCli().withEnv(c.env ?? {}).run(c.args)
      expectText(r.stderr, c.stderr)
      expectText(r.stdout, c.stdout)
      expect(r.code).toBe(c.code)
    })
  }
})

/** The real declarations, each handler replaced by a probe that names the command it was reached by. */
const probed: DockerRegistry = {
  ...dockerRegistry,
  commands: dockerRegistry.commands.map((c) => ({ ...c, run: async (ctx: { stderr: { write(s: string): void }; commandPath: string }) => { ctx.stderr.write(`handler: ${ctx.commandPath}\n`); return 1 } })),
}

describe('commands that reach their handler', () => {
  for (const c of capturedHandlerRuns) {
    it(`docker ${c.args.join(' ')} prints what docker prints first, then the handler answers`, async () => {
      const r = await givenDockerCli().withRegistry(probed).run(c.args)
      expect(r.stdout).toBe(c.stdout)
      expect(r.stderr.startsWith(c.stderr as string)).toBe(true)
      expect(r.stderr.slice((c.stderr as string).length)).toMatch(/^handler: docker [a-z ]+\n$/)
      expect(r.code).toBe(1)
    })
  }

  it('names the command path the user typed', async () => {
    expect((await givenDockerCli().withRegistry(probed).run('ps')).stderr).toBe('handler: docker ps\n')
    expect((await givenDockerCli().withRegistry(probed).run('container list')).stderr).toBe('handler: docker container ls\n')
  })
})

describe('commands the sandbox lists but does not model', () => {
  it('says they are not available instead of unknown', async () => {
    const r = await givenDockerCli().run('swarm init --advertise-addr 1.2.3.4')
    expect(r).toEqual({ stdout: '', stderr: "docker: 'docker swarm' is not available in this sandbox yet\n", code: 1 })
  })
})

describe('the help width', () => {
  it('wraps flag descriptions to the terminal width it is given', async () => {
    const narrow = await givenDockerCli().withCols(60).run('ps --help')
    expect(narrow.stdout).toContain('  -a, --all             Show all containers (default\n')
    const wide = await givenDockerCli().withCols(200).run('ps --help')
    expect(wide.stdout).toContain("'table':            Print output in table format with column headers (default)\n")
  })
})

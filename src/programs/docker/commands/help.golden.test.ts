// Every real `docker … --help` text we have, against the sandbox's, byte for byte: the reference texts
// (a copy of ../shared/reference/help in test/fixtures/reference-help, 80 columns, two at 120, so a clone without
// ../shared still checks them) and the extra captures in ./help-fixtures (other commands, other widths).
// The legacy-builder notice goes to stderr before the help, as the captures record it.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { givenDockerCli } from '../cli/docker-cli-harness'

const referenceDir = join(__dirname, '../../../../test/fixtures/reference-help')
const sharedDir = join(__dirname, '../../../../../shared/reference/help')
const fixtureDir = join(__dirname, 'help-fixtures')

function goldenFiles(dir: string) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => {
      const [name, width] = file.replace(/\.txt$/, '').split('.')
      const cols = width ? Number(width.replace('cols', '')) : 80
      const args = name === 'docker' ? [] : name.split('-')
      return { file, args, cols, text: readFileSync(join(dir, file), 'utf8') }
    })
}

describe('docker --help matches the real CLI', () => {
  const reference = goldenFiles(referenceDir)

  it('covers every reference help file', () => {
    expect(reference.length).toBeGreaterThanOrEqual(60)
  })

  it.runIf(existsSync(sharedDir))('keeps its copy of the reference texts identical to ../shared', () => {
    expect(goldenFiles(referenceDir).map(({ file, text }) => [file, text])).toEqual(goldenFiles(sharedDir).map(({ file, text }) => [file, text]))
  })

  for (const { file, args, cols, text } of [...reference, ...goldenFiles(fixtureDir)]) {
    it(`docker ${args.join(' ')} --help at ${cols} columns (${file})`, async () => {
      const r = await givenDockerCli().withCols(cols).run([...args, '--help'])
      expect(r.code).toBe(0)
      expect(cols === 80 ? r.stderr + r.stdout : r.stdout).toBe(text)
    })
  }
})

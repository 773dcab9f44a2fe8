/** Differential test: for token soup made of shell words and operators, our parser must find the same first
 *  syntax error (or none) as `bash -n -c`, worded the same way. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatParseFailure } from './parse-failure'
import { parse } from './parser'

const bashAvailable = spawnSync('bash', ['-c', 'exit 0']).status === 0

const VOCABULARY = ['echo', 'a', ';', ';;', '&&', '||', '|', '&', '(', ')', '{', '}', 'if', 'then', 'else', 'elif', 'fi', 'for',
  'x', 'in', 'do', 'done', 'while', 'case', 'esac', '>', '<', '\n', '!', 'f()', '2>&1', '$(', '"', "'", '`']

/** The first line bash -n prints for each text (empty when it parses), from one driver process. */
function bashFirstErrors(texts: string[]): string[] {
  const root = mkdtempSync(join(tmpdir(), 'shell-syntax-'))
  try {
    texts.forEach((text, i) => writeFileSync(join(root, `s${i}`), text))
    const driver = `for i in $(seq 0 ${texts.length - 1}); do bash -n -c "$(cat "${root}/s$i")" 2> "${root}/e$i"; done`
    spawnSync('bash', ['-c', driver])
    return texts.map((_, i) => readFileSync(join(root, `e${i}`), 'utf8').split('\n')[0])
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

function ourFirstError(text: string): string {
  const result = parse(text)
  if (result.status === 'ok') return ''
  return formatParseFailure(result.failure, { dialect: 'bash', name: 'bash', interactive: false, commandSource: '-c', source: text }).split('\n')[0]
}

describe.skipIf(!bashAvailable)('syntax errors, compared with bash -n', () => {
  it('finds the same first error in generated token soup', () => {
    const soup = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 7 }).map((t) => t.join(' '))
    // bash's -c drops a trailing newline from "$(cat …)", so texts are compared without one.
    const texts = [...new Set(fc.sample(soup, { numRuns: 800, seed: 42 }).map((t) => t.replace(/\n+$/, '')))]
    const expected = bashFirstErrors(texts)
    texts.forEach((text, i) => expect({ text, error: ourFirstError(text) }).toEqual({ text, error: expected[i] }))
  })
})

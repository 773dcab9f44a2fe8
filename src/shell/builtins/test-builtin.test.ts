import { describe, expect, it } from 'vitest'
import { runShell } from '../test-process.test-helper'

const files = { '/d/file': 'content', '/d/empty': '', '/d/dir/': '' }
const status = async (expression: string) => (await runShell(`${expression}; echo $?`, { files })).out.trimEnd()

describe('test and [', () => {
  it('tests files', async () => {
    expect(await status('[ -f /d/file ]')).toBe('0')
    expect(await status('[ -f /d/dir ]')).toBe('1')
    expect(await status('[ -d /d/dir ]')).toBe('0')
    expect(await status('[ -e /d/nope ]')).toBe('1')
    expect(await status('[ -s /d/file ]')).toBe('0')
    expect(await status('[ -s /d/empty ]')).toBe('1')
  })

  it('tests strings', async () => {
    expect(await status('[ -z "" ]')).toBe('0')
    expect(await status('[ -n "" ]')).toBe('1')
    expect(await status('[ abc = abc ]')).toBe('0')
    expect(await status('[ abc != abc ]')).toBe('1')
    expect(await status('[ word ]')).toBe('0')
    expect(await status('[ "" ]')).toBe('1')
  })

  it('compares integers', async () => {
    expect(await status('[ 2 -lt 10 ]')).toBe('0')
    expect(await status('[ 10 -le 2 ]')).toBe('1')
    expect(await status('[ 3 -eq 3 -a 4 -ne 5 ]')).toBe('0')
    expect(await status('[ 1 -gt 2 -o 2 -ge 2 ]')).toBe('0')
  })

  it('negates and groups', async () => {
    expect(await status('[ ! -e /d/nope ]')).toBe('0')
    expect(await status('test \\( -f /d/file \\) -a ! -d /d/file')).toBe('0')
  })

  it('fails with status 2 and bash\'s words on a malformed expression', async () => {
    const { out, err } = await runShell('[ a; echo $?; [ a -eq 1 ]; echo $?; test a b c; echo $?; [ 1 -lt ]; echo $?')
    expect(out).toBe('2\n2\n2\n2\n')
    expect(err).toBe([
      "bash: [: missing `]'",
      'bash: [: a: integer expression expected',
      'bash: test: b: binary operator expected',
      'bash: [: 1: unary operator expected',
    ].join('\n') + '\n')
  })
})

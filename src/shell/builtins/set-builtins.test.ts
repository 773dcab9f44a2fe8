import { describe, expect, it } from 'vitest'
import { runShell } from '../test-process.test-helper'

describe('set and shift', () => {
  it('replaces the positional parameters', async () => {
    expect((await runShell('set -- a "b c"; echo $# "$2"; set x; echo $# $1')).out).toBe('2 b c\n1 x\n')
  })

  it('shifts them, failing when there are too few', async () => {
    expect((await runShell('set -- 1 2 3; shift; echo $*; shift 2; echo "[$*]"; shift; echo $?')).out).toBe('2 3\n[]\n1\n')
  })

  it('turns options on and off', async () => {
    expect((await runShell('set -f; echo $-; set +f -o pipefail; echo $-')).out).toBe('fhiB\nhiB\n')
  })

  it('rejects an unknown option with usage', async () => {
    const { err, status } = await runShell('set -q')
    expect(status).toBe(2)
    expect(err).toBe('bash: set: -q: invalid option\nset: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n')
  })

  it('lists variables quoted for reuse', async () => {
    expect((await runShell('set', { env: { A: 'x y' } })).out).toContain("A='x y'\n")
  })
})

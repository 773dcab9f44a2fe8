import { describe, expect, it } from 'vitest'
import { runShell } from '../test-process.test-helper'

describe('alias and unalias', () => {
  it('lists aliases sorted, quoted for reuse', async () => {
    expect((await runShell("alias zz='echo z' aa=\"it's\"; alias")).out).toBe("alias aa='it'\\''s'\nalias zz='echo z'\n")
  })

  it('prints one alias, or says it is not found', async () => {
    const { out, err, status } = await runShell("alias g='grep'; alias g nope")
    expect([out, err, status]).toEqual(["alias g='grep'\n", 'bash: alias: nope: not found\n', 1])
  })

  it('removes aliases', async () => {
    const { out, err } = await runShell("alias a=b c=d; unalias a; alias; unalias -a; alias; unalias x")
    expect(out).toBe("alias c='d'\n")
    expect(err).toBe('bash: unalias: x: not found\n')
  })
})

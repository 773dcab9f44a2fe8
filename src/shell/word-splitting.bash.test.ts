/** Differential test: word splitting, quoting and quote removal against the real bash on this machine. Each case
 *  sets x, prints the words it expands to as <field>, and must print exactly what `bash -c` prints. */
import { spawnSync } from 'node:child_process'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { quote } from './quote'
import { runShell } from './test-process.test-helper'

const bashAvailable = spawnSync('bash', ['-c', 'exit 0']).status === 0

const FRAGMENTS = ['a', 'b', ' ', '  ', '$x', '"$x"', "'$x'", '""', "''", '"a b"', "'a  b'", '$y', '"$y"', '${x}', '\\ ', 'x$x',
  '"$x"a', '$x"$x"', '\\$x', '"\'"', "'\"'", '${x:-d e}', '"${x:-d e}"', '${#x}', '$x$y', '"$@"', '$*', '"$*"', '${y:+$x}']
const VALUES = ['p q', ' p  q ', '', 'p', '  ', 'p\tq', 'p\nq', " 'p' ", 'p:q', ':p::q:', ' p : q ']

interface Case { x: string; words: string; ifs?: string }

const caseArbitrary = fc.record({
  x: fc.constantFrom(...VALUES),
  ifs: fc.constantFrom(undefined, undefined, ':', ' :', ''),
  words: fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
})

const FIXED: Case[] = [
  { x: 'a b', words: '$x' }, { x: 'a b', words: '"$x"' }, { x: ' a  b ', words: 'q$x""' }, { x: '', words: '$x' },
  { x: '', words: '"$x"' }, { x: '', words: 'a"$x"b' }, { x: 'a b', words: "'$x'" }, { x: 'a', words: '"$@"' },
  { x: 'p q', words: '${x:-z} ${y:-"z  z"} ${y-$x}' }, { x: 'p q', words: '$(echo "$x")' }, { x: 'p q', words: '"$(echo $x)"' },
]

const END = '\n#END#\n'
const script = (c: Case) => `set -- 1 '2 3'; x=${quote(c.x)};${c.ifs === undefined ? " IFS=$' \\t\\n';" : ` IFS=${quote(c.ifs)};`} printf '<%s>' ${c.words}; printf '${END.replace(/\n/g, '\\n')}'`

function bashOutputs(cases: Case[]): string[] {
  const result = spawnSync('bash', [], { input: cases.map(script).join('\n'), encoding: 'utf8', maxBuffer: 64 << 20 })
  if (result.error) throw result.error
  return result.stdout.split(END).slice(0, cases.length)
}

describe.skipIf(!bashAvailable)('word splitting, compared with the real bash', () => {
  it('splits, keeps and removes quotes as bash does on fixed cases', async () => {
    const expected = bashOutputs(FIXED)
    for (const [i, c] of FIXED.entries()) {
      const { out } = await runShell(script(c))
      expect({ case: c, out: out.replace(END, '') }).toEqual({ case: c, out: expected[i] })
    }
  })

  it('agrees with bash on generated words', async () => {
    const cases = fc.sample(caseArbitrary, { numRuns: 500, seed: 20240611 })
    const expected = bashOutputs(cases)
    for (const [i, c] of cases.entries()) {
      const { out } = await runShell(script(c))
      expect({ case: c, out: out.replace(END, '') }).toEqual({ case: c, out: expected[i] })
    }
  })
})

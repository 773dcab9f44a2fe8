import { describe, expect, it } from 'vitest'
import { runShell } from '../test-process.test-helper'

const printf = async (args: string) => (await runShell(`printf ${args}`)).out

describe('printf', () => {
  it('formats strings and numbers with widths, precision and flags', async () => {
    expect(await printf('"[%5s][%-5s][%.2s][%05d][%+d][%x][%X][%o][%#x][%c][%%]" ab cd xyz 42 7 255 255 8 255 hello')).toBe('[   ab][cd   ][xy][00042][+7][ff][FF][10][0xff][h][%]')
  })

  it('reuses the format while arguments remain', async () => {
    expect(await printf('"%s=%s\\n" a 1 b 2 c')).toBe('a=1\nb=2\nc=\n')
  })

  it('formats floating point', async () => {
    expect(await printf('"%.2f %.1e %g\\n" 3.14159 1234.5 0.5')).toBe('3.14 1.2e+03 0.5\n')
  })

  it('decodes escapes in the format and, with %b, in an argument', async () => {
    expect(await printf('"a\\tb %b\\n" "c\\nd"')).toBe('a\tb c\nd\n')
  })

  it('quotes for the shell with %q', async () => {
    expect(await printf('"%q\\n" "a b"')).toBe("'a b'\n")
  })

  it('reports an invalid number, prints 0 and fails', async () => {
    const { out, err, status } = await runShell('printf "%d\\n" abc')
    expect([out, err, status]).toEqual(['0\n', 'bash: printf: abc: invalid number\n', 1])
  })

  it('assigns to a variable with -v', async () => {
    expect((await runShell('printf -v n "%03d" 7; echo $n')).out).toBe('007\n')
  })

  it('shows its usage without a format', async () => {
    expect((await runShell('printf')).err).toBe('printf: usage: printf [-v var] format [arguments]\n')
  })
})

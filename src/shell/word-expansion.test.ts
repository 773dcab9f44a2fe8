import { describe, expect, it } from 'vitest'
import { runShell } from './test-process.test-helper'

const args = async (words: string, options: Parameters<typeof runShell>[1] = {}) =>
  (await runShell(`echo-args ${words}`, options)).out.trimEnd()

describe('quoting', () => {
  it('keeps everything inside single quotes literal', async () => {
    expect(await args(`'$HOME "x" \\n'`)).toBe('<$HOME "x" \\n>')
  })

  it('expands variables inside double quotes without splitting them', async () => {
    expect(await args('"$HOME  is home"')).toBe('</root  is home>')
  })

  it('removes a backslash and keeps the character after it', async () => {
    expect(await args('\\$HOME \\" a\\ b')).toBe('<$HOME><"><a b>')
  })

  it('keeps a backslash inside double quotes unless it escapes $ ` " \\', async () => {
    expect(await args('"a\\b \\$ \\\\ \\""')).toBe('<a\\b $ \\ ">')
  })

  it('decodes escapes in $\'…\'', async () => {
    expect(await args("$'a\\tb\\n' $'it\\'s'")).toBe("<a\tb\n><it's>")
  })

  it('makes an empty argument of empty quotes, and nothing of an empty unquoted variable', async () => {
    expect(await args('"" \'\' $nothing "$nothing" x')).toBe('<><><><x>')
  })
})

describe('parameter expansion', () => {
  it('splits an unquoted value on blanks', async () => {
    expect(await args('$v', { env: { v: ' a  b\tc ' } })).toBe('<a><b><c>')
  })

  it('splits on IFS when it is set', async () => {
    expect((await runShell('IFS=:; v=a::b; echo-args $v')).out).toBe('<a><><b>\n')
  })

  it('gives "$@" one field per parameter and "$*" one field', async () => {
    expect((await runShell('set -- "a b" c; echo-args "$@"; echo-args "$*"; echo-args $@')).out).toBe('<a b><c>\n<a b c>\n<a><b><c>\n')
  })

  it('gives no field at all for "$@" without parameters', async () => {
    expect(await args('"$@"')).toBe('')
  })

  it('uses a default, assigns one, or fails with a message', async () => {
    expect((await runShell('echo ${u:-dflt} ${u-other} ${u:=set} $u; e=; echo "[${e:-empty}]" "[${e-unset}]"')).out).toBe('dflt other set set\n[empty] []\n')
    expect((await runShell('echo ${u:?is required}')).err).toBe('bash: u: is required\n')
  })

  it('measures, trims and replaces', async () => {
    const { out } = await runShell('f=archive.tar.gz; echo ${#f} ${f%.*} ${f%%.*} ${f#*.} ${f##*.} ${f/a/A} ${f//a/A} ${f:0:7} ${f: -2} ${f^^}')
    expect(out).toBe('14 archive.tar archive tar.gz gz Archive.tar.gz Archive.tAr.gz archive gz ARCHIVE.TAR.GZ\n')
  })

  it('treats quoted pattern characters literally when trimming', async () => {
    expect((await runShell('f="a*b*c"; echo ${f%"*"*} ${f%*}')).out).toBe('a*b a*b*c\n')
  })

  it('reports a bad substitution when the word is used', async () => {
    expect((await runShell('echo ${a b}')).err).toBe('bash: ${a b}: bad substitution\n')
  })

  it('knows the special parameters', async () => {
    expect((await runShell('set -- x y; false; echo $# $? $0 $1 ${2}', { shell: { name: '-bash' } })).out).toBe('2 1 -bash x y\n')
  })

  it('fails on an unset variable under set -u', async () => {
    expect((await runShell('set -u; echo $nope')).err).toBe('bash: nope: unbound variable\n')
  })
})

describe('command substitution', () => {
  it('replaces $(…) and `…` with the output, less trailing newlines', async () => {
    expect(await args('"$(seq 2)" `echo back`')).toBe('<1\n2><back>')
  })

  it('nests', async () => {
    expect(await args('$(echo $(echo inner) outer)')).toBe('<inner><outer>')
  })

  it('splits an unquoted substitution into fields', async () => {
    expect(await args('$(seq 3)')).toBe('<1><2><3>')
  })

  it('sets $? for a command that is only assignments', async () => {
    expect((await runShell('x=$(false); echo $?; y=$(true); echo $?')).out).toBe('1\n0\n')
  })
})

describe('arithmetic expansion', () => {
  it('evaluates with C precedence and integer division', async () => {
    expect((await runShell('x=7; echo $((x * 2 + 1)) $((x / 2)) $((x % 4)) $((x > 5 && x < 10)) $(( (1 + 2) * 3 ))')).out).toBe('15 3 3 1 9\n')
  })

  it('assigns', async () => {
    expect((await runShell('i=0; echo $((i++)) $((++i)) $((i += 10)); echo $i')).out).toBe('0 2 12\n12\n')
  })

  it('reports division by zero', async () => {
    expect((await runShell('echo $((1/0))')).err).toBe('bash: 1/0: division by 0 (error token is "0")\n')
  })
})

describe('tilde, braces and pathname expansion', () => {
  it('expands ~ and ~user at the start of a word or an assignment value, but not in quotes', async () => {
    expect((await runShell('x=~/bin; echo ~ ~/a ~root "~" a~ $x')).out).toBe('/root /root/a /root ~ a~ /root/bin\n')
  })

  it('expands braces into several words in bash', async () => {
    expect(await args('f{1..3}.txt {a,b}{x,y} "{a,b}" {single}')).toBe('<f1.txt><f2.txt><f3.txt><ax><ay><bx><by><{a,b}><{single}>')
  })

  const files = { '/d/b.txt': '', '/d/a.txt': '', '/d/c.log': '', '/d/.hidden': '', '/d/sub/x.txt': '' }

  it('expands globs to sorted matching paths, skipping hidden files', async () => {
    expect(await args('/d/*', { files })).toBe('</d/a.txt></d/b.txt></d/c.log></d/sub>')
    expect(await args('/d/?.txt /d/[ab].* /d/*/x.txt', { files })).toBe('</d/a.txt></d/b.txt></d/a.txt></d/b.txt></d/sub/x.txt>')
  })

  it('matches relative patterns from the working directory', async () => {
    expect((await runShell('cd /d; echo-args *.txt .h*', { files })).out).toBe('<a.txt><b.txt><.hidden>\n')
  })

  it('leaves a pattern that matches nothing as it is', async () => {
    expect(await args('/d/*.md', { files })).toBe('</d/*.md>')
  })

  it('does not glob quoted characters, nor under set -f', async () => {
    expect(await args('"/d/*" /d/\\*', { files })).toBe('</d/*></d/*>')
    expect((await runShell('set -f; echo-args /d/*', { files })).out).toBe('</d/*>\n')
  })

  it('globs the result of an unquoted expansion', async () => {
    expect((await runShell('p="/d/*.txt"; echo-args $p "$p"', { files })).out).toBe('</d/a.txt></d/b.txt></d/*.txt>\n')
  })
})

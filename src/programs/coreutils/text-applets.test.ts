import { describe, expect, it } from 'vitest'
import { run } from './applet-harness.test-helper'

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line${i + 1}\n`).join('')

describe('head and tail', () => {
  it('take ten lines by default and -n N, -N, +N', async () => {
    expect((await run(['head'], { stdin: lines(12) })).stdout).toBe(lines(10))
    expect((await run(['head', '-3'], { stdin: lines(12) })).stdout).toBe(lines(3))
    expect((await run(['tail', '-n', '2'], { stdin: lines(5) })).stdout).toBe('line4\nline5\n')
    expect((await run(['tail', '-n', '+4'], { stdin: lines(5) })).stdout).toBe('line4\nline5\n')
    expect((await run(['head', '-n', '-2'], { stdin: lines(4) })).stdout).toBe('line1\nline2\n')
  })

  it('put headers between several files', async () => {
    const r = await run(['head', '-n1', 'a', 'b'], { files: { 'tmp/a': 'A\n', 'tmp/b': 'B\n' } })
    expect(r.stdout).toBe('==> a <==\nA\n\n==> b <==\nB\n')
  })

  it('word their errors per version', async () => {
    expect((await run(['head', 'nope'])).stderr).toBe('head: cannot open ‘nope’ for reading: No such file or directory\n')
    expect((await run(['head', '-n', 'x'])).stderr).toBe('head: ‘x’: invalid number of lines\n')
    expect((await run(['tail', '-n', 'x'], { flavor: 'busybox' })).stderr).toBe("tail: invalid number 'x'\n")
  })
})

describe('wc', () => {
  it('counts lines, words and bytes with GNU widths', async () => {
    expect((await run(['wc', 'f'], { files: { 'tmp/f': 'foo bar\nbaz\n' } })).stdout).toBe(' 2  3 12 f\n')
    expect((await run(['wc'], { stdin: 'a b\n' })).stdout).toBe('      1       2       4\n')
    expect((await run(['wc', '-l'], { stdin: 'a\nb\n' })).stdout).toBe('2\n')
  })

  it('adds a total for several files', async () => {
    expect((await run(['wc', '-l', 'a', 'b'], { files: { 'tmp/a': 'x\n', 'tmp/b': 'y\nz\n' } })).stdout).toBe('1 a\n2 b\n3 total\n')
  })

  it('uses busybox widths', async () => {
    expect((await run(['wc'], { stdin: 'hi\n', flavor: 'busybox' })).stdout).toBe('        1         1         3\n')
  })
})

describe('sort, uniq, cut', () => {
  it('sorts by locale, numerically, reversed, uniquely and by key', async () => {
    expect((await run(['sort'], { stdin: 'b\nB\na\n' })).stdout).toBe('a\nb\nB\n')
    expect((await run(['sort'], { stdin: 'b\nB\na\n', flavor: 'busybox' })).stdout).toBe('B\na\nb\n')
    expect((await run(['sort', '-n'], { stdin: '10\n9\n100\n' })).stdout).toBe('9\n10\n100\n')
    expect((await run(['sort', '-rn'], { stdin: '10\n9\n100\n' })).stdout).toBe('100\n10\n9\n')
    expect((await run(['sort', '-u'], { stdin: 'a\nb\na\n' })).stdout).toBe('a\nb\n')
    expect((await run(['sort', '-t:', '-k2,2n'], { stdin: 'x:10\ny:2\nz:33\n' })).stdout).toBe('y:2\nx:10\nz:33\n')
  })

  it('names an unreadable file the 8.22 way, exit 2', async () => {
    const r = await run(['sort', 'nope'])
    expect([r.stderr, r.status]).toEqual(['sort: open failed: nope: No such file or directory\n', 2])
  })

  it('counts runs with uniq -c and keeps only repeats with -d', async () => {
    expect((await run(['uniq', '-c'], { stdin: 'a\na\nb\na\n' })).stdout).toBe('      2 a\n      1 b\n      1 a\n')
    expect((await run(['uniq', '-d'], { stdin: 'a\na\nb\n' })).stdout).toBe('a\n')
  })

  it('cuts fields and characters', async () => {
    expect((await run(['cut', '-d:', '-f1,3'], { stdin: 'a:b:c\nno-delim\n' })).stdout).toBe('a:c\nno-delim\n')
    expect((await run(['cut', '-c2-3'], { stdin: 'hello\n' })).stdout).toBe('el\n')
    expect((await run(['cut', '-f', '2-'], { stdin: 'a\tb\tc\n' })).stdout).toBe('b\tc\n')
    expect((await run(['cut'])).stderr).toBe("cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n")
  })
})

describe('tr, tee, seq, yes', () => {
  it('translates, deletes and squeezes', async () => {
    expect((await run(['tr', 'a-z', 'A-Z'], { stdin: 'hello\n' })).stdout).toBe('HELLO\n')
    expect((await run(['tr', '-d', '0-9'], { stdin: 'a1b22c\n' })).stdout).toBe('abc\n')
    expect((await run(['tr', '-s', ' '], { stdin: 'a   b\n' })).stdout).toBe('a b\n')
    expect((await run(['tr', '[:lower:]', '[:upper:]'], { stdin: 'x\n' })).stdout).toBe('X\n')
  })

  it('copies stdin to files and stdout', async () => {
    const r = await run(['tee', 'out'], { stdin: 'data\n' })
    expect([r.stdout, r.fs.readText('/tmp/out')]).toEqual(['data\n', 'data\n'])
  })

  it('formats with seq -f as GNU seq does, and refuses formats it cannot use', async () => {
    expect((await run(['seq', '-f', 'x%gy', '3'])).stdout).toBe('x1y\nx2y\nx3y\n')
    expect((await run(['seq', '-f', '%03g', '9', '11'])).stdout).toBe('009\n010\n011\n')
    expect((await run(['seq', '-f', '%.2f', '1', '0.5', '2'])).stdout).toBe('1.00\n1.50\n2.00\n')
    expect((await run(['seq', '-f', '%d', '2'])).stderr).toBe('seq: format ‘%d’ has unknown %d directive\n')
    expect((await run(['seq', '-f', 'ab', '2'])).stderr).toBe('seq: format ‘ab’ has no % directive\n')
    expect((await run(['seq', '-f', '%g %g', '2'])).stderr).toBe('seq: format ‘%g %g’ has too many % directives\n')
    expect((await run(['seq', '150000'])).stdout.split('\n').length).toBe(150_001)
  })

  it('counts with seq', async () => {
    expect((await run(['seq', '3'])).stdout).toBe('1\n2\n3\n')
    expect((await run(['seq', '2', '2', '7'])).stdout).toBe('2\n4\n6\n')
    expect((await run(['seq', '-s,', '3'])).stdout).toBe('1,2,3\n')
    expect((await run(['seq', '-w', '8', '10'])).stdout).toBe('08\n09\n10\n')
    expect((await run(['seq', 'x'])).stderr).toBe("seq: invalid floating point argument: ‘x’\nTry 'seq --help' for more information.\n")
  })

})

describe('grep', () => {
  const files = { 'tmp/f': 'Foo\nbar\nfoo bar\nbaz\n' }

  it('matches basic regular expressions, with -n -i -v -c', async () => {
    expect((await run(['grep', 'foo', 'f'], { files })).stdout).toBe('foo bar\n')
    expect((await run(['grep', '-in', 'foo', 'f'], { files })).stdout).toBe('1:Foo\n3:foo bar\n')
    expect((await run(['grep', '-vc', 'ba', 'f'], { files })).stdout).toBe('1\n')
    expect((await run(['grep', 'ba[rz]$', 'f'], { files })).stdout).toBe('bar\nfoo bar\nbaz\n')
  })

  it('keeps ( | + literal in basic and special with -E', async () => {
    expect((await run(['grep', 'a|b'], { stdin: 'a|b\nab\n' })).stdout).toBe('a|b\n')
    expect((await run(['grep', '-E', 'a|z'], { stdin: 'a\nb\nz\n' })).stdout).toBe('a\nz\n')
    expect((await run(['grep', 'o\\+'], { stdin: 'foo\nbar\n' })).stdout).toBe('foo\n')
  })

  it('exits 1 without a match and 2 on errors', async () => {
    expect((await run(['grep', 'zzz', 'f'], { files })).status).toBe(1)
    const missing = await run(['grep', 'x', 'nope'])
    expect([missing.stderr, missing.status]).toEqual(['grep: nope: No such file or directory\n', 2])
    expect((await run(['grep', 'a['], { stdin: 'a\n' })).stderr).toBe('grep: Unmatched [ or [^\n')
    expect((await run(['grep', 'a['], { stdin: 'a\n', flavor: 'busybox' })).stderr).toBe("grep: bad regex 'a[': Missing ']'\n")
  })

  it('searches trees with -r, naming files', async () => {
    const r = await run(['grep', '-r', 'needle', '.'], { files: { 'tmp/d/a': 'needle\n', 'tmp/d/b': 'hay\n' } })
    expect(r.stdout).toBe('./d/a:needle\n')
  })
})

describe('awk', () => {
  it('prints fields with -F, and sums in END', async () => {
    expect((await run(['awk', '-F:', '{print $1, $NF}'], { stdin: 'a:b:c\n' })).stdout).toBe('a c\n')
    expect((await run(['awk', '{ s += $2 } END { print s }'], { stdin: 'x 1\ny 2\nz 3\n' })).stdout).toBe('6\n')
  })

  it('filters with patterns and regular expressions', async () => {
    expect((await run(['awk', '$2 > 1 {print $1}'], { stdin: 'x 1\ny 2\nz 10\n' })).stdout).toBe('y\nz\n')
    expect((await run(['awk', '/^b/'], { stdin: 'a\nbe\nbo\n' })).stdout).toBe('be\nbo\n')
    expect((await run(['awk', 'NR==2'], { stdin: 'a\nb\nc\n' })).stdout).toBe('b\n')
  })

  it('has printf, arrays, length and toupper', async () => {
    expect((await run(['awk', '{ printf "%-3s|%5.1f\\n", $1, $2 }'], { stdin: 'ab 3.14159\n' })).stdout).toBe('ab |  3.1\n')
    expect((await run(['awk', '{ n[$1]++ } END { print n["a"], length("hey"), toupper("x") }'], { stdin: 'a\nb\na\n' })).stdout).toBe('2 3 X\n')
  })

  it('reports a syntax error the gawk way', async () => {
    const r = await run(['awk', '{print $1'], { stdin: '' })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/^awk: cmd\. line:1: /)
  })
})

describe('find and xargs', () => {
  const files = { 'tmp/w/a.txt': '', 'tmp/w/b.log': '', 'tmp/w/sub/c.txt': '' }

  it('finds by name and type', async () => {
    expect((await run(['find', 'w', '-name', '*.txt'], { files })).stdout).toBe('w/a.txt\nw/sub/c.txt\n')
    expect((await run(['find', 'w', '-type', 'd'], { files })).stdout).toBe('w\nw/sub\n')
    expect((await run(['find', 'nope'])).stderr).toBe('find: ‘nope’: No such file or directory\n')
    expect((await run(['find', '.', '-foo'])).stderr).toBe("find: unknown predicate `-foo'\n")
  })

  it('runs commands with -exec and xargs', async () => {
    expect((await run(['find', 'w', '-name', 'b.log', '-exec', 'cat', '{}', ';'], { files: { ...files, 'tmp/w/b.log': 'log!\n' } })).stdout).toBe('log!\n')
    expect((await run(['xargs', 'echo', 'got'], { stdin: 'a b\nc\n' })).stdout).toBe('got a b c\n')
    expect((await run(['xargs', '-n', '2', 'echo'], { stdin: 'a b c\n' })).stdout).toBe('a b\nc\n')
    expect((await run(['xargs', '-I{}', 'echo', '[{}]'], { stdin: 'x y\nz\n' })).stdout).toBe('[x y]\n[z]\n')
  })
})

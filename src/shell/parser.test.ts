import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Command, Script, SimpleCommand } from './ast'
import { formatParseFailure } from './parse-failure'
import type { ParseResult } from './parser'
import { parse } from './parser'
import { nextToken } from './tokenizer'
import { createCursor } from './source-cursor'

const ok = (source: string): Script => {
  const result = parse(source)
  if (result.status !== 'ok') throw new Error(`expected ${JSON.stringify(source)} to parse, got ${JSON.stringify(result)}`)
  return result.script
}
const firstCommand = (source: string): Command => ok(source).items[0].command.first.commands[0]
const simple = (source: string) => firstCommand(source) as SimpleCommand
const words = (source: string) => simple(source).words.map((w) => w.raw)

/** What an interactive bash (or busybox sh) prints for the input. */
function message(source: string, dialect: 'bash' | 'ash' = 'bash'): string {
  const result = parse(source)
  if (result.status === 'ok') return 'ok'
  return formatParseFailure(result.failure, { dialect, name: dialect === 'bash' ? 'bash' : 'sh', interactive: true }).trimEnd()
}

describe('parsing simple commands', () => {
  it('splits a command line into words at blanks', () => {
    expect(words('echo  hello   world')).toEqual(['echo', 'hello', 'world'])
  })

  it('keeps quoted blanks inside one word', () => {
    expect(words(`echo "a b" 'c d' e\\ f`)).toEqual(['echo', '"a b"', "'c d'", 'e\\ f'])
  })

  it('takes NAME=value before the command as an assignment', () => {
    const cmd = simple('A=1 B="x y" env')
    expect(cmd.assignments.map((a) => a.name)).toEqual(['A', 'B'])
    expect(cmd.words.map((w) => w.raw)).toEqual(['env'])
  })

  it('takes NAME=value after the command word as an argument', () => {
    expect(words('echo A=1')).toEqual(['echo', 'A=1'])
  })

  it('reads redirections with their file descriptors', () => {
    const cmd = simple('cmd >out 2>&1 <in 2>>log &>all')
    expect(cmd.redirects.map((r) => [r.fd, r.op, r.target.raw])).toEqual([
      [null, '>', 'out'], [2, '>&', '1'], [null, '<', 'in'], [2, '>>', 'log'], [null, '&>', 'all'],
    ])
  })

  it('reads a here-document body from the lines after the command', () => {
    const cmd = simple('cat <<EOF\nhello $USER\nEOF')
    expect(cmd.redirects[0].heredoc?.raw).toBe('hello $USER\n')
  })

  it('strips leading tabs from a <<- here-document', () => {
    const cmd = simple('cat <<-END\n\tindented\n\tEND')
    expect(cmd.redirects[0].heredoc?.raw).toBe('indented\n')
  })

  it('ignores comments', () => {
    expect(words('echo hi # not this')).toEqual(['echo', 'hi'])
  })

  it('does not start a comment in the middle of a word', () => {
    expect(words('echo a#b')).toEqual(['echo', 'a#b'])
  })

  it('joins lines ended by a backslash', () => {
    expect(words('echo a \\\nb')).toEqual(['echo', 'a', 'b'])
  })

  it('expands an alias in command position only', () => {
    const result = parse('ll ll', { aliases: new Map([['ll', 'ls -l']]) })
    expect(result.status === 'ok' && (result.script.items[0].command.first.commands[0] as SimpleCommand).words.map((w) => w.raw))
      .toEqual(['ls', '-l', 'll'])
  })

  it('does not expand an alias inside its own expansion forever', () => {
    const result = parse('ls', { aliases: new Map([['ls', 'ls --color=auto']]) })
    expect(result.status).toBe('ok')
  })
})

describe('parsing lists and compound commands', () => {
  it('separates and-or lists with ; & and newlines', () => {
    const script = ok('a; b & c\nd')
    expect(script.items.map((i) => i.background)).toEqual([false, true, false, false])
  })

  it('chains && and || left to right', () => {
    const andOr = ok('a && b || c').items[0].command
    expect(andOr.rest.map((r) => r.op)).toEqual(['&&', '||'])
  })

  it('builds a pipeline, noting |& and a leading !', () => {
    const pipeline = ok('! a | b |& c').items[0].command.first
    expect(pipeline.negate).toBe(true)
    expect(pipeline.commands).toHaveLength(3)
    expect(pipeline.withStderr).toEqual([false, true])
  })

  it('reads if, elif and else', () => {
    const cmd = firstCommand('if a; then b; elif c; then d; else e; fi')
    expect(cmd.type === 'if' && [cmd.clauses.length, cmd.elseBody !== null]).toEqual([2, true])
  })

  it('reads a for loop over words, and one over "$@" without in', () => {
    const loop = firstCommand('for i in 1 2 3; do echo $i; done')
    expect(loop.type === 'for' && [loop.name, loop.items?.length]).toEqual(['i', 3])
    const bare = firstCommand('for arg\ndo echo $arg; done')
    expect(bare.type === 'for' && bare.items).toBeNull()
  })

  it('reads while and until loops', () => {
    expect(firstCommand('while a; do b; done')).toMatchObject({ type: 'while', until: false })
    expect(firstCommand('until a; do b; done')).toMatchObject({ type: 'while', until: true })
  })

  it('reads case items with alternatives and an optional opening parenthesis', () => {
    const cmd = firstCommand('case $x in\n  a|b) echo ab;;\n  (c) echo c;;\n  *) ;;\nesac')
    expect(cmd.type === 'case' && cmd.items.map((i) => i.patterns.map((p) => p.raw))).toEqual([['a', 'b'], ['c'], ['*']])
  })

  it('reads a case whose last item has no ;;', () => {
    expect(firstCommand('case x in x) echo yes\nesac').type).toBe('case')
  })

  it('reads brace groups and subshells with redirections', () => {
    const group = firstCommand('{ a; b; } > out')
    expect(group.type === 'brace' && group.redirects.map((r) => r.target.raw)).toEqual(['out'])
    expect(firstCommand('(cd /tmp && ls)').type).toBe('subshell')
  })

  it('reads function definitions in both forms, keeping the body text', () => {
    const fn = firstCommand('greet() { echo "hi $1"; }')
    expect(fn.type === 'function' && [fn.name, fn.source]).toEqual(['greet', '{ echo "hi $1"; }'])
    expect(firstCommand('function greet { echo hi; }').type).toBe('function')
  })

  it('recognises reserved words only where a command starts', () => {
    expect(words('echo if then fi')).toEqual(['echo', 'if', 'then', 'fi'])
  })

  it('keeps a backquoted text that does not parse, to fail when it runs, as bash does', () => {
    const part = simple('echo `echo "` done').words[1].parts[0]
    expect(part.type === 'command' && part.failure?.kind).toBe('incomplete')
  })

  it('parses $(…) with its own commands, even a case inside', () => {
    const cmd = simple('echo $(case x in x) echo y;; esac)')
    expect(cmd.words[1].parts[0].type).toBe('command')
  })
})

describe('telling incomplete input from errors', () => {
  const incomplete = ['echo "abc', "echo 'abc", 'echo \\', 'a |', 'a &&', 'a ||', 'if true', 'if true; then', 'for i in 1 2',
    'while true', 'case x in', '{ echo', '( echo', 'echo $(', 'echo ${x', 'echo `ls', 'cat <<EOF', 'cat <<EOF\nline', 'f() {',
    'f()', 'echo $((1 +', 'if true; then\n  echo yes\nelse']
  it.each(incomplete)('asks for more after %j', (source) => {
    expect(parse(source).status).toBe('incomplete')
  })

  const complete = ['echo "a\nb"', 'a |\n b', 'if true\nthen echo\nfi', 'cat <<EOF\nx\nEOF', 'echo \\\nmore', '']
  it.each(complete)('accepts %j once it is complete', (source) => {
    expect(parse(source).status).toBe('ok')
  })

  it.each([
    [';;', 'bash: syntax error near unexpected token `;;\''],
    ['echo hi ;;', 'bash: syntax error near unexpected token `;;\''],
    ['echo >', 'bash: syntax error near unexpected token `newline\''],
    ['echo > ;', 'bash: syntax error near unexpected token `;\''],
    ['echo a; ; b', 'bash: syntax error near unexpected token `;\''],
    ['a )', 'bash: syntax error near unexpected token `)\''],
    ['fi', 'bash: syntax error near unexpected token `fi\''],
    ['then', 'bash: syntax error near unexpected token `then\''],
    ['done', 'bash: syntax error near unexpected token `done\''],
    ['for', 'bash: syntax error near unexpected token `newline\''],
    ['f() echo', 'bash: syntax error near unexpected token `echo\''],
    ['( )', 'bash: syntax error near unexpected token `)\''],
    ['{ }', 'bash: syntax error near unexpected token `}\''],
    ['if ; then fi', 'bash: syntax error near unexpected token `;\''],
    ['a && || b', 'bash: syntax error near unexpected token `||\''],
    ['| a', 'bash: syntax error near unexpected token `|\''],
    ['& a', 'bash: syntax error near unexpected token `&\''],
    ['case a in b) ;; esac )', 'bash: syntax error near unexpected token `)\''],
  ])('rejects %j as bash does', (source, expected) => {
    expect(message(source)).toBe(expected)
  })

  it('words the same errors the way busybox sh does', () => {
    expect(message(';;', 'ash')).toBe('sh: syntax error: unexpected ";;"')
    expect(message('echo >', 'ash')).toBe('sh: syntax error: unexpected newline')
    expect(message('f() echo', 'ash')).toBe('sh: syntax error: unexpected word')
    expect(message('fi', 'ash')).toBe('sh: syntax error: unexpected "fi"')
  })

  it('explains an unfinished input the way bash would at end of file', () => {
    expect(message('echo "abc')).toBe('bash: unexpected EOF while looking for matching `"\'')
    expect(message('if true')).toBe('bash: syntax error: unexpected end of file')
    expect(message('if true', 'ash')).toBe('sh: syntax error: unexpected end of file (expecting "then")')
  })

  it('quotes the offending line after a non-interactive bash error', () => {
    const result = parse('echo ok\necho hi ;;') as Extract<ParseResult, { status: 'error' }>
    expect(formatParseFailure(result.failure, { dialect: 'bash', name: 'bash', interactive: false, commandSource: '-c', source: 'echo ok\necho hi ;;' }))
      .toBe("bash: -c: line 2: syntax error near unexpected token `;;'\nbash: -c: line 2: `echo hi ;;'\n")
  })
})

describe('the tokenizer and parser on arbitrary input', () => {
  const shellish = fc.string({ unit: fc.constantFrom(...'ab $\'"\\`(){}[];|&<>#=~*?\n\t-!0123'.split('')), maxLength: 40 })

  it('never throws from parse, whatever the input', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 60 }), shellish), (source) => {
      const result = parse(source)
      expect(['ok', 'incomplete', 'error']).toContain(result.status)
    }), { numRuns: 2000 })
  })

  it('never throws from the tokenizer except with a syntax failure', () => {
    const nested = { commandSubstitution: () => ({ items: [] }), backquoted: () => ({ body: { items: [] } }) }
    fc.assert(fc.property(shellish, (source) => {
      const cursor = createCursor(source, nested)
      try {
        for (let t = nextToken(cursor), n = 0; t.type !== 'eof' && n < 200; t = nextToken(cursor), n++) { /* drain */ }
      } catch (e) {
        expect((e as Error).constructor.name).toBe('SyntaxFailure')
      }
    }), { numRuns: 2000 })
  })

  it('reports nesting too deep for the stack as an error', () => {
    expect(parse('$('.repeat(5000) + 'echo' + ')'.repeat(5000)).status).toBe('error')
  })

  it('finds every prefix of a valid command either complete, incomplete or an error, never a crash', () => {
    const script = 'for i in $(seq 3); do\n  case "$i" in 1|2) echo "${i:-x}";; *) cat <<EOF\nbody $i\nEOF\n;; esac\ndone | cat'
    for (let n = 0; n <= script.length; n++) expect(['ok', 'incomplete', 'error']).toContain(parse(script.slice(0, n)).status)
    expect(parse(script).status).toBe('ok')
  })
})

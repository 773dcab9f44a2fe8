import { describe, expect, it } from 'vitest'
import { runShell } from './test-process.test-helper'

describe('compound commands', () => {
  it('runs the first if branch whose condition succeeds', async () => {
    expect((await runShell('for n in 1 2 3; do if [ $n = 1 ]; then echo one; elif [ $n = 2 ]; then echo two; else echo many; fi; done')).out)
      .toBe('one\ntwo\nmany\n')
  })

  it('loops while a condition holds, or until it does', async () => {
    expect((await runShell('n=0; while [ $n -lt 3 ]; do n=$((n+1)); done; until [ $n -eq 0 ]; do n=$((n-1)); echo $n; done')).out)
      .toBe('2\n1\n0\n')
  })

  it('loops over "$@" when a for has no word list', async () => {
    expect((await runShell('set -- a "b c"; for x; do echo "<$x>"; done')).out).toBe('<a>\n<b c>\n')
  })

  it('rejects a loop variable that is not a name', async () => {
    expect((await runShell('for 1x in a; do :; done; echo $?')).err).toBe("bash: `1x': not a valid identifier\n")
  })

  it('counts with a C-style for loop', async () => {
    expect((await runShell('for ((i = 0; i < 3; i++)); do echo $i; done')).out).toBe('0\n1\n2\n')
  })

  it('succeeds with (( )) when the value is not zero', async () => {
    expect((await runShell('x=2; (( x > 1 )) && echo big; (( x - 2 )) || echo zero; (( x++ )); echo $x')).out).toBe('big\nzero\n3\n')
  })

  it('reports an arithmetic error in (( )) and fails', async () => {
    const { out, err } = await runShell('(( 1 / 0 )); echo $?')
    expect([out, err]).toEqual(['1\n', 'bash: ((: 1 / 0 : division by 0 (error token is "0 ")\n'])
  })

  it('tests with [[ ]] using patterns, regular expressions and && ||', async () => {
    const { out } = await runShell('f=report.txt; [[ $f == *.txt && -n $f ]] && echo text; [[ $f =~ ^re(po)rt ]] && echo "$BASH_REMATCH"; [[ ! -e /nope || x ]] && echo or')
    expect(out).toBe('text\nreport\nor\n')
  })

  it('does not split or glob words inside [[ ]]', async () => {
    expect((await runShell('x="a  b"; [[ $x == "a  b" ]] && echo same')).out).toBe('same\n')
  })

  it('reports a malformed [[ ]] with status 2', async () => {
    expect(await runShell('[[ a b ]]; echo $?')).toMatchObject({ out: '2\n', err: 'bash: syntax error in conditional expression\n' })
  })

  it('times a pipeline with the machine clock', async () => {
    expect((await runShell('time sleep 2')).err).toBe('\nreal\t0m2.000s\nuser\t0m0.000s\nsys\t0m0.000s\n')
    expect((await runShell('time -p sleep 61')).err).toBe('real 61.00\nuser 0.00\nsys 0.00\n')
  })

  it('leaves time to a program in busybox sh', async () => {
    expect((await runShell('time true', { shell: { dialect: 'ash' } })).err).toBe('bash: time: command not found\n')
  })

  it('applies redirections to a whole compound command', async () => {
    const { machine } = await runShell('{ echo a; echo b; } > /tmp/out; for i in 1 2; do echo $i; done >> /tmp/out')
    expect(machine.fs.readText('/tmp/out')).toBe('a\nb\n1\n2\n')
  })
})

import { describe, expect, it } from 'vitest'
import { Killed } from '../os/process'
import { givenMachine, runShell } from './test-process.test-helper'

describe('running commands', () => {
  it('runs a program found on PATH with its arguments', async () => {
    const { out, machine } = await runShell('echo-args one "two three"')
    expect(out).toBe('<one><two three>\n')
    expect(machine.spawned[0].argv).toEqual(['echo-args', 'one', 'two three'])
  })

  it('reports an unknown command with status 127, through spawn', async () => {
    const { out, err } = await runShell('nope; echo $?')
    expect(err).toBe('bash: nope: command not found\n')
    expect(out).toBe('127\n')
  })

  it('hands programs the exported variables and the working directory', async () => {
    const { out, machine } = await runShell('cd /tmp; export GREETING=hi; LOCAL=1; pwd-of; printenv GREETING; printenv LOCAL; echo $?')
    expect(out).toBe('/tmp\nhi\n1\n')
    expect(machine.spawned[0].cwd).toBe('/tmp')
  })

  it('gives a program the assignments written before it, for that command only', async () => {
    const { out } = await runShell('A=1 printenv A; echo "[$A]"')
    expect(out).toBe('1\n[]\n')
  })

  it('runs a for loop over a command substitution', async () => {
    const { out } = await runShell('for i in $(seq 3); do echo $i; done')
    expect(out).toBe('1\n2\n3\n')
  })

  it('keeps the status of the last command in $?', async () => {
    const { out, status } = await runShell('false; echo $?; true; echo $?; fail-with 3')
    expect(out).toBe('1\n0\n')
    expect(status).toBe(3)
  })

  it('runs && and || by the status of what came before', async () => {
    const { out } = await runShell('true && echo and; false && echo never; false || echo or; true || echo never; false && true || echo both')
    expect(out).toBe('and\nor\nboth\n')
  })

  it('runs the matching case branch', async () => {
    const script = 'for f in a.txt b.tar.gz c; do case $f in *.txt) echo "$f text";; *.tar.*|*.zip) echo "$f archive";; *) echo "$f other";; esac; done'
    expect((await runShell(script)).out).toBe('a.txt text\nb.tar.gz archive\nc other\n')
  })

  it('calls functions with their own positional parameters and returns their status', async () => {
    const { out } = await runShell('greet() { echo "hello $1 ($#)"; return 5; }; greet world again; echo $? $#')
    expect(out).toBe('hello world (2)\n5 0\n')
  })

  it('restores variables made local by a function', async () => {
    expect((await runShell('x=global; f() { local x=inner; echo $x; }; f; echo $x')).out).toBe('inner\nglobal\n')
  })

  it('keeps what a subshell changes to itself', async () => {
    const { out, machine } = await runShell('x=1; (x=2; cd /tmp; echo $x $PWD); echo $x $PWD')
    expect(out).toBe('2 /tmp\n1 /root\n')
    expect(machine.process.cwd).toBe('/root')
  })

  it('moves the process to the directory cd changes to', async () => {
    const { machine } = await runShell('cd /tmp')
    expect(machine.process.cwd).toBe('/tmp')
  })
})

describe('pipelines', () => {
  it('connects stages with pipes and waits for all of them', async () => {
    expect((await runShell('seq 4 | cat | wc-l')).out).toBe('4\n')
  })

  it('takes the status of the last stage, or with pipefail the last failing one', async () => {
    expect((await runShell('false | true; echo $?; true | false; echo $?; ! false | false; echo $?')).out).toBe('0\n1\n0\n')
    expect((await runShell('set -o pipefail; fail-with 3 | true; echo $?')).out).toBe('3\n')
  })

  it('runs shell code as a stage, in a subshell', async () => {
    expect((await runShell('x=out; seq 2 | while read n; do x=$n; echo "n=$n"; done; echo $x')).out).toBe('n=1\nn=2\nout\n')
  })

  it('sends stderr down the pipe with |&', async () => {
    expect((await runShell('fail-with 2 |& cat')).out).toBe('failing with 2\n')
  })

  it('stops a shell loop feeding a reader that has finished', async () => {
    expect((await runShell('while true; do echo y; done | head-1; echo done')).out).toBe('y\ndone\n')
  })
})

describe('redirections', () => {
  it('creates or truncates the file for >, even when nothing is written', async () => {
    const { machine } = await runShell('echo old > /tmp/f; true > /tmp/f; true > /tmp/new')
    expect(machine.fs.readText('/tmp/f')).toBe('')
    expect(machine.fs.readText('/tmp/new')).toBe('')
  })

  it('appends with >>', async () => {
    const { machine } = await runShell('echo a > /tmp/f; echo b >> /tmp/f')
    expect(machine.fs.readText('/tmp/f')).toBe('a\nb\n')
  })

  it('applies 2>&1 in order', async () => {
    const { out, machine } = await runShell('fail-with 1 > /tmp/both 2>&1; fail-with 2 2>&1 > /tmp/out')
    expect(machine.fs.readText('/tmp/both')).toBe('failing with 1\n')
    expect(out).toBe('failing with 2\n')
  })

  it('reads stdin from a file, and fails without running the command when it is missing', async () => {
    const { out, err, machine } = await runShell('cat < /tmp/in; cat < /missing; echo $?', { files: { '/tmp/in': 'from file\n' } })
    expect(out).toBe('from file\n1\n')
    expect(err).toBe('bash: /missing: No such file or directory\n')
    expect(machine.spawned).toHaveLength(1)
  })

  it('discards output sent to /dev/null and writes /dev/stderr to stderr', async () => {
    const { out, err } = await runShell('echo gone > /dev/null; echo loud > /dev/stderr; echo also >&2')
    expect(out).toBe('')
    expect(err).toBe('loud\nalso\n')
  })

  it('feeds here-documents and here-strings to stdin, expanding unless the delimiter is quoted', async () => {
    const { out } = await runShell("x=42; cat <<EOF\nx is $x\nEOF\ncat <<'EOF'\nx is $x\nEOF\ncat <<< \"x=$x\"")
    expect(out).toBe('x is 42\nx is $x\nx=42\n')
  })

  it('reports an ambiguous redirect and a directory target', async () => {
    const { err } = await runShell('f="a b"; echo > $f; echo > /tmp')
    expect(err).toBe('bash: $f: ambiguous redirect\nbash: /tmp: Is a directory\n')
  })

  it('redirects a whole loop', async () => {
    const { out } = await runShell('while read line; do echo "<$line>"; done < /tmp/lines', { files: { '/tmp/lines': 'one\ntwo\n' } })
    expect(out).toBe('<one>\n<two>\n')
  })

  it('lets a program read what read left behind', async () => {
    expect((await runShell('{ read first; cat; } < /tmp/lines', { files: { '/tmp/lines': '1\n2\n3\n' } })).out).toBe('2\n3\n')
  })
})

describe('exit, errors and interruption', () => {
  it('ends the script at exit, with its status, and says it exited', async () => {
    const { out, status, shell } = await runShell('echo before; exit 3; echo after', { shell: { interactive: false } })
    expect([out, status, shell.exited]).toEqual(['before\n', 3, true])
  })

  it('says "exit" on stderr when an interactive bash exits', async () => {
    const { err, shell } = await runShell('exit')
    expect(err).toBe('exit\n')
    expect(shell.exited).toBe(true)
  })

  it('does not exit for an exit inside a subshell or a pipeline stage', async () => {
    const { out, shell } = await runShell('(exit 4); echo $?; exit 5 | true; echo $?')
    expect(out).toBe('4\n0\n')
    expect(shell.exited).toBe(false)
  })

  it('abandons the rest of the line after an expansion error, and goes on with the next line', async () => {
    const { out, err, status } = await runShell('echo ${a b}; echo same-line\necho next-line')
    expect(err).toBe('bash: ${a b}: bad substitution\n')
    expect(out).toBe('next-line\n')
    expect(status).toBe(0)
  })

  it('prints a syntax error with status 2 and runs nothing of that line', async () => {
    const { out, err, status } = await runShell('echo a; ; echo b')
    expect([out, err, status]).toEqual(['', "bash: syntax error near unexpected token `;'\n", 2])
  })

  it('uses the login shell\'s name in messages', async () => {
    const { err } = await runShell('cd /nope', { shell: { name: '-bash' } })
    expect(err).toBe('-bash: cd: /nope: No such file or directory\n')
  })

  it('adds line numbers to messages in scripts', async () => {
    const { err } = await runShell('true\ncd /nope', { shell: { interactive: false } })
    expect(err).toBe('bash: line 2: cd: /nope: No such file or directory\n')
  })

  it('lets Ctrl-C end a loop the shell runs itself', async () => {
    const machine = givenMachine()
    const shell = machine.shell()
    machine.interrupt()
    await expect(shell.run('while true; do :; done')).rejects.toBeInstanceOf(Killed)
    await shell.run('echo $?')
    expect(machine.out()).toBe('130\n')
  })

  it('stops at the first failure under set -e, but not in conditions', async () => {
    const { out, status } = await runShell('set -e; if false; then :; fi; false || echo handled; false; echo never', { shell: { interactive: false } })
    expect([out, status]).toEqual(['handled\n', 1])
  })

  it('traces commands under set -x', async () => {
    expect((await runShell('set -x; echo "a b" c')).err).toBe("+ echo 'a b' c\n")
  })
})

describe('the state between runs', () => {
  it('keeps variables, functions and the directory from one line to the next', async () => {
    const machine = givenMachine()
    const shell = machine.shell()
    await shell.run('x=1; f() { echo "f $x"; }; cd /tmp')
    await shell.run('f; pwd')
    expect(machine.out()).toBe('f 1\n/tmp\n')
  })

  it('expands an alias on lines after its definition', async () => {
    const machine = givenMachine()
    const shell = machine.shell()
    await shell.run("alias hi='echo-args hello'; hi there")
    await shell.run('hi there')
    expect(machine.out()).toBe('<hello><there>\n')
    expect(machine.err()).toBe('bash: hi: command not found\n')
  })

  it('runs builtins added by its creator', async () => {
    const machine = givenMachine()
    const shell = machine.shell({ extraBuiltins: { history: async (ctx) => { ctx.stdout.write(`history ${ctx.argv.slice(1).join(',')}\n`); return 0 } } })
    await shell.run('history -c x; type history')
    expect(machine.out()).toBe('history -c,x\nhistory is a shell builtin\n')
  })

  it('tells its caller when a line needs a continuation', () => {
    const shell = givenMachine().shell()
    expect(shell.parse('for i in 1 2; do').status).toBe('incomplete')
    expect(shell.parse('for i in 1 2; do\necho $i\ndone').status).toBe('ok')
  })

  it('waits for background jobs with wait', async () => {
    expect((await runShell('echo-args bg & wait; echo fg')).out).toBe('<bg>\nfg\n')
  })

  it('maintains $$, $HOME, $PWD and $OLDPWD', async () => {
    expect((await runShell('cd /tmp; echo $$ $HOME $PWD $OLDPWD')).out).toBe('4242 /root /tmp /root\n')
  })
})

describe('busybox ash', () => {
  it('words errors the ash way', async () => {
    const ash = { shell: { dialect: 'ash' as const, name: 'sh' } }
    expect((await runShell('cd /nope', ash)).err).toBe("sh: cd: can't cd to /nope: No such file or directory\n")
    expect((await runShell('echo hi ;;', ash)).err).toBe('sh: syntax error: unexpected ";;"\n')
    expect((await runShell('type nope', ash)).out).toBe('nope: not found\n')
  })

  it('has no brace expansion', async () => {
    expect((await runShell('echo {a,b}', { shell: { dialect: 'ash' } })).out).toBe('{a,b}\n')
  })
})

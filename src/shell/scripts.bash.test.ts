/** Differential test: small scripts (builtins, and the cat/seq/true/false that both machines have) run by
 *  `bash -c` on this machine and by our shell as a non-interactive bash; stdout, stderr and status must agree. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { givenMachine } from './test-process.test-helper'

const bashAvailable = spawnSync('bash', ['-c', 'exit 0']).status === 0

const SCRIPTS = [
  'echo hi; echo $?',
  'false; echo $?; ! false; echo $?; true | false; echo $?; false | true; echo $?',
  'x=5; while [ $x -gt 0 ]; do echo $x; x=$((x-1)); done',
  'i=0; until [ $i -ge 3 ]; do i=$((i+1)); echo $i; done',
  'for i in a b c; do for j in 1 2; do [ $j = 2 ] && continue; echo $i$j; done; done',
  'for i in 1 2 3 4; do if [ $i = 3 ]; then break; fi; echo $i; done; echo "status $?"',
  'for i in 1 2; do for j in a b; do [ $j = b ] && continue 2; echo $i$j; done; echo never; done',
  'for i in 1 2; do for j in a b; do break 2; done; done; echo "after $i$j"',
  'f() { local a=$1; echo "in f: $a $#"; return 4; }; a=out; f x y; echo "$? $a"',
  'f() { echo $1; shift; [ $# -gt 0 ] && f "$@"; }; f 1 2 3',
  'f() { return 300; }; f; echo $?',
  'case hello in h*o) echo glob;; *) echo no;; esac',
  'case "a b" in "a b") echo quoted;; esac; case x in a|x) echo alt;; esac; case "*" in "*") echo star;; esac',
  'case abc in \\*) echo literal;; a?c) echo question;; esac',
  'x=abc; case $x in [a-c]*) echo range;; esac; case B in [!a-z]) echo negated;; esac',
  'echo ${#HOME}x ${UNSET:-dflt} ${UNSET-d2} ${z:=set} $z; e=; echo "[${e:-colon}] [${e-nocolon}]"',
  'v=hello.tar.gz; echo ${v%.*} ${v%%.*} ${v#*.} ${v##*.} ${v/l/L} ${v//l/L} ${v:1:3} ${v:2} ${v: -2} ${v/#h/H} ${v/%gz/xz}',
  'x=abc; echo ${x^^} ${x^} X=ABC; y=ABC; echo ${y,,} ${y,}',
  'echo ${x+set} ${x:+set}; x=; echo ${x+set} ${x:+set}; x=1; echo ${x+set} ${x:+set}',
  'printf "%s-%s\\n" a b c',
  'printf "%5s|%-5s|%05d|%x|%o|%c|%%|%X|%#x|%+d\\n" ab cd 42 255 8 xyz 255 255 5',
  'printf "%d\\n" abc; echo $?',
  'printf "%.2f %e %g %g\\n" 3.14159 12345.678 0.0001 1234567',
  'printf "%s\\n"; printf "[%3.1s]\\n" abc; printf "%b|" "a\\tb" "c\\\\d"; echo',
  'echo -e "a\\tb\\c" x; echo; echo -n a; echo -E "a\\tb"; echo -- -n; echo -ne "x\\ny\\n"',
  'echo $((1+2*3)) $((7/2)) $((7%3)) $((2**10)) $((1<2)) $((-5/2)) $((0x10+010)) $(( (1+2)*3 ))',
  'x=3; echo $((x*2)) $((x++)) $x $((++x)) $((x+=10)) $x $((x>5?1:0))',
  'echo $((1/0)); echo after',
  'echo ${a b}; echo after',
  'echo ${z:?it is unset}; echo after',
  'cd /nonexistent; echo $?',
  'cd a b; echo $?',
  'unset HOME; cd; echo $?',
  'unset OLDPWD; cd -; echo $?',
  'cd /tmp && pwd && cd / && cd - && pwd && echo $OLDPWD',
  'exit 3; echo no',
  'exit abc',
  'exit 1 2',
  '(exit 4); echo $?',
  'x=1; (x=2; echo $x); echo $x; { x=3; }; echo $x',
  'echo $(echo $(echo nested)) `echo back` "$(echo "in quotes")"',
  'x=$(printf "a\\n\\n"); echo "[$x]"; y=$(false); echo $?',
  'set -- a "b c" d; echo $#; for a in "$@"; do echo "<$a>"; done; shift; echo "$*"; shift 5; echo $?',
  'set -- x y; for a; do echo "[$a]"; done',
  'read a b <<< "one two three"; echo "$a|$b"; read c <<< "  spaced  "; echo "[$c]"; read <<< "  raw  "; echo "[$REPLY]"',
  'while read line; do echo "got $line"; done <<EOF\nl1\nl2\nEOF',
  'while IFS=: read a b; do echo "$b-$a"; done <<< "1:2"',
  'cat <<EOF\n$HOME is home\n\\$HOME is not\nEOF\ncat <<\'EOF\'\n$HOME\nEOF',
  'cat <<-EOF\n\tindented\n\tEOF',
  'type cd; type if; alias ll="ls -l"; type ll; type [ test',
  'type nope; echo $?; type -t cd if; echo $?',
  'f() { echo hi; }; type -t f',
  'f() { echo hi; echo "there $1" > /tmp/x 2>&1; }; type f',
  'g() { if [ -n "$1" ]; then echo yes; else echo no; fi; for i in a b; do echo $i; done; while true; do break; done; case $1 in a|b) echo ab;; *) echo other;; esac; x=1 y=2; ls | wc -l && echo ok || echo fail; (cd /; pwd); { echo a; echo b; }; }; type g',
  'h() ( echo sub ); type h; m() { echo a & echo b; [[ -f x && $y == z ]]; (( i++ )); local v=$(echo x) w=`echo y`; }; type m',
  'f() { if a; then b; elif c; then d; fi; until x; do y; done; ! true | false; time sleep 1; for ((i=0;i<2;i++)); do echo $i; done; for x; do :; done; echo >&2 hi 2>/dev/null <in >>app; g() { echo inner; }; a && { b; c; }; echo "$(ls)" done; }; type f',
  'k() { cat <<EOF\nbody $1\nEOF\n}; type k',
  '[ a = a ] && echo eq; [ 1 -lt 2 ] && echo lt; [ -z "" ] && echo empty; [ ! -n "" ] && echo notn; [ -d / ] && echo dir',
  '[ a; echo $?',
  '[ a -eq 1 ]; echo $?',
  'test a b c; echo $?',
  'test; echo $?; test ""; echo $?; test x; echo $?; [ 1 -lt ]; echo $?',
  '[ a = b -o 1 -eq 1 ] && echo or; [ a = a -a 1 -eq 2 ] || echo and; [ \\( a = a \\) ] && echo parens',
  'true && false || echo recovered; false && echo no; true || echo no; echo end',
  'echo a > /dev/null; echo $?; echo to-stderr >&2; echo both 2>&1',
  'x="a b"; echo hi > $x; echo $?',
  'echo hi > /; echo $?',
  'cat < /nonexistent; echo $?',
  'echo {a,b}{1,2} {1..3} {a..c} x{,y} {3..1} {01..03} {1..10..4} {a}',
  'IFS=:; x=a:b:c; for i in $x; do echo $i; done',
  'set -e; false; echo no',
  'set -e; if false; then :; fi; false || true; ! true; echo yes',
  'export A=1; declare -p A; B=2; declare -p B',
  'eval "echo \\$HOME"; eval "x=1; echo \\$x"',
  'x=1; let x+=2; echo $x; let "y = 2 * 3"; echo $y; let 0; echo $?',
  'return; echo $?',
  'break; echo $?',
  'shift abc; echo $?',
  'echo a; ; echo b',
  'echo ok\nfi',
  "echo 'unterminated",
  'if true; then',
  'for 1 in a; do :; done; echo $?',
  'readonly x=1; echo $x',
  'echo ~root ~/x "~" ~nobody_here',
  'v=a; v+=b; echo $v; echo "${#v}"',
  'echo "$#" "${#}" "$0" | cat',
  'seq 3 | while read n; do echo "n=$n"; done; echo after',
  'x=out; seq 2 | while read n; do x=$n; done; echo $x',
  'echo hello | cat | cat',
  'true; echo $? | cat; false | cat; echo $?',
  'set -o pipefail; false | true; echo $?',
  '{ echo a; echo b; } | cat',
  'echo "a\\"b" \'c"d\' "e\'f" \\"g',
  "echo $'tab\\there' $'q\\'q' $'\\x41\\101\\u00e9'",
  'echo "$HOME"/x \'$HOME\' \\$HOME "\\$HOME" "a\\b"',
  'echo "a" "" "b"; echo x""y; printf "[%s]" "" $nothing ""; echo',
  'unset x; echo "${x-unset}"; x=; echo "${x-unset}"; unset x; echo "${x:-empty}"',
  'a=1 b=2; echo $a$b; a=3 true; echo $a',
  'f() { echo "$1-$2"; }; f "a b" c',
  'f() { x=inner; }; x=outer; f; echo $x',
  'alias; unalias nope; echo $?',
  'echo $(( 1 +, 2 ))',
  'echo "${HOME#/}" "${HOME%t}"',
  'x="  lead"; echo "[$x]" [$x]',
  'printf "%s " $(seq 3); echo',
  'echo a b | { read x y; echo "$y $x"; }',
  'test -f /etc/passwd && echo file; test -e /nope || echo missing; test -x /bin/sh && echo exec',
  'echo 1 && { echo 2; false; } || echo 3',
  'if false; then echo a; elif true; then echo b; else echo c; fi',
  'x=0; while :; do x=$((x+1)); [ $x -ge 5 ] && break; done; echo $x',
  'echo "${x:-$(echo subst)}"',
  'printf -v out "%03d" 7; echo $out',
  'echo $(( 010 )) $(( 2#101 )) $(( 16#ff ))',
  'echo $((09))',
  '[[ -z "" && a == a* ]]; echo $?; x="a b"; [[ $x == "a b" ]]; echo $?; [[ $x == a\\ * ]]; echo $?; [[ $x = "a*" ]]; echo $?',
  '[[ abc =~ ^a(b|x)c$ ]]; echo $? $BASH_REMATCH; [[ abc =~ "a.c" ]]; echo $?; [[ a.c =~ "a.c" ]]; echo $?',
  '[[ a < b ]]; echo $?; [[ ( 1 -eq 1 ) && ! -f /nope ]]; echo $?; [[ a -eq 1 ]]; echo $?; x=1; [[ $x ]]; echo $?',
  '[[ 1 == 2 || 3 == 3 ]] && echo or; [[ -d / && -n x ]] && echo and; [[ x != y ]] && echo ne',
  '(( 1 + 1 )); echo $?; (( 0 )); echo $?; x=3; ((x++)); echo $x; ((x > 3)) && echo big',
  'for ((i=0; i<3; i++)); do echo $i; done; for ((;;)); do break; done; echo ok',
  'for (( i = 10 ; i > 0 ; i -= 4 )) ; do echo $i; done',
  '((1/0)); echo $?',
  'n=0; while (( n < 3 )); do (( n++ )); done; echo $n',
  'echo `echo "`; echo after $?',
  'echo `a ;; b` x; echo after $?',
  'x=`if`; echo "after $?"',
  'x=$(cat <<EOF\nin sub $HOME\nEOF\n); echo "$x"',
  'echo $(echo a; echo b) "$(echo "nested "quotes"")"',
  "echo ${x:-'single'} \"${x:-'single'}\" ${x:-\"dq\"}",
  "x=abc; echo \"${x#'a'}\" \"${x/'b'/X}\" \"${y:+'q'}\" \"${y:='w'}\" $y; z=a*c; echo \"${z#'a*'}\" \"${x:-\\$HOME}\" \"${u:-\\\"dq\\\"}\" \"${u:-\\}}\"",
  'a=1; echo ${a:+"yes $a"} ${b:+"no"}end',
  'case $(echo x) in x) echo matched;; esac; echo $(( $(echo 2) * 3 ))',
  'echo a\\\nb; echo \'a\nb\'',
  'f() {\n  echo multi\n}\nf\nif true\nthen\n  echo y\nfi',
  'echo one # comment\necho two; echo "#not comment" a#b #c',
  'for f in 1 2\ndo\n  echo $f\ndone | cat',
  'echo "a" \\\n  "b" |\n  cat',
  'x=5\ncase $x in\n  [0-4]) echo low ;;\n  [5-9]) echo high ;;\nesac',
  'echo ${#x} ${x:-} "${@}" "${*}" $#; set -- 1; echo ${@:-none} ${1:+one}',
  'printf "%s|" "$(printf "a\\nb")"; echo; printf "%s|" $(printf "a\\nb"); echo',
]

/** Scripts that make files, run in an empty working directory (paths are relative, so outputs agree). */
const FILE_SCRIPTS = [
  'echo hi > f; cat f; echo more >> f; cat f; > f; cat f; echo "[$(cat f)]"',
  '{ echo out; echo err >&2; } > o 2> e; cat o e; { echo out; echo err >&2; } &> both; cat both',
  '{ echo out; echo err >&2; } 2>&1 > o; echo ---; cat o',
  'echo to-err >&2 2>/dev/null; echo hidden 2>/dev/null >&2; echo shown',
  'echo one > a; echo two > b; cat a b; cat < a; cat - < b',
  '> a; > b; > .hidden; echo *; echo .*; echo ?; echo [ab]; echo c*; echo "*" \* \'*\'; x="*"; echo $x "$x"',
  '> a; > b; set -- *; echo $#; for f in *; do echo "file: $f"; done',
  'echo hi > "a b"; cat "a b"; echo *; cat a\\ b',
  'printf "%s\\n" a b > f; while read x; do echo "<$x>"; done < f; { read first; cat; } < f',
  'echo 1 > f; read n < f; echo $((n+1))',
  'echo "echo sourced \\$1; return 3; echo no" > s; . ./s arg; echo $?; source s; echo $?',
  'cat <<< "here string"; cat <<< $HOME',
  'echo x > f; echo y >> f; cat f | cat; cat < f > g; cat g',
  'echo data > f; exec < f; read line; echo "[$line]"',
  'exec 2> err; echo to-err >&2; exec 2>&1; cat err; (exec > sub; echo in-sub); echo after; cat sub',
  'cat nope; echo $?; cat - < nope; echo $?',
]

interface Outcome { status: number | null; out: string; err: string }

/** Runs every script in its own `bash -c` (in a fresh empty directory when asked), all from one driver process:
 *  starting node's child processes one by one is slow, starting bash from bash is not. */
function runAllInBash(scripts: readonly string[], freshDirectory: boolean): Outcome[] {
  const root = mkdtempSync(join(tmpdir(), 'shell-diff-'))
  try {
    scripts.forEach((script, i) => writeFileSync(join(root, `s${i}`), script))
    const driver = `for i in $(seq 0 ${scripts.length - 1}); do
      dir=/; if [ ${freshDirectory ? 1 : 0} = 1 ]; then dir="${root}/d$i"; mkdir "$dir"; fi
      (cd "$dir" && bash -c "$(cat "${root}/s$i")" > "${root}/o$i" 2> "${root}/e$i"; echo $? > "${root}/r$i")
    done`
    spawnSync('bash', ['-c', driver], { env: { HOME: '/root', PATH: '/usr/bin:/bin', LC_ALL: 'C.UTF-8' } })
    return scripts.map((_, i) => ({
      status: Number(readFileSync(join(root, `r${i}`), 'utf8')),
      out: readFileSync(join(root, `o${i}`), 'utf8'),
      err: readFileSync(join(root, `e${i}`), 'utf8'),
    }))
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

async function runOurs(script: string, cwd = '/') {
  const machine = givenMachine({ cwd, files: { '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\n', '/bin/sh': '', [`${cwd}/`]: '' } })
  machine.fs.chmod('/bin/sh', 0o755)
  const shell = machine.shell({ interactive: false, name: 'bash', commandSource: '-c' })
  const status = await shell.run(script)
  return { status, out: machine.out(), err: machine.err() }
}

describe.skipIf(!bashAvailable)('scripts, compared with the real bash', () => {
  let expected: Outcome[] = []
  beforeAll(() => { expected = runAllInBash(SCRIPTS, false) })
  it.each(SCRIPTS.map((script, i) => [script, i] as const))('%j', async (script, i) => {
    expect(await runOurs(script)).toEqual(expected[i])
  })
})

describe.skipIf(!bashAvailable)('scripts that make files, compared with the real bash', () => {
  let expected: Outcome[] = []
  beforeAll(() => { expected = runAllInBash(FILE_SCRIPTS, true) })
  it.each(FILE_SCRIPTS.map((script, i) => [script, i] as const))('%j', async (script, i) => {
    expect(await runOurs(script, '/work')).toEqual(expected[i])
  })
})

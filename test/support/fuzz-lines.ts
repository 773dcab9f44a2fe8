/** Random input lines for fuzzing the terminal and the shell, from a seeded generator (the same seed gives the same
 *  lines). A line is the keys typed before Enter: it may hold control keys and escape sequences, which the line
 *  editor acts on (Ctrl-R searches, Tab completes, arrows move, a stray Enter or Ctrl-C inside ends the line early).
 *
 *  The mix: real commands with plausible and random arguments (docker subcommands and flags among them), shell
 *  syntax soup (quotes, `$(`, pipes, redirections, heredocs, keywords), editing keys, binary junk, CJK and emoji,
 *  and very long lines (10 kB pastes).
 *
 *  What the generator leaves out, and why:
 *  - Destructive-but-legal commands that would leave the rest of a run testing nothing: `rm`, `mv`, `cp`, `chmod`,
 *    `touch`, `mkdir` and redirections only name paths under /tmp; no `yum remove`/`erase`, no assignment to PATH,
 *    IFS, PS1, PS2 or HOME, no `alias` of an existing command name, no `exec`.
 *  - A loop in a background job (`while true; do :; done &`): it would spin for the rest of the run, as in bash,
 *    where the scheduler keeps the machine usable; here it only yields every few milliseconds. Such a line's
 *    lone `&` becomes `;`.
 *  - The words `undefined`, `NaN` and `object`, so that the checker may treat them on screen as leaks of JS values.
 *  Commands that wait for ever (`cat` reading the terminal, `sleep 9999`, `docker logs -f`, `yes`, `tail -f`,
 *  `docker attach`, `docker events`, a container's shell) are generated on purpose: the driver (fuzz-machine.ts)
 *  ends them with Ctrl-C after a bound, as a person would. */
import { createSeededRandom, type Random } from '../../src/engine/random'

export interface LineGenerator {
  next(): string
}

const COMMANDS = [
  'echo', 'printf', 'cat', 'ls', 'pwd', 'cd', 'true', 'false', 'sleep', 'head', 'tail', 'wc', 'sort', 'uniq', 'tr', 'cut',
  'grep', 'egrep', 'awk', 'seq', 'yes', 'env', 'printenv', 'export', 'unset', 'read', 'type', 'which', 'history',
  'help', 'kill', 'ps', 'id', 'whoami', 'hostname', 'uname', 'date', 'df', 'free', 'stat', 'readlink', 'realpath',
  'basename', 'dirname', 'find', 'xargs', 'tee', 'test', '[', 'source', '.', 'set', 'shift', 'local', 'return',
  'exit', 'alias', 'unalias', 'eval', 'curl', 'systemctl', 'yum', 'journalctl', 'docker', 'docker', 'docker', 'docker',
  'bash', 'sh', 'vi', 'hello', 'nosuchcommand', './x', '/bin/true', 'ls -la', 'clear', 'wait', 'jobs', 'time',
]

const DOCKER = [
  'version', 'info', 'ps', 'ps -a', 'ps -aq', 'images', 'image ls', 'image', 'container', 'pull', 'run', 'run -d',
  'run --rm', 'run -it', 'run -dit', 'exec', 'exec -it', 'logs', 'logs -f', 'stop', 'start', 'restart', 'rm', 'rm -f',
  'rmi', 'tag', 'inspect', 'history', 'search', 'login', 'system df', 'system prune', 'system prune -f', 'volume ls',
  'volume create', 'volume rm', 'network ls', 'stats --no-stream', 'stats', 'events', 'attach', 'top', 'port',
  'create', 'kill', 'pause', 'unpause', 'diff', 'commit', 'cp', 'save', 'load', 'image prune -f', 'container prune -f',
  '--help', '-v', 'help', 'builder', 'compose', 'run --name web -p 8080:80', 'ps --format', 'images --format',
]

const FLAGS = [
  '-a', '-f', '-q', '-l', '-n', '-c', '-e', '-i', '-t', '-d', '-v', '-h', '-x', '-1', '-s', '-r', '--help', '--version',
  '--all', '--format', '--rm', '--name', '-p', '--filter', '--no-trunc', '-it', '-rf', '-n 3', '--', '-', '-0', '--=',
  '--format "{{.ID}}"', '--format "{{json .}}"', '--format \'{{.Names}} {{.Status}}\'', '-p 8080:80', '-e A=1',
]

const WORDS = [
  'alpine', 'alpine:latest', 'alpine:3.19', 'nginx', 'busybox', 'hello-world', 'redis', 'web', 'sleeper', 'foo', 'bar',
  'sh', 'sleep 3600', 'ls /', 'echo hi', '/', '/etc', '/etc/passwd', '/tmp', '/tmp/fz', '/proc', '~', '.', '..', '-',
  '0', '1', '-1', '3600', '99999999999999999999', '0x10', '1e3', 'localhost:8080', 'http://localhost', 'a=b', 'x y',
  'docker', 'docker.service', 'daemon.json', '/etc/docker/daemon.json', '$HOME', '$?', '$$', '$#', '$@', '$0', '$RANDOM',
  '${x:-d}', '${#x}', '${x%/*}', '$((1+2))', '$((1/0))', '$(echo a)', '`echo b`', '"$x"', "'q'", '*', '?', '[a-z]*',
  '{1..3}', '{a,b}', '~root', 'NUL', 'ID', 'Names', 'ubuntu', 'debian', 'centos:7', 'mysql', 'postgres', 'httpd',
]

const OPERATORS = ['|', '||', '&&', ';', '&', '|&', ';;', '>', '>>', '<', '2>', '2>&1', '&>', '>&2', '<<<', '<<', '<>', '>|']

const SYNTAX = [
  '$(', ')', '`', '${', '}', '$((', '))', '((', "'", '"', '\\', '{', '}', '(', ')', '[[', ']]', '[', ']', '!', '#',
  'if', 'then', 'else', 'elif', 'fi', 'for', 'in', 'do', 'done', 'while', 'until', 'case', 'esac', 'function', 'f()',
  'select', 'time', 'coproc', '!!', '!$', '!-1', '^a^b', '~', '=', '+=', 'x=', 'y=1', '$', '$x', '${x', '${!x}',
  '${x/a/b}', '${x:1:2}', '${@}', '${x[0]}', '$[1]', '<(ls)', '>(cat)', '*', '**', '?', '[!a]', '\\n', '\\t', "$'\\x41'",
  '<<EOF', 'EOF', '<<-X', 'X', '&&&', '|||', ';;;', '>>>', '<<<<', '{1..', '..9}', '{a,', ',b}', ' ', '  ', '\t',
]

/** Keys the line editor binds, and sequences it must survive. */
const KEYS = [
  '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[H', '\x1b[F', '\x1bOH', '\x1bOF', '\x1b[3~', '\x1b[2~', '\x1b[5~', '\x1b[6~',
  '\x1b[1;5C', '\x1b[1;5D', '\x1bb', '\x1bf', '\x1bd', '\x1b\x7f', '\x1b.', '\x1b[200~', '\x1b[201~', '\x1b[', '\x1bO',
  '\x1b[999999999999;1H', '\x1b]0;title\x07', '\x1bP', '\x1b[?1049h', '\x1b[6n', '\x1b', '\x1b\x1b',
  '\t', '\t\t', '\x7f', '\x08', '\x01', '\x02', '\x05', '\x06', '\x0b', '\x0c', '\x0e', '\x10', '\x12', '\x14', '\x15',
  '\x17', '\x19', '\x1f', '\x07', '\x00', '\x0f', '\x11', '\x13', '\x16', '\x18', '\x1a', '\x1c', '\x1d', '\x1e',
]

const UNICODE = [
  '中文', '日本語', '한국어', '你好世界', '😀', '👨‍👩‍👧', '🇨🇳', 'é', 'e\u0301', '\u200b', '\u200d', '\ufeff', '\u202e', 'ﬁ',
  'Ⅻ', '𝕏', '\u0000', '\ufffd', '\ud800', '\udfff', 'Ω', 'ß', 'İ', '\u3000', '　', '…', '“q”', '‘q’', '\u0085', '\u2028',
]

function pick<T>(r: Random, xs: readonly T[]): T {
  return xs[Math.floor(r.next() * xs.length)]
}

const chance = (r: Random, p: number) => r.next() < p
const int = (r: Random, n: number) => Math.floor(r.next() * n)

/** Words that must never appear in generated text (see the header). */
const FORBIDDEN = /undefined|NaN|object/i
/** Names whose assignment or aliasing would change the rest of a run for nothing. */
const PROTECTED = /\b(PATH|IFS|PS1|PS2|HOME|PROMPT_COMMAND)\s*\+?=/

function junkChar(r: Random): string {
  const kind = int(r, 6)
  if (kind === 0) return String.fromCharCode(int(r, 32))
  if (kind === 1) return String.fromCharCode(0x7f + int(r, 0x21))
  if (kind === 2) return String.fromCharCode(int(r, 0x10000))
  if (kind === 3) return String.fromCodePoint(0x10000 + int(r, 0x100000))
  if (kind === 4) return String.fromCharCode(0x20 + int(r, 0x5f))
  return pick(r, UNICODE)
}

function randomWord(r: Random): string {
  const kind = int(r, 10)
  if (kind < 5) return pick(r, WORDS)
  if (kind < 7) return pick(r, FLAGS)
  if (kind === 7) return Array.from({ length: 1 + int(r, 8) }, () => String.fromCharCode(0x61 + int(r, 26))).join('')
  if (kind === 8) return pick(r, UNICODE)
  return `/tmp/fz${int(r, 5)}`
}

function safePath(r: Random): string {
  return pick(r, ['/tmp/fz', '/tmp/fz1', '/tmp/fz/d', '/tmp/fz2', `/tmp/fz${int(r, 9)}`, '/tmp/fz/a b', '/tmp/中'])
}

function command(r: Random): string {
  const roll = int(r, 20)
  if (roll < 6) {
    const args = Array.from({ length: int(r, 4) }, () => randomWord(r))
    return ['docker', pick(r, DOCKER), ...args].join(' ')
  }
  if (roll === 6) return `${pick(r, ['rm -f', 'rm -rf', 'mkdir -p', 'touch', 'rmdir', 'cp -r', 'mv', 'chmod 755'])} ${safePath(r)}${chance(r, 0.5) ? ' ' + safePath(r) : ''}`
  if (roll === 7) return pick(r, [
    'systemctl status docker', 'systemctl start docker', 'systemctl restart docker', 'systemctl stop docker',
    'systemctl daemon-reload', 'systemctl enable docker', 'systemctl is-active docker', 'systemctl list-units',
    'yum install -y docker', 'yum install docker', 'yum list installed', 'yum info docker', 'yum search nginx',
    'journalctl -u docker', 'curl localhost:8080', 'curl -s http://localhost/', 'cat /etc/docker/daemon.json',
  ])
  if (roll === 8) return pick(r, [
    'sleep 5 &', 'sleep 1 & sleep 2 &', 'yes | head -3', 'seq 100000 | tail -1', 'cat', 'sleep 99999', 'yes',
    'tail -f /etc/hostname', 'docker logs -f web', 'docker events', 'read x', 'bash', 'sh', 'docker run -it alpine sh',
    'docker run -d --name sleeper alpine sleep 3600', 'docker exec -it sleeper sh', 'docker attach sleeper',
    'for i in 1 2 3; do echo $i; done', 'while true; do echo x; done', 'until false; do :; done', 'exit', 'exit 3',
    'echo $(( 2 ** 62 * 4 ))', 'x=$(seq 3); echo "$x"', 'set -e', 'set +e', 'set -o pipefail', 'set -u', 'set -x',
    'f() { f; }; f', 'eval "$(echo echo hi)"', 'cat <<EOF', 'cat <<< hi', 'history | tail -3', '!!', '!echo',
    'kill -9 $$', 'kill -INT $$', 'kill %1', 'wait', 'jobs', 'trap "" INT', 'vi /tmp/fz', 'vim /tmp/fz', 'ls | yes',
  ])
  const name = pick(r, COMMANDS)
  const args = Array.from({ length: int(r, 5) }, () => (chance(r, 0.15) ? pick(r, OPERATORS) + ' ' + safePath(r) : randomWord(r)))
  return [name, ...args].join(' ')
}

function soup(r: Random): string {
  const n = 1 + int(r, 12)
  let s = ''
  for (let i = 0; i < n; i++) {
    const k = int(r, 8)
    if (k < 3) s += pick(r, SYNTAX)
    else if (k < 5) s += ` ${randomWord(r)} `
    else if (k === 5) s += ` ${pick(r, OPERATORS)} `
    else if (k === 6) s += command(r)
    else s += pick(r, COMMANDS)
  }
  return s
}

function keys(r: Random): string {
  let s = ''
  const n = 1 + int(r, 10)
  for (let i = 0; i < n; i++) s += chance(r, 0.5) ? pick(r, KEYS) : chance(r, 0.5) ? randomWord(r) : pick(r, COMMANDS)
  return s
}

function junk(r: Random, length: number): string {
  let s = ''
  while (s.length < length) s += junkChar(r)
  return s
}

function long(r: Random): string {
  const size = chance(r, 0.5) ? 10_000 : 500 + int(r, 5000)
  const kind = int(r, 4)
  if (kind === 0) return `echo ${'x'.repeat(size)}`
  if (kind === 1) return junk(r, size)
  if (kind === 2) { let s = ''; while (s.length < size) s += command(r) + pick(r, [' | ', ' ; ', ' && ', ' ']); return s }
  return 'a'.repeat(size) + pick(r, KEYS) + '\t'
}

function one(r: Random): string {
  const roll = int(r, 100)
  if (roll < 45) return command(r)
  if (roll < 65) return soup(r)
  if (roll < 78) return keys(r) + (chance(r, 0.5) ? command(r) : '')
  if (roll < 88) return junk(r, 1 + int(r, 40))
  if (roll < 95) return Array.from({ length: 1 + int(r, 6) }, () => pick(r, UNICODE)).join(chance(r, 0.5) ? ' ' : '') + (chance(r, 0.5) ? ` ${command(r)}` : '')
  if (roll < 97) return ''
  return long(r)
}

/** Keeps the generator's promises (see the header) whatever the random pieces made. */
function clean(line: string): string {
  let s = line
  while (FORBIDDEN.test(s)) s = s.replace(FORBIDDEN, 'x')
  while (PROTECTED.test(s)) s = s.replace(PROTECTED, 'V=')
  return s
    .replace(/\balias\s+(ls|cd|echo|cat|docker|exit|history)=/g, 'alias q=')
    .replace(/(^|[;&|(`]\s*)exec\b/g, '$1exe')
    .replace(/(>>?|&>|>\||<>)\s*(?!\/tmp)\/[^\s;|&)]*/g, '$1 /tmp/fz')
    .replace(/\byum\s+(remove|erase)/g, 'yum info')
    .replace(/(?<=\b(while|until)\b.*)(?<![&>|<])&(?![&>])/g, ';')
}

export function createLineGenerator(seed: number): LineGenerator {
  const r = createSeededRandom(seed)
  return { next: () => clean(one(r)) }
}

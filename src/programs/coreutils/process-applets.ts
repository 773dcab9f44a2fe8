/** ps and kill over process-table.ts. ps: procps-ng 3.3.10's default (this terminal's processes), `-e`/`-A`, `-f`,
 *  `-p PID`, `-u USER`, and BSD `aux`; busybox ps its one format. Lines are cut at the terminal's width, as ps does
 *  on a tty. kill: `-s SIG`, `-SIG`, `-N`, `-l`; wording of procps's /usr/bin/kill, busybox's, or bash's builtin
 *  (which is what a learner at a bash prompt reaches first; the shell may register `killCommand(…, 'bash')`). */
import type { Process, SignalName } from '../../os/process'
import { createTool, type Applet } from './applet'
import { processRows, type ProcRow } from './process-table'
import { strftime } from './time-format'

const TOTAL_MEM_KB = 1_863_224

const comm = (r: ProcRow) => (r.kernelThread ? r.argv.join(' ').slice(1, -1) : (r.argv[0] ?? '').split('/').pop()!.replace(/^-/, ''))
const cmdline = (r: ProcRow) => r.argv.join(' ')
const cpuTime = (r: ProcRow) => Math.floor((r.cpu ?? 0) / 1000)

export const ps: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'ps', flavor)
  const rows = processRows(p)
  const cut = (line: string) => (p.isatty(1) && p.tty ? line.slice(0, p.tty.cols) : line)
  const out = (line: string) => p.stdout.write(`${cut(line)}\n`)
  if (!t.gnu) {
    if (args.some((a) => a !== '-ef' && a !== 'aux' && a !== '-e' && a !== 'ax' && a !== '-A' && a !== '-w' && a !== 'w')) {
      const bad = args.find((a) => a.startsWith('-'))?.[1] ?? args[0]
      return t.usage(`unrecognized option: ${bad}`)
    }
    out('PID   USER     TIME  COMMAND')
    for (const r of rows) {
      const s = cpuTime(r)
      out(`${String(r.pid).padStart(5)} ${r.user.slice(0, 8).padEnd(8)} ${`${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`.padStart(5)} ${cmdline(r)}`)
    }
    return 0
  }
  // BSD syntax: a word without a dash (aux, ax, u).
  let bsd = ''
  const unix = new Set<string>()
  let pids: number[] | undefined
  let users: string[] | undefined
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (!a.startsWith('-')) { bsd += a; continue }
    if (a === '-p' || a === '--pid') { pids = (args[++i] ?? '').split(',').map(Number); continue }
    if (a === '-u' || a === '-U' || a === '--user') { users = (args[++i] ?? '').split(','); continue }
    if (a === '--help') { p.stdout.write('\nUsage:\n ps [options]\n\n Try \'ps --help <simple|list|output|threads|misc|all>\'\n  or \'ps --help <s|l|o|t|m|a>\'\n for additional help text.\n\nFor more details see ps(1).\n'); return 0 }
    for (const c of a.slice(1)) {
      if (!'AefFjlwyaxH'.includes(c)) {
        p.stderr.write(`error: unsupported SysV option\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n`)
        return 1
      }
      unix.add(c)
    }
  }
  for (const c of bsd) {
    if (!'auxwfe'.includes(c)) {
      p.stderr.write(`error: unsupported option (BSD syntax)\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n`)
      return 1
    }
  }
  const myTty = rows.find((r) => r.pid === p.pid)?.tty ?? 'pts/0'
  let shown: ProcRow[]
  if (pids) shown = rows.filter((r) => pids!.includes(r.pid))
  else if (users) shown = rows.filter((r) => users!.includes(r.user) || users!.includes('0') && r.user === 'root')
  else if (unix.has('e') || unix.has('A') || (bsd.includes('a') && bsd.includes('x'))) shown = rows
  else if (bsd.includes('a')) shown = rows.filter((r) => r.tty !== '?')
  else if (bsd.includes('x')) shown = rows.filter((r) => r.user === 'root')
  else shown = rows.filter((r) => r.tty === myTty && r.user === 'root')
  const start = (r: ProcRow) => strftime('%H:%M', r.started)
  const time = (r: ProcRow) => { const s = cpuTime(r); return `00:00:${String(s).padStart(2, '0')}` }
  if (bsd.includes('u')) {
    out('USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND')
    for (const r of shown) {
      const mem = ((r.rss / TOTAL_MEM_KB) * 100).toFixed(1)
      const s = cpuTime(r)
      out(`${r.user.padEnd(8)} ${String(r.pid).padStart(5)}  0.0 ${mem.padStart(4)} ${String(r.vsz).padStart(6)} ${String(r.rss).padStart(5)} ${r.tty.padEnd(8)} ${r.stat.padEnd(4)} ${start(r)} ${`${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`.padStart(6)} ${cmdline(r)}`)
    }
    return 0
  }
  if (bsd) {
    out('  PID TTY      STAT   TIME COMMAND')
    for (const r of shown) {
      const s = cpuTime(r)
      out(`${String(r.pid).padStart(5)} ${r.tty.padEnd(8)} ${r.stat.padEnd(6)} ${`${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`.padStart(4)} ${cmdline(r)}`)
    }
    return 0
  }
  if (unix.has('f') || unix.has('F')) {
    out('UID        PID  PPID  C STIME TTY          TIME CMD')
    for (const r of shown) out(`${r.user.padEnd(8)} ${String(r.pid).padStart(5)} ${String(r.ppid).padStart(5)}  0 ${start(r)} ${r.tty.padEnd(8)} ${time(r)} ${cmdline(r)}`)
    return 0
  }
  out('  PID TTY          TIME CMD')
  for (const r of shown) out(`${String(r.pid).padStart(5)} ${r.tty.padEnd(8)} ${time(r)} ${comm(r)}`)
  return 0
}

const SIGNALS: readonly string[] = ['', 'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'POLL', 'PWR', 'SYS']

/** A signal by name (with or without SIG) or number: its number, or undefined. */
export function signalNumber(spec: string): number | undefined {
  if (/^\d+$/.test(spec)) { const n = Number(spec); return n >= 0 && n < SIGNALS.length ? n : undefined }
  const name = spec.toUpperCase().replace(/^SIG/, '')
  const n = SIGNALS.indexOf(name === 'IOT' ? 'ABRT' : name === 'IO' ? 'POLL' : name)
  return n > 0 ? n : undefined
}

const DELIVERABLE: Record<number, SignalName> = { 1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 9: 'SIGKILL', 15: 'SIGTERM', 18: 'SIGCONT', 19: 'SIGSTOP', 28: 'SIGWINCH' }

export type KillStyle = 'procps' | 'busybox' | 'bash'

/** kill with a style's wording; `prefix` is what the bash builtin's errors start with (`-bash: `). */
export async function killCommand(p: Process, args: string[], style: KillStyle, prefix = ''): Promise<number> {
  const err = (msg: string) => p.stderr.write(`${prefix}kill: ${msg}\n`)
  const usage = () => {
    if (style === 'bash') err('usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]')
    else if (style === 'busybox') return createTool(p, 'kill', 'busybox').usage()
    else p.stderr.write('\nUsage:\n kill [options] <pid|name> [...]\n\nOptions:\n -a, --all              do not restrict the name-to-pid conversion to processes\n                        with the same uid as the present process\n -s, --signal <sig>     send specified signal\n -q, --queue <sig>      use sigqueue(2) rather than kill(2)\n -p, --pid              print pids without signaling them\n -l, --list [=<signal>] list signal names, or convert one to a name\n -L, --table            list signal names and numbers\n\n -h, --help     display this help and exit\n -V, --version  output version information and exit\n\nFor more details see kill(1).\n')
    return style === 'bash' ? 2 : 1
  }
  if (args.length === 0) return usage()
  let sig = 15
  let i = 0
  const a0 = args[0]
  if (a0 === '-l' || a0 === '-L' || a0 === '--list') {
    if (args[1] !== undefined) {
      const n = signalNumber(args[1].replace(/^(\d+)$/, (m) => String(Number(m) > 128 ? Number(m) - 128 : m)))
      if (n === undefined) { err(`${args[1]}: invalid signal specification`); return 1 }
      p.stdout.write(/^\d+$/.test(args[1]) ? `${SIGNALS[n]}\n` : `${n}\n`)
      return 0
    }
    if (style === 'busybox') { SIGNALS.forEach((s, n) => { if (n) p.stdout.write(`${String(n).padStart(2)}) ${s}\n`) }); return 0 }
    if (style === 'procps') { p.stdout.write(`${SIGNALS.slice(1, 17).join(' ')}\n${SIGNALS.slice(17).join(' ')}\n`); return 0 }
    // bash: five a line, tab-separated, with the real-time signals after SIGSYS.
    const all = SIGNALS.slice(1).map((s, k) => `${String(k + 1).padStart(2)}) SIG${s}`)
    for (let n = 34; n <= 64; n++) all.push(`${n}) SIG${n === 34 ? 'RTMIN' : n === 64 ? 'RTMAX' : n < 50 ? `RTMIN+${n - 34}` : `RTMAX-${64 - n}`}`)
    for (let k = 0; k < all.length; k += 5) p.stdout.write(`${all.slice(k, k + 5).join('\t')}\n`)
    return 0
  }
  if (a0 === '-s' || a0 === '-n' || a0 === '--signal') {
    if (args[1] === undefined) return usage()
    const n = signalNumber(args[1])
    if (n === undefined) { err(style === 'bash' ? `${args[1]}: invalid signal specification` : style === 'busybox' ? `bad signal name '${args[1]}'` : `unknown signal: ${args[1]}`); return 1 }
    sig = n
    i = 2
  } else if (/^-[A-Za-z0-9]+$/.test(a0) && a0 !== '--') {
    const n = signalNumber(a0.slice(1))
    if (n === undefined) { err(style === 'bash' ? `${a0.slice(1)}: invalid signal specification` : style === 'busybox' ? `bad signal name '${a0.slice(1)}'` : `unknown signal: ${a0.slice(1)}`); return 1 }
    sig = n
    i = 1
  }
  if (args[i] === '--') i++
  const targets = args.slice(i)
  if (targets.length === 0) return usage()
  const rows = new Map(processRows(p).map((r) => [r.pid, r]))
  let status = 0
  for (const target of targets) {
    if (!/^-?\d+$/.test(target)) {
      err(style === 'bash' ? `${target}: arguments must be process or job IDs` : style === 'busybox' ? `can't kill pid ${target}: No such process` : `cannot find process "${target}"`)
      status = 1
      continue
    }
    const pid = Number(target)
    const row = rows.get(pid)
    if (!row) {
      err(style === 'bash' ? `(${pid}) - No such process` : style === 'busybox' ? `can't kill pid ${pid}: No such process` : `(${pid}): No such process`)
      status = 1
      continue
    }
    const name = DELIVERABLE[sig]
    if (row.kill && name && sig !== 0) row.kill(name)
  }
  return status
}

export const kill: Applet = async (p, args, flavor) => killCommand(p, args, flavor === 'gnu' ? 'procps' : 'busybox')

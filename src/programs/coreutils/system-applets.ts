/** Applets about the system and the process: echo, pwd, uname, hostname, env, printenv, sleep, true, false, clear,
 *  whoami, id, date. */
import { credentials } from './credentials'
import type { Process } from '../../os/process'
import { createTool, parseOptions, type Applet } from './applet'
import { BUSYBOX_BANNER } from './busybox-usage'
import { strftime } from './time-format'

export const echo: Applet = async (p, args) => {
  let newline = true
  let escapes = false
  let i = 0
  while (i < args.length && /^-[neE]+$/.test(args[i])) {
    for (const c of args[i].slice(1)) { if (c === 'n') newline = false; else escapes = c === 'e' }
    i++
  }
  let text = args.slice(i).join(' ')
  if (escapes) {
    const cut = text.indexOf('\\c')
    if (cut >= 0) { text = text.slice(0, cut); newline = false }
    text = text.replace(/\\(0[0-7]{0,3}|x[0-9a-fA-F]{1,2}|.)/g, (_, e: string) => {
      if (e[0] === '0') return String.fromCharCode(parseInt(e.slice(1) || '0', 8))
      if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16))
      return ({ n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', '\\': '\\' } as Record<string, string>)[e] ?? `\\${e}`
    })
  }
  p.stdout.write(text + (newline ? '\n' : ''))
  return 0
}

export const pwd: Applet = async (p, args) => {
  p.stdout.write(`${args.includes('-P') ? p.fs.realpath(p.cwd) ?? p.cwd : p.cwd}\n`)
  return 0
}

/** The node name: the kernel's hostname, fully qualified as /etc/hostname has it on the host. */
export function hostnameOf(p: Process): string {
  const short = p.host.hostname
  try {
    const file = p.fs.stat('/etc/hostname') ? p.fs.readText('/etc/hostname').trim() : ''
    if (file === short || file.startsWith(`${short}.`)) return file
  } catch { /* no /etc/hostname */ }
  return short
}

export const KERNEL_RELEASE = '3.10.0-1160.el7.x86_64'
export const KERNEL_VERSION = '#1 SMP Mon Oct 19 16:18:59 UTC 2020'

export const uname: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'uname', flavor)
  const o = parseOptions(t, args, { short: 'aimnoprsv', long: { all: 'a', 'kernel-name': 's', nodename: 'n', 'kernel-release': 'r', 'kernel-version': 'v', machine: 'm', processor: 'p', 'hardware-platform': 'i', 'operating-system': 'o' } })
  if (typeof o === 'number') return o
  if (o.operands.length) return t.gnu ? t.usage(`extra operand ${t.q(o.operands[0])}`) : t.usage()
  const all = o.has('a')
  // GNU prints -p and -i only when known: RHEL's coreutils knows them, Debian's does not.
  const known = t.legacy
  const parts: string[] = []
  const want = (k: string) => all || o.has(k)
  if (want('s') || o.order.length === 0) parts.push('Linux')
  if (want('n')) parts.push(hostnameOf(p))
  if (want('r')) parts.push(KERNEL_RELEASE)
  if (want('v')) parts.push(KERNEL_VERSION)
  if (want('m')) parts.push('x86_64')
  if ((all && known) || o.has('p')) parts.push(known || !t.gnu ? 'x86_64' : 'unknown')
  if ((all && known) || o.has('i')) parts.push(known || !t.gnu ? 'x86_64' : 'unknown')
  if (want('o')) parts.push(t.gnu ? 'GNU/Linux' : 'Linux')
  p.stdout.write(parts.join(' ') + '\n')
  return 0
}

export const hostname: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'hostname', flavor)
  const o = parseOptions(t, args, { short: 'dfiIsF:', long: { short: 's', fqdn: 'f', long: 'f', domain: 'd', 'ip-address': 'i', 'all-ip-addresses': 'I' } })
  if (typeof o === 'number') return o
  const name = hostnameOf(p)
  if (o.operands.length) {
    t.err(t.gnu ? 'you must be root to change the host name' : `sethostname: Operation not permitted`)
    return 1
  }
  if (o.has('s')) p.stdout.write(`${name.split('.')[0]}\n`)
  else if (o.has('d')) p.stdout.write(`${name.includes('.') ? name.slice(name.indexOf('.') + 1) : ''}\n`)
  else if (o.has('i') || o.has('I')) p.stdout.write(o.has('I') ? '10.0.2.15 172.17.0.1 \n' : '127.0.0.1\n')
  else p.stdout.write(`${name}\n`)
  return 0
}

export const env: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'env', flavor)
  const o = parseOptions(t, args, { short: 'iu:0', long: { 'ignore-environment': 'i', unset: 'u:', null: '0' }, inOrder: true })
  if (typeof o === 'number') return o
  let vars: Record<string, string> = o.has('i') ? {} : { ...p.env }
  for (const u of o.values.get('u') ?? []) delete vars[u]
  const rest = [...o.operands]
  if (rest[0] === '-') { vars = {}; rest.shift() }
  while (rest.length && /^[^=]+=/.test(rest[0])) {
    const a = rest.shift()!
    vars[a.slice(0, a.indexOf('='))] = a.slice(a.indexOf('=') + 1)
  }
  if (rest.length) {
    if (!p.which(rest[0])) {
      const name = rest[0]
      t.err(t.gnu ? `${t.legacy ? name : t.qa(name)}: No such file or directory` : `can't execute '${name}': No such file or directory`)
      return 127
    }
    return p.spawn(rest, { env: vars })
  }
  for (const [k, v] of Object.entries(vars)) p.stdout.write(`${k}=${v}${o.has('0') ? '\0' : '\n'}`)
  return 0
}

export const printenv: Applet = async (p, args) => {
  const names = args.filter((a) => !a.startsWith('-'))
  if (names.length === 0) {
    for (const [k, v] of Object.entries(p.env)) p.stdout.write(`${k}=${v}\n`)
    return 0
  }
  let status = 0
  for (const n of names) {
    if (n in p.env) p.stdout.write(`${p.env[n]}\n`)
    else status = 1
  }
  return status
}

export const sleep: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'sleep', flavor)
  const o = parseOptions(t, args, { short: '' })
  if (typeof o === 'number') return o
  if (o.operands.length === 0) {
    if (t.gnu) return t.usage('missing operand')
    p.stderr.write(`${BUSYBOX_BANNER}\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n`)
    return 1
  }
  let total = 0
  for (const a of o.operands) {
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a)
    if (!m) {
      if (t.gnu) return t.usage(`invalid time interval ${t.q(a)}`)
      t.err(`invalid number '${a}'`)
      return 1
    }
    total += Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 } as Record<string, number>)[m[2]]
  }
  await p.sleep(total * 1000)
  return 0
}

export const trueApplet: Applet = async () => 0
export const falseApplet: Applet = async () => 1

export const clear: Applet = async (p) => { p.stdout.write('\x1b[H\x1b[2J\x1b[3J'); return 0 }

export const whoami: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'whoami', flavor)
  const o = parseOptions(t, args, { short: '' })
  if (typeof o === 'number') return o
  if (o.operands.length) return t.gnu ? t.usage(`extra operand ${t.q(o.operands[0])}`) : t.usage()
  const c = credentials(p)
  if (c.user === undefined) {
    t.err(t.gnu ? `cannot find name for user ID ${c.uid}` : `unknown uid ${c.uid}`)
    return 1
  }
  p.stdout.write(`${c.user}\n`)
  return 0
}

export const id: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'id', flavor)
  const o = parseOptions(t, args, { short: 'aGgnruZz', long: { group: 'g', groups: 'G', name: 'n', real: 'r', user: 'u', context: 'Z' } })
  if (typeof o === 'number') return o
  if (o.operands.length && o.operands[0] !== 'root') {
    t.err(t.gnu ? `${t.legacy ? o.operands[0] : t.qa(o.operands[0])}: no such user` : `unknown user ${o.operands[0]}`)
    return 1
  }
  const c = o.operands.length ? credentialsOfRoot(p) : credentials(p)
  const named = (n: number, name?: string) => (name === undefined ? `${n}` : `${n}(${name})`)
  const one = (n: number, name: string | undefined, what: string) => {
    if (!o.has('n')) return `${n}\n`
    if (name !== undefined) return `${name}\n`
    t.err(t.gnu ? `cannot find name for ${what} ID ${n}` : `unknown ${what === 'user' ? 'uid' : 'gid'} ${n}`)
    return `${n}\n`
  }
  if (o.has('u')) { p.stdout.write(one(c.uid, c.user, 'user')); return 0 }
  if (o.has('g')) { p.stdout.write(one(c.gid, c.group, 'group')); return 0 }
  if (o.has('G')) {
    p.stdout.write(c.groups.map((g) => (o.has('n') ? g.name ?? `${g.id}` : `${g.id}`)).join(' ') + '\n')
    return 0
  }
  if (o.has('Z')) { p.stdout.write('unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023\n'); return 0 }
  // The host's root login runs unconfined under SELinux; containers show no context.
  const context = t.legacy && p.host.service('machine') ? ' context=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023' : ''
  p.stdout.write(`uid=${named(c.uid, c.user)} gid=${named(c.gid, c.group)} groups=${c.groups.map((g) => named(g.id, g.name)).join(',')}${context}\n`)
  return 0
}

/** `id root`: root as /etc/passwd and /etc/group describe it, whoever asks. */
function credentialsOfRoot(p: Process) {
  return credentials(new Proxy(p, { get: (target, key) => (key === 'host' ? { ...target.host, service: () => undefined } : Reflect.get(target, key)) }))
}

/** Parses `date -d` text: @EPOCH, now, today, yesterday, tomorrow, YYYY-MM-DD[ HH:MM[:SS]], N day(s)/hour(s) ago. */
function parseDate(text: string, now: number): number | undefined {
  const s = text.trim().toLowerCase()
  if (/^@-?\d+(\.\d+)?$/.test(s)) return Number(s.slice(1)) * 1000
  if (s === '' || s === 'now' || s === 'today') return now
  if (s === 'yesterday') return now - 86_400_000
  if (s === 'tomorrow') return now + 86_400_000
  const rel = /^([+-]?\d+)\s*(second|sec|minute|min|hour|day|week|month|year)s?(\s+ago)?$/.exec(s)
  if (rel) {
    const unit = { second: 1, sec: 1, minute: 60, min: 60, hour: 3600, day: 86400, week: 604800, month: 2_592_000, year: 31_536_000 }[rel[2]]!
    return now + (rel[3] ? -1 : 1) * Number(rel[1]) * unit * 1000
  }
  const abs = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*(?:utc|z))?$/.exec(s)
  if (abs) return Date.UTC(Number(abs[1]), Number(abs[2]) - 1, Number(abs[3]), Number(abs[4] ?? 0), Number(abs[5] ?? 0), Number(abs[6] ?? 0))
  return undefined
}

export const date: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'date', flavor)
  const o = parseOptions(t, args, { short: 'd:Rs:u', long: { date: 'd:', rfc2822: 'R', 'rfc-email': 'R', 'iso-8601': 'iso?', utc: 'u', universal: 'u', set: 's:' } })
  if (typeof o === 'number') return o
  if (o.has('s')) { t.err(`cannot set date: Operation not permitted`); return 1 }
  let when = p.host.now()
  if (o.has('d')) {
    const parsed = parseDate(o.last('d')!, when)
    if (parsed === undefined) { t.err(`invalid date ${t.gnu ? t.q(o.last('d')!) : `'${o.last('d')}'`}`); return 1 }
    when = parsed
  }
  const formats = o.operands.filter((a) => a.startsWith('+'))
  const others = o.operands.filter((a) => !a.startsWith('+'))
  if (others.length) {
    if (t.gnu) { t.err(`invalid date ${t.q(others[0])}`); return 1 }
    t.err(`invalid date '${others[0]}'`)
    return 1
  }
  if (formats.length > 1) return t.gnu ? t.usage(`extra operand ${t.q(formats[1])}`) : t.usage()
  let fmt = formats.length ? formats[0].slice(1) : '%a %b %e %H:%M:%S %Z %Y'
  if (o.has('R')) fmt = '%a, %d %b %Y %H:%M:%S %z'
  if (o.has('iso')) fmt = { '': '%Y-%m-%d', date: '%Y-%m-%d', seconds: '%Y-%m-%dT%H:%M:%S%:z', minutes: '%Y-%m-%dT%H:%M%:z', hours: '%Y-%m-%dT%H%:z' }[o.last('iso')!] ?? '%Y-%m-%d'
  p.stdout.write(`${strftime(fmt, when)}\n`)
  return 0
}

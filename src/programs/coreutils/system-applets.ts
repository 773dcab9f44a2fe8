/** Applets about the system and the process: echo, pwd, uname, hostname, env, sleep, true, false, clear, whoami,
 *  id, date. */
import type { Applet } from './applet'

export const echo: Applet = async (p, args) => {
  let newline = true
  let i = 0
  while (args[i] === '-n' || args[i] === '-e' || args[i] === '-E') { if (args[i] === '-n') newline = false; i++ }
  p.stdout.write(args.slice(i).join(' ') + (newline ? '\n' : ''))
  return 0
}

export const pwd: Applet = async (p) => { p.stdout.write(`${p.cwd}\n`); return 0 }

export const uname: Applet = async (p, args, flavor) => {
  const host = p.host.hostname
  const kernel = '3.10.0-1160.el7.x86_64'
  const version = '#1 SMP Mon Oct 19 16:18:59 UTC 2020'
  const flags = args.join('').replace(/-/g, '')
  if (flags.includes('a')) {
    p.stdout.write(flavor === 'gnu' ? `Linux ${host} ${kernel} ${version} x86_64 x86_64 x86_64 GNU/Linux\n` : `Linux ${host} ${kernel} ${version} x86_64 Linux\n`)
    return 0
  }
  const parts: string[] = []
  if (!flags || flags.includes('s')) parts.push('Linux')
  if (flags.includes('n')) parts.push(host)
  if (flags.includes('r')) parts.push(kernel)
  if (flags.includes('v')) parts.push(version)
  if (flags.includes('m')) parts.push('x86_64')
  p.stdout.write(parts.join(' ') + '\n')
  return 0
}

export const hostname: Applet = async (p) => { p.stdout.write(`${p.host.hostname}\n`); return 0 }

export const env: Applet = async (p, args) => {
  if (args.length) return p.spawn(args)
  for (const [k, v] of Object.entries(p.env)) p.stdout.write(`${k}=${v}\n`)
  return 0
}

export const sleep: Applet = async (p, args, flavor) => {
  const total = args.reduce((t, a) => {
    const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(a)
    if (!m) return NaN
    return t + Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 } as Record<string, number>)[m[2]]
  }, 0)
  if (args.length === 0) {
    p.stderr.write(flavor === 'gnu' ? "sleep: missing operand\nTry 'sleep --help' for more information.\n" : 'BusyBox v1.37.0 (2025-05-26 20:04:45 UTC) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n')
    return 1
  }
  if (Number.isNaN(total)) {
    const bad = args.find((a) => !/^(\d+(?:\.\d+)?)([smhd]?)$/.test(a))
    p.stderr.write(flavor === 'gnu' ? `sleep: invalid time interval '${bad}'\nTry 'sleep --help' for more information.\n` : `sleep: invalid number '${bad}'\n`)
    return 1
  }
  await p.sleep(total * 1000)
  return 0
}

export const trueApplet: Applet = async () => 0
export const falseApplet: Applet = async () => 1

export const clear: Applet = async (p) => { p.stdout.write('\x1b[H\x1b[2J\x1b[3J'); return 0 }

export const whoami: Applet = async (p) => { p.stdout.write(`${p.env.USER ?? 'root'}\n`); return 0 }

export const id: Applet = async (p, _args, flavor) => {
  p.stdout.write(flavor === 'gnu' ? 'uid=0(root) gid=0(root) groups=0(root)\n' : 'uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)\n')
  return 0
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
export const date: Applet = async (p, _args, flavor) => {
  const d = new Date(p.host.now())
  const two = (n: number) => String(n).padStart(2, '0')
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
  const day = flavor === 'gnu' ? String(d.getUTCDate()).padStart(2, ' ') : String(d.getUTCDate()).padStart(2, ' ')
  p.stdout.write(`${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${day} ${time} UTC ${d.getUTCFullYear()}\n`)
  return 0
}

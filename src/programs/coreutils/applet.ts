/** A userland tool as both GNU coreutils (on the CentOS host, Debian, Ubuntu) and busybox (alpine, busybox) build
 *  it. Same behaviour, different wording: the flavor picks the messages, and a `Tool` carries what differs.
 *  GNU has two eras here: coreutils 8.22 (CentOS 7, the host and the centos:7 image) quotes file names with
 *  quote() — ‘x’ in a UTF-8 locale, 'x' in C — and leaves `ls: cannot access x` unquoted; coreutils 9.x
 *  (Debian, Ubuntu) shell-quotes them ('x') whatever the locale.
 *  Options follow getopt: GNU permutes operands and options (unless `--`), takes --long options and unique
 *  prefixes of them; busybox (musl's getopt) stops at the first operand. */
import { FS_MESSAGES, FsError } from '../../os/fs'
import type { Process } from '../../os/process'
import { BUSYBOX_BANNER, BUSYBOX_USAGE } from './busybox-usage'
import { resolvePath } from '../../os/path'
export { basename, resolvePath } from '../../os/path'

export type Flavor = 'gnu' | 'busybox'

export type Applet = (p: Process, args: string[], flavor: Flavor) => Promise<number>



export const errText = (e: unknown): string => (e instanceof FsError ? FS_MESSAGES[e.errno] : e instanceof Error ? e.message : String(e))

export interface Tool {
  readonly p: Process
  readonly name: string
  readonly flavor: Flavor
  readonly gnu: boolean
  /** coreutils 8.22 (CentOS 7). */
  readonly legacy: boolean
  /** quote(): ‘x’ in a UTF-8 locale, 'x' otherwise. */
  q(s: string): string
  /** quoteaf(): 8.22 → quote(); 9.x → always shell-quoted 'x'. */
  qa(s: string): string
  /** quotef(): the name bare unless it needs shell quoting (9.x); bare in 8.22. */
  qf(s: string): string
  /** Writes `name: msg` to stderr. */
  err(msg: string): void
  /** A usage error: GNU `name: msg` + `Try 'name --help'…`; busybox `name: msg` (if any) + the usage text. */
  usage(msg?: string, status?: number): number
  /** `--help` */
  help(): number
  abs(path: string): string
}

const utf8 = (p: Process) => /utf-?8/i.test(p.env.LC_ALL || p.env.LC_MESSAGES || p.env.LANG || '')
const shellQuote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`
const needsQuoting = (s: string) => s === '' || /[^A-Za-z0-9_./:,+@%^=-]/.test(s)

/** Whether this GNU userland is coreutils 8.22: the CentOS 7 host and centos:7. */
export function isLegacyGnu(p: Process): boolean {
  try {
    return / release 7\./.test(p.fs.stat('/etc/centos-release') ? p.fs.readText('/etc/centos-release') : '')
  } catch { return false }
}

/** What `name --help` prints in GNU coreutils when this sandbox has no full text for it. */
const GNU_SYNOPSIS: Record<string, string> = {}

export function createTool(p: Process, name: string, flavor: Flavor, gnuUsageStatus = 1): Tool {
  const gnu = flavor === 'gnu'
  const legacy = gnu && isLegacyGnu(p)
  const q = (s: string) => (utf8(p) ? `\u2018${s}\u2019` : `'${s}'`)
  const tool: Tool = {
    p, name, flavor, gnu, legacy, q,
    qa: (s) => (legacy ? q(s) : shellQuote(s)),
    qf: (s) => (legacy || !needsQuoting(s) ? s : shellQuote(s)),
    err: (msg) => { p.stderr.write(`${name}: ${msg}\n`) },
    usage(msg, status) {
      if (gnu) {
        if (msg !== undefined) p.stderr.write(`${name}: ${msg}\n`)
        p.stderr.write(`Try '${name} --help' for more information.\n`)
        return status ?? gnuUsageStatus
      }
      if (msg !== undefined) p.stderr.write(`${name}: ${msg}\n`)
      p.stderr.write(`${BUSYBOX_BANNER}\n\n${BUSYBOX_USAGE[name] ?? `Usage: ${name}\n`}`)
      return status ?? 1
    },
    help() {
      if (gnu) {
        p.stdout.write(GNU_SYNOPSIS[name] ?? `Usage: ${name} [OPTION]...\n`)
        p.stdout.write(`\nGNU coreutils online help: <http://www.gnu.org/software/coreutils/>\nFor complete documentation, run: info coreutils '${name} invocation'\n`)
        return 0
      }
      p.stderr.write(`${BUSYBOX_BANNER}\n\n${BUSYBOX_USAGE[name] ?? `Usage: ${name}\n`}`)
      return 0
    },
    abs: (path) => resolvePath(p, path),
  }
  return tool
}

/** Registers the first lines of `name --help` (GNU). */
export function gnuSynopsis(name: string, text: string): void { GNU_SYNOPSIS[name] = text }

/** Options: `short` lists letters, a letter followed by ':' takes an argument ('n:'). `long` maps a long name to
 *  a key (usually its short letter); a key ending in ':' takes an argument, in '?' an optional `=value`. */
export interface OptionSpec {
  short: string
  long?: Record<string, string>
  /** Stop at the first operand even in GNU (env, xargs, find's expression). */
  inOrder?: boolean
}

export interface ParsedOptions {
  /** Every occurrence's value ('' for flags), by key, in order. */
  readonly values: ReadonlyMap<string, string[]>
  /** The keys in the order given (for options where the last one wins, like ls -1/-l). */
  readonly order: readonly string[]
  has(key: string): boolean
  last(key: string): string | undefined
  count(key: string): number
  operands: string[]
}

/** Parses argv per `spec`. A usage error is printed and its status returned as a number; `--help` prints help. */
export function parseOptions(t: Tool, args: readonly string[], spec: OptionSpec): ParsedOptions | number {
  const takesArg = new Map<string, boolean>()
  for (let i = 0; i < spec.short.length; i++) {
    const c = spec.short[i]
    if (c === ':') continue
    takesArg.set(c, spec.short[i + 1] === ':')
  }
  const values = new Map<string, string[]>()
  const order: string[] = []
  const add = (k: string, v: string) => { values.set(k, [...(values.get(k) ?? []), v]); order.push(k) }
  const operands: string[] = []
  const permute = t.gnu && !spec.inOrder
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--') { operands.push(...args.slice(i + 1)); break }
    if (a.startsWith('--')) {
      const [name, inline] = a.includes('=') ? [a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a.slice(2), undefined]
      if (name === 'help') return t.help()
      if (name === 'version' && t.gnu) { t.p.stdout.write(`${t.name} (GNU coreutils) ${t.legacy ? '8.22' : '9.1'}\n`); return 0 }
      const longs = Object.keys(spec.long ?? {})
      const exact = longs.includes(name) ? [name] : longs.filter((l) => l.startsWith(name))
      if (exact.length !== 1) {
        if (!t.gnu) return t.usage(`unrecognized option: ${name}`)
        return t.usage(exact.length ? `option '--${name}' is ambiguous` : `unrecognized option '--${name}'`)
      }
      const key = spec.long![exact[0]]
      if (key.endsWith(':')) {
        let v = inline
        if (v === undefined) {
          if (i + 1 >= args.length) return t.usage(`option '--${exact[0]}' requires an argument`)
          v = args[++i]
        }
        add(key.slice(0, -1), v)
      } else if (key.endsWith('?')) add(key.slice(0, -1), inline ?? '')
      else {
        if (inline !== undefined) return t.usage(`option '--${exact[0]}' doesn't allow an argument`)
        add(key, '')
      }
      continue
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]
        const arg = takesArg.get(c)
        if (arg === undefined) return t.usage(t.gnu ? `invalid option -- '${c}'` : `unrecognized option: ${c}`)
        if (arg) {
          let v = a.slice(j + 1)
          if (v === '') {
            if (i + 1 >= args.length) return t.usage(t.gnu ? `option requires an argument -- '${c}'` : `option requires an argument: ${c}`)
            v = args[++i]
          }
          add(c, v)
          break
        }
        add(c, '')
      }
      continue
    }
    if (!permute) { operands.push(...args.slice(i)); break }
    operands.push(a)
  }
  return {
    values, order, operands,
    has: (k) => values.has(k),
    last: (k) => values.get(k)?.at(-1),
    count: (k) => values.get(k)?.length ?? 0,
  }
}

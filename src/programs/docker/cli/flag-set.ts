/** spf13/pflag v1.0.6's FlagSet, ported for its parsing: `--name value`, `--name=value`, `-n value`, `-nvalue`,
 *  `-n=value`, clustered booleans `-dit`, `--` ending the flags, and non-interspersed sets (docker run, exec, …)
 *  that stop at the first positional argument. Errors carry pflag's exact text.
 *  Invariant: FlagSpecs are shared between the sets of one command tree, like pflag's *Flag; their values live in
 *  a ParseSession, so a flag set while parsing the global options is seen by the command (`docker --help ps`). */
import type { FlagDecl, FlagParser, FlagType } from './flag-decl'
import { isListFlagType } from './flag-decl'
import { defaultParser } from './flag-parsers'
import { goQuote } from './go-strconv'

export interface FlagSpec {
  readonly name: string
  readonly short?: string
  readonly type: FlagType
  readonly usage: string
  /** The help's `(default …)` text, already quoted for strings; undefined = a zero value, not shown. */
  readonly defaultText?: string
  /** MarkHidden or MarkDeprecated; the daemon may hide more (server-info.ts). */
  readonly hidden: boolean
  readonly deprecated?: string
  readonly shorthandDeprecated?: string
  readonly experimental: boolean
  readonly osType?: string
  readonly swarm?: string
  /** The value a bare `--flag` means (pflag NoOptDefVal): "true" for bools. */
  readonly noOptDefVal?: string
  readonly parse: FlagParser
  readonly initial: unknown
}

export interface FlagSet {
  readonly formal: ReadonlyMap<string, FlagSpec>
  readonly shorthands: ReadonlyMap<string, FlagSpec>
  /** In definition order; help sorts by name itself. */
  readonly specs: readonly FlagSpec[]
  readonly interspersed: boolean
}

export interface ParseSession {
  readonly env: Readonly<Record<string, string>>
  readonly values: Map<FlagSpec, unknown>
  readonly changed: Set<FlagSpec>
}

export type ParseOutcome =
  | { kind: 'ok'; args: string[]; argsLenAtDash: number; messages: string }
  | { kind: 'error'; message: string; messages: string }
  | { kind: 'help'; messages: string }

function initialValue(type: FlagType, def: string | undefined): unknown {
  if (isListFlagType(type)) return []
  switch (type) {
    case 'bool': return def === 'true'
    case 'string': return def ?? ''
    case 'duration': return 0
    default: {
      const n = Number(def ?? 0)
      return Number.isFinite(n) ? n : 0
    }
  }
}

export function flagSpecFromDecl(name: string, decl: FlagDecl): FlagSpec {
  const defaultText = decl.default === undefined ? undefined
    : decl.type === 'string' ? goQuote(decl.default) : decl.default
  return {
    name,
    short: decl.short,
    type: decl.type,
    usage: decl.usage,
    defaultText,
    hidden: Boolean(decl.hidden || decl.deprecated),
    deprecated: decl.deprecated,
    experimental: Boolean(decl.experimental),
    osType: decl.osType,
    swarm: decl.swarm,
    noOptDefVal: decl.type === 'bool' ? 'true' : undefined,
    parse: decl.parse ?? defaultParser(decl.type),
    initial: initialValue(decl.type, decl.default),
  }
}

/** pflag AddFlagSet in order: a later flag with a name already present is skipped (local flags shadow inherited). */
export function createFlagSet(specs: readonly FlagSpec[], interspersed = true): FlagSet {
  const formal = new Map<string, FlagSpec>()
  const shorthands = new Map<string, FlagSpec>()
  const kept: FlagSpec[] = []
  for (const s of specs) {
    if (formal.has(s.name)) continue
    formal.set(s.name, s)
    kept.push(s)
    if (s.short && !shorthands.has(s.short)) shorthands.set(s.short, s)
  }
  return { formal, shorthands, specs: kept, interspersed }
}

export const createParseSession = (env: Readonly<Record<string, string>>): ParseSession =>
  ({ env, values: new Map(), changed: new Set() })

export const flagValue = (session: ParseSession, spec: FlagSpec): unknown =>
  session.values.has(spec) ? session.values.get(spec) : spec.initial

/** Go's %q of one byte, as pflag prints a shorthand. */
const quoteChar = (c: string) => (c === "'" || c === '\\' ? `'\\${c}'` : `'${c}'`)

/** pflag's name for a flag in `invalid argument … for "-m, --memory" flag`. */
export const flagDisplayName = (f: FlagSpec) =>
  f.short && !f.shorthandDeprecated ? `-${f.short}, --${f.name}` : `--${f.name}`

/** pflag FlagSet.Set: parse, store (append for lists), mark changed, note deprecation. */
function setFlag(session: ParseSession, f: FlagSpec, raw: string, out: string[]): string | undefined {
  const r = f.parse(raw, session.env)
  if (!r.ok) return `invalid argument ${goQuote(raw)} for "${flagDisplayName(f)}" flag: ${r.error}`
  if (isListFlagType(f.type)) {
    const prev = flagValue(session, f) as string[]
    const add = Array.isArray(r.value) ? (r.value as string[]) : [r.value as string]
    // A stringSlice's first Set replaces its default; the others only append.
    session.values.set(f, f.type === 'strings' && !session.changed.has(f) ? [...add] : [...prev, ...add])
  } else session.values.set(f, r.value)
  session.changed.add(f)
  if (f.deprecated) out.push(`Flag --${f.name} has been deprecated, ${f.deprecated}\n`)
  return undefined
}

type Step = { args: string[]; error?: string; help?: boolean }

function parseLongArg(fs: FlagSet, session: ParseSession, s: string, args: string[], out: string[]): Step {
  const body = s.slice(2)
  if (body.length === 0 || body[0] === '-' || body[0] === '=') return { args, error: `bad flag syntax: ${s}` }
  const eq = body.indexOf('=')
  const name = eq < 0 ? body : body.slice(0, eq)
  const flag = fs.formal.get(name)
  if (!flag) {
    if (name === 'help') return { args, help: true }
    return { args, error: `unknown flag: --${name}` }
  }
  let value: string
  let rest = args
  if (eq >= 0) value = body.slice(eq + 1)
  else if (flag.noOptDefVal !== undefined) value = flag.noOptDefVal
  else if (args.length > 0) { value = args[0]; rest = args.slice(1) }
  else return { args, error: `flag needs an argument: ${s}` }
  const err = setFlag(session, flag, value, out)
  return { args: rest, error: err }
}

function parseSingleShortArg(
  fs: FlagSet, session: ParseSession, shorthands: string, args: string[], out: string[],
): Step & { shorts: string } {
  if (shorthands.startsWith('test.')) return { shorts: '', args }
  const c = shorthands[0]
  const flag = fs.shorthands.get(c)
  if (!flag) {
    if (c === 'h') return { shorts: '', args, help: true }
    return { shorts: '', args, error: `unknown shorthand flag: ${quoteChar(c)} in -${shorthands}` }
  }
  let value: string
  let shorts = shorthands.slice(1)
  let rest = args
  if (shorthands.length > 2 && shorthands[1] === '=') { value = shorthands.slice(2); shorts = '' }
  else if (flag.noOptDefVal !== undefined) value = flag.noOptDefVal
  else if (shorthands.length > 1) { value = shorthands.slice(1); shorts = '' }
  else if (args.length > 0) { value = args[0]; rest = args.slice(1) }
  else return { shorts: '', args, error: `flag needs an argument: ${quoteChar(c)} in -${shorthands}` }
  if (flag.shorthandDeprecated) out.push(`Flag shorthand -${flag.short} has been deprecated, ${flag.shorthandDeprecated}\n`)
  const err = setFlag(session, flag, value, out)
  return { shorts, args: rest, error: err }
}

/** pflag FlagSet.Parse with ContinueOnError. */
export function parseFlags(fs: FlagSet, argv: readonly string[], session: ParseSession): ParseOutcome {
  const out: string[] = []
  const positional: string[] = []
  let argsLenAtDash = -1
  let args = [...argv]
  const done = (): ParseOutcome => ({ kind: 'ok', args: positional, argsLenAtDash, messages: out.join('') })
  while (args.length > 0) {
    const s = args[0]
    args = args.slice(1)
    if (s.length === 0 || s[0] !== '-' || s.length === 1) {
      if (!fs.interspersed) { positional.push(s, ...args); return done() }
      positional.push(s)
      continue
    }
    let step: Step
    if (s[1] === '-') {
      if (s.length === 2) { argsLenAtDash = positional.length; positional.push(...args); break }
      step = parseLongArg(fs, session, s, args, out)
    } else {
      // pflag hands every shorthand in a cluster the arguments as they were before the cluster.
      const original = args
      let shorts = s.slice(1)
      step = { args }
      while (shorts.length > 0) {
        const r = parseSingleShortArg(fs, session, shorts, original, out)
        step = r
        shorts = r.shorts
        if (r.error || r.help) break
      }
    }
    if (step.help) return { kind: 'help', messages: out.join('') }
    if (step.error !== undefined) return { kind: 'error', message: step.error, messages: out.join('') }
    args = step.args
  }
  return done()
}

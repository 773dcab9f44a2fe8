/** How a command declares one flag, in pflag's terms, and what value a handler gets for it.
 *  The type word is what `--help` prints after the flag name (pflag's UnquoteUsage), so it must be the exact word the
 *  real help shows: `list`, `filter`, `bytes`, `duration`, `uint16`, … `bool` prints nothing.
 *  Invariant: a declaration is plain data plus an optional parser; the parse state lives in a ParseSession. */

/** Flags whose value is one scalar. */
export type ScalarFlagType = 'bool' | 'string' | 'int' | 'uint' | 'uint16' | 'bytes' | 'decimal' | 'duration'
/** Flags that may be given several times; each occurrence adds to a list (pflag Value types with append semantics). */
export type ListFlagType = 'list' | 'filter' | 'strings' | 'stringArray' | 'map' | 'ulimit' | 'mount' | 'gpu-request' | 'network'
export type FlagType = ScalarFlagType | ListFlagType

/** Converts one occurrence's text into a value, or says why it cannot (the text after `flag: ` in pflag's error).
 *  `env` is the client's environment (docker's ValidateEnv fills `-e NAME` from it). */
export type FlagParser = (
  raw: string,
  env: Readonly<Record<string, string>>,
) => { ok: true; value: unknown } | { ok: false; error: string }

export interface FlagDecl<T extends FlagType = FlagType> {
  type: T
  /** The one-letter shorthand (`-a`). */
  short?: string
  /** The usage text exactly as the Go source has it (it may contain newlines); `(default …)` is added by the help. */
  usage: string
  /** The default as the help shows it inside `(default …)`: a plain string for `string` flags (the help quotes
   *  it), the literal text otherwise (`-1`, `true`, `[]`, `map[]`, `0s`). Omitted = the zero value, not shown. */
  default?: string
  /** Not shown in help, still accepted (pflag MarkHidden). */
  hidden?: boolean
  /** pflag MarkDeprecated: hidden, and using it prints `Flag --x has been deprecated, <message>`. */
  deprecated?: string
  /** docker's flag annotations (see server-info.ts): shown and accepted only when the daemon supports them. */
  experimental?: boolean
  osType?: string
  swarm?: string
  /** Replaces the type's own parser (docker's opts validators: ValidateExtraHost, MemSwapBytes, …). */
  parse?: FlagParser
}

export type FlagDecls = Readonly<Record<string, FlagDecl>>

type NumberFlagType = 'int' | 'uint' | 'uint16' | 'bytes' | 'decimal' | 'duration'

/** What a handler reads: bool → boolean, numbers → number (bytes in bytes, duration in nanoseconds, decimal as a
 *  float), string → string, every repeatable type → the occurrences in order. */
export type FlagValue<T extends FlagType> = T extends 'bool'
  ? boolean
  : T extends NumberFlagType
    ? number
    : T extends 'string'
      ? string
      : readonly string[]

export type FlagValues<F extends FlagDecls> = { readonly [K in keyof F]: FlagValue<F[K]['type']> }

export const isListFlagType = (t: FlagType): t is ListFlagType =>
  t === 'list' || t === 'filter' || t === 'strings' || t === 'stringArray' || t === 'map' || t === 'ulimit' ||
  t === 'mount' || t === 'gpu-request' || t === 'network'

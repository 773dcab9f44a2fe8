/** One declaration per docker command, in the shape of docker/cli's cobra commands: help, usage errors, flag
 *  parsing, completion and lesson restrictions all read it (see ../shared/DESIGN.md, "Declare each command once").
 *
 *    path     where the command lives: ['container', 'ls']
 *    aliases  other paths that reach the same command, in the order the help's "Aliases:" line lists them:
 *             [['container', 'list'], ['container', 'ps'], ['ps']]. A path under a group this CLI does not model
 *             (['builder', 'build']) only shows in that line.
 *    use      the usage after the command name: '[OPTIONS] IMAGE [COMMAND] [ARG...]'
 *
 *  Invariant: a declaration is data plus its handler; nothing here parses or prints. */
import type { DockerApi } from '../docker-api'
import type { Process } from '../../../os/process'
import type { Writer } from '../../../os/stream'
import type { FlagDecls, FlagValues } from './flag-decl'

/** What tab completion offers for a positional argument. */
export type ArgKind = 'image' | 'container' | 'file' | 'none'

/** cobra Args validators as docker/cli uses them (cli/required.go). Omitted = any number of arguments.
 *  `complete` names what each position completes to; positions past its end reuse its last entry. */
export type ArgsRule = (
  | { none: true }
  | { exactly: number }
  | { min: number; max?: number }
  | { max: number }
) & { complete?: readonly ArgKind[] }

/** The global options (docker/cli's ClientOptions), parsed before the command. */
export interface GlobalOptions {
  config: string
  context: string
  debug: boolean
  host: readonly string[]
  logLevel: string
  tls: boolean
  tlscacert: string
  tlscert: string
  tlskey: string
  tlsverify: boolean
}

/** Everything a handler gets. Output goes through stdout/stderr only. */
export interface RunContext<F extends FlagDecls = FlagDecls> {
  process: Process
  /** Positional arguments after flag parsing (for run/exec/create: IMAGE or CONTAINER first, then the command). */
  args: readonly string[]
  flags: FlagValues<F>
  /** The flags given on the command line (pflag's Changed), by long name. */
  changed: ReadonlySet<string>
  /** How many positional arguments came before a `--`, or -1 (pflag's ArgsLenAtDash). */
  argsLenAtDash: number
  api: DockerApi
  stdout: Writer
  stderr: Writer
  /** The width help and progress output wrap to. */
  cols: number
  /** Whether stdout is a terminal. */
  isTty: boolean
  /** 'docker container ls': the path the user reached the command by, as cobra's CommandPath prints it. */
  commandPath: string
  /** 'docker container ls [OPTIONS]': what usage errors print after `Usage:  `. */
  useLine: string
  globals: GlobalOptions
}

export type Handler<F extends FlagDecls = FlagDecls> = (ctx: RunContext<F>) => Promise<number>

export interface CommandDecl<F extends FlagDecls = FlagDecls> {
  readonly kind: 'command'
  path: readonly string[]
  aliases?: readonly (readonly string[])[]
  use?: string
  short: string
  long?: string
  example?: string
  args?: ArgsRule
  flags: F
  /** false for commands whose flags stop at the first argument (run, create, exec, …: pflag SetInterspersed). */
  interspersed?: boolean
  /** The position in the top-level help's "Common Commands" (docker's "category-top" annotation). */
  top?: number
  hidden?: boolean
  /** docker's "swarm" annotation (see server-info.ts). */
  swarm?: string
  run: Handler<F>
}

export interface GroupDecl {
  readonly kind: 'group'
  path: readonly string[]
  short: string
  long?: string
  /** Listed under "Swarm Commands" rather than "Management Commands" at the top level. */
  swarm?: boolean
}

/** The `docker` command itself: its global options, and the top-level help's closing line. */
export interface RootDecl {
  readonly kind: 'root'
  use: string
  short: string
  flags: FlagDecls
  additionalHelp: string
}

/** A top-level entry the sandbox lists in `docker --help` but does not model (swarm, plugin, …): typing it
 *  answers with the `unavailable` message. `hidden` ones are not listed (cobra's completion, docker bake). */
export interface UnmodelledCommand {
  name: string
  short: string
  section: 'management' | 'swarm' | 'hidden'
  /** docker's annotations (see server-info.ts), which hide the entry from the help of some daemons. */
  experimental?: boolean
  osType?: string
  swarm?: string
}

type Declared<T> = Omit<T, 'kind'>

export function defineCommand<const F extends FlagDecls>(decl: Declared<CommandDecl<F>>): CommandDecl<F> {
  return { kind: 'command', ...decl }
}

export function defineGroup(decl: Declared<GroupDecl>): GroupDecl {
  return { kind: 'group', ...decl }
}

export function defineRoot(decl: Declared<RootDecl>): RootDecl {
  return { kind: 'root', ...decl }
}

/** Any declaration, with its flag types erased (what registries and the parser hold). */
export type AnyCommandDecl = CommandDecl<any>
export type AnyDecl = AnyCommandDecl | GroupDecl

/** Everything the CLI is built from. */
export interface DockerRegistry {
  root: RootDecl
  groups: readonly GroupDecl[]
  commands: readonly AnyCommandDecl[]
  unmodelled: readonly UnmodelledCommand[]
}

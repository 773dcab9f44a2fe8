/** `docker <argv>`: docker/cli 28.2.2's main (cmd/docker/docker.go) over cobra's ExecuteC, ported step by step:
 *    1. the global options are parsed up to the first command word (non-interspersed; errors → exit 125);
 *    2. the legacy-builder notice for build commands;
 *    3. cobra Traverse finds the command, parsing parents' flags on the way;
 *    4. the command's flags are parsed (errors → FlagErrorFunc, exit 125); --help prints help on stdout (exit 0);
 *       `docker -v` prints the version; the positional arguments are checked (exit 1); the handler runs.
 *  `docker` alone and a group alone print their help on stderr (exit 0), as docker's ShowHelp does.
 *  Invariant: every byte goes through the given writers; errors end with one newline like Go's Fprintln. */
import type { DockerApi } from '../docker-api'
import type { Process } from '../../../os/process'
import type { Writer } from '../../../os/stream'
import { builderNotice } from './builder-notice'
import { find, traverse, type NodeFlagParser } from './command-lookup'
import { commandPath, flagSetOf, useLine, type CommandNode } from './command-tree'
import type { DockerRegistry, GlobalOptions } from './define-command'
import { dockerCommandTree } from './docker-command-tree'
import {
  createFlagSet, createParseSession, flagValue, parseFlags, type ParseOutcome, type ParseSession,
} from './flag-set'
import { renderHelp } from './help-text'
import { NO_DAEMON, unsupportedFlagsError, type ServerInfo } from './server-info'
import { unavailableMessage } from './unavailable'
import { argsErrorText, flagErrorText } from './usage-errors'

export const DOCKER_VERSION_LINE = 'Docker version 28.2.2, build e6534b4\n'

/** logrus.ParseLevel's names, plus "" (which docker reads as info). */
const LOG_LEVELS = ['', 'panic', 'fatal', 'error', 'warn', 'warning', 'info', 'debug', 'trace']

export interface DockerCliEnv {
  process: Process
  api: DockerApi
  /** Defaults to the process's own streams. */
  stdout?: Writer
  stderr?: Writer
  /** The width help wraps to. Docker asks stdin's terminal; without one it uses 80. */
  cols?: number
  /** Whether stdout is a terminal; defaults to process.isatty(1). */
  isTty?: boolean
  /** What a ping of the daemon told; omitted = the daemon did not answer (nothing is hidden). */
  serverInfo?: ServerInfo
  /** The declarations to run; defaults to the sandbox's registry (tests may pass their own). */
  registry?: DockerRegistry
}

interface Io { stdout: Writer; stderr: Writer; cols: number; info: ServerInfo }

/** argv as the program receives it: argv[0] is the program name and is not looked at. */
export async function runDockerCli(argv: readonly string[], env: DockerCliEnv): Promise<number> {
  const { process: proc } = env
  const root = dockerCommandTree(env.registry)
  const io: Io = {
    stdout: env.stdout ?? proc.stdout,
    stderr: env.stderr ?? proc.stderr,
    cols: env.cols ?? (proc.isatty(0) && proc.tty ? proc.tty.cols : 80),
    info: env.serverInfo ?? NO_DAEMON,
  }
  const fail = (text: string, code: number) => { io.stderr.write(text + '\n'); return code }
  const session = createParseSession(proc.env)

  const globals = parseFlags(createFlagSet(flagSetOf(root).specs, false), argv.slice(1), session)
  io.stderr.write(globals.messages)
  // Initialize (even before a flag error is reported) sets the log level, and exits on a bad one.
  const logLevel = flagValue(session, flagSetOf(root).formal.get('log-level')!) as string
  if (!LOG_LEVELS.includes(logLevel.toLowerCase())) return fail(`Unable to parse logging level: ${logLevel}`, 1)
  if (globals.kind === 'error') return fail(flagErrorText(root, globals.message), 125)
  if (globals.kind === 'help') return fail(flagErrorText(root, 'pflag: help requested'), 125)

  const builder = builderNotice(globals.args, proc.env)
  if (builder.error) return fail(builder.error, 1)
  if (builder.notice) io.stderr.write(builder.notice)

  // cobra's ParseFlags: pflag writes deprecation notes to the command's buffer, and cobra prints the whole buffer
  // (earlier notes included) after each parse that succeeds.
  const buffers = new Map<CommandNode, string>()
  const parseNode = (node: CommandNode, args: readonly string[]): ParseOutcome => {
    const r = parseFlags(flagSetOf(node), args, session)
    if (r.messages) {
      const buf = (buffers.get(node) ?? '') + r.messages
      buffers.set(node, buf)
      if (r.kind === 'ok') io.stdout.write(buf)
    }
    return r
  }
  const parseParent: NodeFlagParser = (node, args) => {
    const r = parseNode(node, args)
    return r.kind === 'ok' ? undefined : r.kind === 'error' ? r.message : 'pflag: help requested'
  }
  const found = traverse(root, globals.args, parseParent)
  if (!found.ok) return fail(found.error, 1)
  const x: Exec = { env, io, session, root, fail, parseNode, parseParent, commandArgs: globals.args }
  return execute(found.node, found.args, x)
}

interface Exec {
  env: DockerCliEnv
  io: Io
  session: ParseSession
  root: CommandNode
  fail: (text: string, code: number) => number
  parseNode: (node: CommandNode, args: readonly string[]) => ParseOutcome
  parseParent: NodeFlagParser
  /** The words after the global options. */
  commandArgs: readonly string[]
}

async function execute(cmd: CommandNode, rawArgs: string[], x: Exec): Promise<number> {
  const { io, session, fail } = x
  if (cmd.kind === 'unmodelled') return fail(unavailableMessage(commandPath(cmd)).trimEnd(), 1)
  const fs = flagSetOf(cmd)
  const parsed = x.parseNode(cmd, rawArgs)
  if (parsed.kind === 'error') return fail(flagErrorText(cmd, parsed.message), 125)
  if (parsed.kind === 'help') return fail(flagErrorText(cmd, 'pflag: help requested'), 125)
  const unsupported = unsupportedFlagsError(fs.specs.filter((f) => session.changed.has(f)), io.info)
  if (flagValue(session, fs.formal.get('help')!) === true) return helpFlag(cmd, unsupported, x)
  const version = cmd.kind === 'root' ? fs.formal.get('version') : undefined
  if (version && flagValue(session, version) === true) { io.stdout.write(DOCKER_VERSION_LINE); return 0 }
  const args = parsed.args
  const argsError = argsErrorText(cmd, cmd.args, args)
  if (argsError) return fail(argsError, 1)
  if (unsupported !== undefined) return fail(unsupported, 1)

  switch (cmd.kind) {
    case 'root':
      if (args.length === 0) { io.stderr.write(renderHelp(cmd, io.cols, io.info)); return 0 }
      return fail(`docker: unknown command: docker ${args[0]}\n\nRun 'docker --help' for more information`, 1)
    case 'group':
      io.stderr.write(renderHelp(cmd, io.cols, io.info))
      return 0
    case 'help':
      return helpCommand(args, x)
    default:
      return runHandler(cmd, args, parsed.argsLenAtDash, x)
  }
}

/** `--help` on a command: docker's help function first looks for a plugin of that name by traversing the words
 *  again (which parses the parents' flags a second time), then checks isSupported, then prints the help. */
function helpFlag(cmd: CommandNode, unsupported: string | undefined, x: Exec): number {
  if (x.commandArgs.length > 0) {
    const again = traverse(x.root, x.commandArgs, x.parseParent)
    if (!again.ok) { x.io.stdout.write(again.error + '\n'); return 0 }
  }
  x.io.stdout.write(unsupported !== undefined ? unsupported + '\n' : renderHelp(cmd, x.io.cols, x.io.info))
  return 0
}

/** `docker help [command]`. */
function helpCommand(args: string[], x: Exec): number {
  const { node, args: rest } = find(x.root, args)
  if (rest.length > 0) return x.fail(`unknown help topic: ${rest.join(' ')}`, 1)
  if (node.kind === 'unmodelled') return x.fail(unavailableMessage(commandPath(node)).trimEnd(), 1)
  x.io.stdout.write(renderHelp(node, x.io.cols, x.io.info))
  return 0
}

function runHandler(cmd: CommandNode, args: string[], argsLenAtDash: number, x: Exec): Promise<number> {
  const { env, io, session } = x
  const decl = cmd.decl!
  const flags: Record<string, any> = {}
  const changed = new Set<string>()
  for (const f of flagSetOf(cmd).specs) {
    flags[f.name] = flagValue(session, f)
    if (session.changed.has(f)) changed.add(f.name)
  }
  return decl.run({
    process: env.process,
    args,
    flags,
    changed,
    argsLenAtDash,
    api: env.api,
    stdout: io.stdout,
    stderr: io.stderr,
    cols: io.cols,
    isTty: env.isTty ?? env.process.isatty(1),
    commandPath: commandPath(cmd),
    useLine: useLine(cmd),
    globals: globalOptions(x.root, session),
  })
}

function globalOptions(root: CommandNode, session: ParseSession): GlobalOptions {
  const fs = flagSetOf(root)
  const v = (name: string) => flagValue(session, fs.formal.get(name)!)
  return {
    config: v('config') as string,
    context: v('context') as string,
    debug: v('debug') as boolean,
    host: v('host') as string[],
    logLevel: v('log-level') as string,
    tls: v('tls') as boolean,
    tlscacert: v('tlscacert') as string,
    tlscert: v('tlscert') as string,
    tlskey: v('tlskey') as string,
    tlsverify: v('tlsverify') as boolean,
  }
}

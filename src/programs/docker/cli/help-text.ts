/** `docker … --help`: docker/cli's cobra usage template (cli/cobra.go, v28.2.2) rendered from the command tree.
 *  Sections in order: Usage, the long (or short) description, Aliases, Examples, Options (not on the root),
 *  Common / Management / Swarm Commands (root), Commands, Global Options (root), the "Run '… COMMAND --help'" line
 *  for commands with subcommands, and the root's closing line (docker means it to be bold on a terminal, but its
 *  terminal check never matches the CLI's own stream type, so 28.2.2 prints it plain everywhere).
 *  What the daemon cannot do is left out (docker's hideUnsupportedFeatures, see server-info.ts).
 *  Invariant: `cols` is the terminal width; pflag gets cols-1, as docker passes `width - 1`. */
import { commandPath, flagSetOf, useLine, type CommandNode } from './command-tree'
import { flagUsagesWrapped } from './flag-usages'
import type { FlagSpec } from './flag-set'
import { hiddenByServer, type ServerInfo } from './server-info'

const MIN_NAME_PADDING = 11

/** cobra NamePadding: the longest name among all the parent's commands, hidden ones included. */
function namePadding(parent: CommandNode): number {
  return Math.max(MIN_NAME_PADDING, ...parent.children.map((c) => c.name.length))
}

const rpad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - s.length))

/** cobra IsAvailableCommand, after docker hid what the daemon does not support. */
const isAvailable = (c: CommandNode, info: ServerInfo) => !c.hidden && c.kind !== 'help' && !hiddenByServer(c, info)

const visibleFlags = (n: CommandNode, info: ServerInfo): FlagSpec[] =>
  flagSetOf(n).specs.filter((f) => !f.hidden && !hiddenByServer(f, info))

const hasSubCommands = (c: CommandNode) => c.children.length > 0 || c.section !== undefined

function listing(n: CommandNode, info: ServerInfo) {
  const isRoot = !n.parent
  const available = n.children.filter((c) => isAvailable(c, info))
  const top = isRoot ? available.filter((c) => c.top !== undefined).sort((a, b) => a.top! - b.top!) : []
  const management = available.filter((c) => hasSubCommands(c) && c.section !== 'swarm')
  const swarm = available.filter((c) => hasSubCommands(c) && c.section === 'swarm')
  const operations = available.filter((c) => !hasSubCommands(c) && !(isRoot && c.top !== undefined))
  return { top, management, swarm, operations }
}

export function renderHelp(n: CommandNode, cols: number, info: ServerInfo): string {
  const path = commandPath(n)
  const subs = n.children.length > 0
  const visible = visibleFlags(n, info)
  let out = 'Usage:'
  out += subs ? `  ${path}${visible.length ? ' [OPTIONS]' : ''} COMMAND` : `  ${useLine(n)}`
  out += '\n\n' + (n.long !== '' ? n.long.trim() : n.short.trim())
  if (n.aliasText) out += '\n\nAliases:\n  ' + n.aliasText
  if (n.example) out += '\n\nExamples:\n' + n.example
  const flags = () => flagUsagesWrapped(visible, cols - 1).trimEnd()
  if (n.parent && visible.length) out += '\n\nOptions:\n' + flags()
  const { top, management, swarm, operations } = listing(n, info)
  const pad = namePadding(n)
  const decorated = (list: CommandNode[]) => list.map((c) => '\n  ' + rpad(c.name + ' ', pad + 1) + c.short).join('')
  if (top.length) out += '\n\nCommon Commands:' + decorated(top)
  if (management.length) out += '\n\nManagement Commands:' + decorated(management)
  if (swarm.length) out += '\n\nSwarm Commands:' + decorated(swarm)
  if (operations.length) out += '\n\nCommands:' + operations.map((c) => '\n  ' + rpad(c.name, pad) + ' ' + c.short).join('')
  if (!n.parent && visible.length) out += '\n\nGlobal Options:\n' + flags()
  if (subs) out += `\n\nRun '${path} COMMAND --help' for more information on a command.`
  if (n.additionalHelp) out += '\n\n' + n.additionalHelp
  return out + '\n'
}

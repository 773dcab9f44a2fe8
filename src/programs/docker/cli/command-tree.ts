/** The cobra command tree built from the declarations: `docker` at the root, groups (container, image, …) under it,
 *  and each command mounted at its path and at every alias path whose parent exists. Within one parent the first
 *  path names the node and the others become its cobra aliases (`container ls` with `list`, `ps`); another parent
 *  gets its own node (`docker ps`), as docker/cli adds the same command twice.
 *  Invariant: children are sorted by name (cobra's Commands()); the hidden `help` command is a child of the root. */
import type {
  AnyCommandDecl, ArgsRule, DockerRegistry, GroupDecl, RootDecl, UnmodelledCommand,
} from './define-command'
import type { FlagDecls } from './flag-decl'
import { createFlagSet, flagSpecFromDecl, type FlagSet, type FlagSpec } from './flag-set'

export type NodeKind = 'root' | 'group' | 'command' | 'help' | 'unmodelled'

export interface CommandNode {
  readonly kind: NodeKind
  readonly name: string
  readonly aliases: string[]
  readonly parent?: CommandNode
  readonly children: CommandNode[]
  /** The usage after the name (cobra Use minus its first word). */
  readonly use: string
  readonly short: string
  readonly long: string
  readonly example: string
  readonly localFlags: readonly FlagSpec[]
  readonly persistentFlags: readonly FlagSpec[]
  readonly interspersed: boolean
  readonly hidden: boolean
  readonly args?: ArgsRule
  readonly top?: number
  readonly section?: 'management' | 'swarm'
  /** The "Aliases:" line, when the command has one. */
  readonly aliasText?: string
  readonly decl?: AnyCommandDecl
  /** docker's command annotations (see server-info.ts). */
  readonly experimental?: boolean
  readonly osType?: string
  readonly swarm?: string
  readonly additionalHelp?: string
  /** Memoised Flags(): local, own persistent, then the ancestors' persistent flags. */
  flagSet?: FlagSet
}

const specsOf = (flags: FlagDecls) => Object.entries(flags).map(([name, d]) => flagSpecFromDecl(name, d))

const HELP_FLAG: FlagSpec = {
  ...flagSpecFromDecl('help', { type: 'bool', short: 'h', usage: 'Print usage', hidden: true }),
  shorthandDeprecated: 'use --help',
}

function node(kind: NodeKind, name: string, parent: CommandNode | undefined, rest: Partial<CommandNode>): CommandNode {
  const n: CommandNode = {
    kind, name, parent, aliases: [], children: [], use: '', short: '', long: '', example: '',
    localFlags: [], persistentFlags: [], interspersed: true, hidden: false, ...rest,
  }
  parent?.children.push(n)
  return n
}

export function commandPath(n: CommandNode): string {
  return n.parent ? commandPath(n.parent) + ' ' + n.name : n.name
}

/** cobra UseLine with DisableFlagsInUseLine: the parent's path, then Use. */
export const useLine = (n: CommandNode) => commandPath(n) + (n.use ? ' ' + n.use : '')

export function flagSetOf(n: CommandNode): FlagSet {
  if (!n.flagSet) {
    const inherited: FlagSpec[] = []
    for (let p = n.parent; p; p = p.parent) inherited.push(...p.persistentFlags)
    n.flagSet = createFlagSet([...n.localFlags, ...n.persistentFlags, ...inherited], n.interspersed)
  }
  return n.flagSet
}

/** cobra findNext: an exact name or alias among the children. */
export const findChild = (n: CommandNode, word: string) =>
  n.children.find((c) => c.name === word || c.aliases.includes(word))

export function buildCommandTree(registry: DockerRegistry): CommandNode {
  const root = buildRoot(registry.root)
  const byPath = new Map<string, CommandNode>([['', root]])
  for (const g of registry.groups) byPath.set(g.path.join(' '), buildGroup(g, byPath))
  for (const c of registry.commands) mountCommand(c, byPath)
  for (const u of registry.unmodelled) buildUnmodelled(u, root)
  node('help', 'help', root, { use: '[command]', short: 'Help about the command', hidden: true })
  const sortTree = (n: CommandNode) => {
    n.children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    n.children.forEach(sortTree)
  }
  sortTree(root)
  return root
}

function buildRoot(decl: RootDecl): CommandNode {
  return node('root', 'docker', undefined, {
    use: decl.use, short: decl.short, localFlags: specsOf(decl.flags), persistentFlags: [HELP_FLAG],
    additionalHelp: decl.additionalHelp,
  })
}

function buildGroup(g: GroupDecl, byPath: Map<string, CommandNode>): CommandNode {
  const parent = byPath.get(g.path.slice(0, -1).join(' '))
  if (!parent) throw new Error(`docker group ${g.path.join(' ')} has no parent group`)
  return node('group', g.path[g.path.length - 1], parent, {
    short: g.short, long: g.long ?? '', args: { none: true }, section: g.swarm ? 'swarm' : 'management',
  })
}

function mountCommand(decl: AnyCommandDecl, byPath: Map<string, CommandNode>) {
  const paths = [decl.path, ...(decl.aliases ?? [])]
  const aliasText = paths.length > 1 ? paths.map((p) => 'docker ' + p.join(' ')).join(', ') : undefined
  const flags = specsOf(decl.flags)
  const mounted = new Map<string, CommandNode>()
  for (const p of paths) {
    const parentKey = p.slice(0, -1).join(' ')
    const name = p[p.length - 1]
    const existing = mounted.get(parentKey)
    if (existing) { existing.aliases.push(name); continue }
    const parent = byPath.get(parentKey)
    if (!parent) continue
    mounted.set(parentKey, node('command', name, parent, {
      use: decl.use ?? '', short: decl.short, long: decl.long ?? '', example: decl.example ?? '',
      localFlags: flags, interspersed: decl.interspersed ?? true, hidden: decl.hidden ?? false,
      args: decl.args, top: decl.top, aliasText, decl, swarm: decl.swarm,
    }))
  }
}

function buildUnmodelled(u: UnmodelledCommand, root: CommandNode) {
  node('unmodelled', u.name, root, {
    short: u.short, hidden: u.section === 'hidden', section: u.section === 'hidden' ? undefined : u.section,
    experimental: u.experimental, osType: u.osType, swarm: u.swarm,
  })
}

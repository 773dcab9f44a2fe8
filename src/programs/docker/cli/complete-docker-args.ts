/** Tab completion for `docker …`, read from the same declarations as parsing and help:
 *    a word starting with "-" → the resolved command's flags (`--name`, and `-x` when the word is just "-");
 *    a word where a subcommand may stand → the group's (or root's) listed commands;
 *    a positional argument → images, containers or files, as the command's `args.complete` says.
 *  The words before the cursor are walked the way docker parses them: flag values are skipped, `--` ends flags,
 *  and for run/exec/create everything after the first argument belongs to the container's command.
 *  Invariant: synchronous and pure; the names come from `data`. */
import { flagSetOf, findChild, type CommandNode } from './command-tree'
import type { ArgKind, ArgsRule, DockerRegistry } from './define-command'
import type { FlagSpec } from './flag-set'
import { dockerCommandTree } from './docker-command-tree'

export interface CompletionData {
  images(): string[]
  containers(): string[]
  /** Paths for a `file` argument; without it, files are left to the caller. */
  files?(prefix: string): string[]
}

interface Walk { node: CommandNode; positional: string[]; flagsDone: boolean; awaitingValue: boolean }

function takesValue(f: FlagSpec | undefined) {
  return f !== undefined && f.noOptDefVal === undefined
}

function walk(root: CommandNode, words: readonly string[]): Walk {
  const w: Walk = { node: root, positional: [], flagsDone: false, awaitingValue: false }
  for (const word of words) {
    if (w.awaitingValue) { w.awaitingValue = false; continue }
    const fs = flagSetOf(w.node)
    if (!w.flagsDone && word === '--') { w.flagsDone = true; continue }
    if (!w.flagsDone && word.startsWith('--') && word.length > 2) {
      if (!word.includes('=')) w.awaitingValue = takesValue(fs.formal.get(word.slice(2)))
      continue
    }
    if (!w.flagsDone && word.startsWith('-') && word.length > 1) {
      // In a cluster the first flag that takes a value eats the rest of the word, or else the next word.
      for (let i = 1; i < word.length; i++) {
        const f = fs.shorthands.get(word[i])
        if (!takesValue(f)) continue
        if (i === word.length - 1) w.awaitingValue = true
        break
      }
      continue
    }
    const child = w.positional.length === 0 ? findChild(w.node, word) : undefined
    if (child && child.kind !== 'unmodelled') { w.node = child; continue }
    if (child) { w.node = child; w.flagsDone = true; continue }
    w.positional.push(word)
    if (!w.node.interspersed) w.flagsDone = true
  }
  return w
}

const maxArgs = (r: ArgsRule | undefined) =>
  !r ? Infinity : 'none' in r ? 0 : 'exactly' in r ? r.exactly : r.max ?? Infinity

function argKind(n: CommandNode, position: number): ArgKind {
  if (position >= maxArgs(n.args)) return 'none'
  const hints = n.args?.complete
  if (!hints || hints.length === 0) return 'none'
  return hints[Math.min(position, hints.length - 1)]
}

const listedChildren = (n: CommandNode) =>
  n.children.filter((c) => !c.hidden && c.kind !== 'help').map((c) => c.name)

function flagWords(n: CommandNode, current: string): string[] {
  const out: string[] = []
  const specs = [...flagSetOf(n).specs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const f of specs) {
    if (f.hidden) continue
    if (`--${f.name}`.startsWith(current)) out.push(`--${f.name}`)
    if (f.short && `-${f.short}`.startsWith(current)) out.push(`-${f.short}`)
  }
  return out
}

/** The candidates for the word under the cursor. `words` are the words before it, argv[0] ("docker") first. */
export function completeDockerArgs(
  words: readonly string[],
  current: string,
  data: CompletionData,
  registry?: DockerRegistry,
): string[] {
  const root = dockerCommandTree(registry)
  const w = walk(root, words.slice(1))
  const n = w.node
  if (w.awaitingValue || n.kind === 'unmodelled') return []
  if (!w.flagsDone && current.startsWith('-')) return flagWords(n, current)
  if (n.kind === 'help') {
    let target = root
    for (const p of w.positional) target = findChild(target, p) ?? target
    return listedChildren(target).filter((c) => c.startsWith(current))
  }
  if (n.children.length > 0 && w.positional.length === 0) {
    return listedChildren(n).filter((c) => c.startsWith(current))
  }
  const kind = argKind(n, w.positional.length)
  const names = kind === 'image' ? data.images()
    : kind === 'container' ? data.containers()
      : kind === 'file' ? data.files?.(current) ?? []
        : []
  return [...new Set(names)].filter((c) => c.startsWith(current))
}

/** Finding the command in the tree, as cobra v1.9.1 does it.
 *  traverse (TraverseChildren, what docker executes with): walks command words left to right, parsing each
 *  parent's flags that come before the next command word; stops at the first word that is not a subcommand.
 *  find (what `docker help …` and completion use): strips flags and their values, then walks command words.
 *  Invariant: both only read the tree; traverse parses parents' flags through the caller's `parse` (cobra's
 *  ParseFlags, which also prints pflag's deprecation notes). */
import { findChild, flagSetOf, type CommandNode } from './command-tree'
import type { FlagSet } from './flag-set'

const hasNoOptDefVal = (name: string, fs: FlagSet) => fs.formal.get(name)?.noOptDefVal !== undefined
const shortHasNoOptDefVal = (name: string, fs: FlagSet) =>
  name.length > 0 && fs.shorthands.get(name[0])?.noOptDefVal !== undefined
const isFlagArg = (a: string) => (a.length >= 3 && a.startsWith('--')) || (a.length >= 2 && a[0] === '-' && a[1] !== '-')

export type TraverseResult = { ok: true; node: CommandNode; args: string[] } | { ok: false; error: string }

/** cobra Command.ParseFlags for one node: undefined, or pflag's error text. */
export type NodeFlagParser = (node: CommandNode, args: readonly string[]) => string | undefined

/** cobra Command.Traverse. */
export function traverse(c: CommandNode, args: readonly string[], parse: NodeFlagParser): TraverseResult {
  const flags: string[] = []
  let inFlag = false
  const fs = flagSetOf(c)
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg.startsWith('--') && !arg.includes('=')) {
      inFlag = !hasNoOptDefVal(arg.slice(2), fs)
      flags.push(arg)
      continue
    }
    if (arg.startsWith('-') && !arg.includes('=') && arg.length === 2 && !shortHasNoOptDefVal(arg.slice(1), fs)) {
      inFlag = true
      flags.push(arg)
      continue
    }
    if (inFlag) { inFlag = false; flags.push(arg); continue }
    if (isFlagArg(arg)) { flags.push(arg); continue }
    const next = findChild(c, arg)
    if (!next) return { ok: true, node: c, args: [...args] }
    const error = parse(c, flags)
    if (error !== undefined) return { ok: false, error }
    return traverse(next, args.slice(i + 1), parse)
  }
  return { ok: true, node: c, args: [...args] }
}

/** cobra stripFlags: the words that are neither flags nor (as far as cobra can tell) flag values. */
function stripFlags(args: readonly string[], c: CommandNode): string[] {
  const fs = flagSetOf(c)
  const commands: string[] = []
  const rest = [...args]
  while (rest.length > 0) {
    const s = rest.shift()!
    if (s === '--') break
    const longWithValue = s.startsWith('--') && !s.includes('=') && !hasNoOptDefVal(s.slice(2), fs)
    const shortWithValue = s.startsWith('-') && !s.includes('=') && s.length === 2 && !shortHasNoOptDefVal(s.slice(1), fs)
    if (longWithValue || shortWithValue) {
      if (rest.length <= 1) break
      rest.shift()
      continue
    }
    if (s !== '' && !s.startsWith('-')) commands.push(s)
  }
  return commands
}

/** cobra argsMinusFirstX: the arguments without the first occurrence of the command word x. */
function argsMinusFirstX(args: readonly string[], c: CommandNode, x: string): string[] {
  const fs = flagSetOf(c)
  for (let pos = 0; pos < args.length; pos++) {
    const s = args[pos]
    if (s === '--') break
    const longWithValue = s.startsWith('--') && !s.includes('=') && !hasNoOptDefVal(s.slice(2), fs)
    const shortWithValue = s.startsWith('-') && !s.includes('=') && s.length === 2 && !shortHasNoOptDefVal(s.slice(1), fs)
    if (longWithValue || shortWithValue) { pos++; continue }
    if (!s.startsWith('-') && s === x) return [...args.slice(0, pos), ...args.slice(pos + 1)]
  }
  return [...args]
}

/** cobra Command.Find: the deepest command the words name, and the arguments left over. */
export function find(c: CommandNode, args: readonly string[]): { node: CommandNode; args: string[] } {
  const words = stripFlags(args, c)
  if (words.length === 0) return { node: c, args: [...args] }
  const next = findChild(c, words[0])
  if (!next) return { node: c, args: [...args] }
  return find(next, argsMinusFirstX(args, c, words[0]))
}

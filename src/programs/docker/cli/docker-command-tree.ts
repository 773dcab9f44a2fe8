/** The command tree of a registry, built once: by default the sandbox's own (commands/index.ts).
 *  Invariant: a registry's tree is immutable once built, so parsing state never lives in it (see flag-set.ts). */
import { dockerRegistry } from '../commands/index'
import { buildCommandTree, type CommandNode } from './command-tree'
import type { DockerRegistry } from './define-command'

const trees = new WeakMap<DockerRegistry, CommandNode>()

export function dockerCommandTree(registry: DockerRegistry = dockerRegistry): CommandNode {
  let t = trees.get(registry)
  if (!t) { t = buildCommandTree(registry); trees.set(registry, t) }
  return t
}

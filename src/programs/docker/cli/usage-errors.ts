/** The usage error texts of docker/cli 28.2.2 (cli/required.go, cli/cobra.go FlagErrorFunc), including their
 *  quirks: "See" after "requires at least", "Run" elsewhere, the stray "SRun" after "requires at most", and the
 *  plural taken from the maximum in "requires at least 1 and at most 2 arguments".
 *  Invariant: texts have no trailing newline; the caller prints them as Go's main does (Fprintln to stderr). */
import type { ArgsRule } from './define-command'
import { commandPath, useLine, type CommandNode } from './command-tree'

const plural = (n: number) => (n === 1 ? 'argument' : 'arguments')

/** FlagErrorFunc: exit 125. */
export const flagErrorText = (n: CommandNode, message: string) =>
  `${message}\n\nUsage:  ${useLine(n)}\n\nRun '${commandPath(n)} --help' for more information`

/** The positional-argument check of a command, or undefined when the arguments fit. Exit 1. */
export function argsErrorText(n: CommandNode, rule: ArgsRule | undefined, args: readonly string[]): string | undefined {
  if (!rule) return undefined
  const path = commandPath(n)
  const usage = `\n\nUsage:  ${useLine(n)}\n\n`
  const count = args.length
  if ('none' in rule) {
    if (count === 0) return undefined
    if (n.children.length > 0) {
      return `docker: unknown command: ${path} ${args[0]}${usage}Run '${path} --help' for more information`
    }
    return `docker: '${path}' accepts no arguments${usage}Run '${path} --help' for more information`
  }
  if ('exactly' in rule) {
    if (count === rule.exactly) return undefined
    return `docker: '${path}' requires ${rule.exactly} ${plural(rule.exactly)}${usage}Run '${path} --help' for more information`
  }
  if ('min' in rule && rule.max !== undefined) {
    if (count >= rule.min && count <= rule.max) return undefined
    return `docker: '${path}' requires at least ${rule.min} and at most ${rule.max} ${plural(rule.max)}${usage}` +
      `Run '${path} --help' for more information`
  }
  if ('min' in rule) {
    if (count >= rule.min) return undefined
    return `docker: '${path}' requires at least ${rule.min} ${plural(rule.min)}${usage}See '${path} --help' for more information`
  }
  if (count <= rule.max) return undefined
  return `docker: '${path}' requires at most ${rule.max} ${plural(rule.max)}${usage}SRun '${path} --help' for more information`
}

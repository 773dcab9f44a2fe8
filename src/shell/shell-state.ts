/** The state a shell carries from command to command: variables (and which are exported), positional parameters,
 *  functions, aliases, `$?`, the working directory and `set` options. Plain data: a subshell is a copy, and
 *  nothing it changes reaches its parent. */
import type { FunctionDefinition } from './ast'

export interface ShellOptionsState {
  /** set -e */ errexit: boolean
  /** set -x */ xtrace: boolean
  /** set -f */ noglob: boolean
  /** set -u */ nounset: boolean
  /** set -o pipefail */ pipefail: boolean
  /** shopt expand_aliases: on in interactive shells (and always in ash), off in bash scripts, where `type` then
   *  does not see aliases either. */
  expandAliases: boolean
}

export interface ShellState {
  vars: Map<string, string>
  exported: Set<string>
  positional: string[]
  /** $0 */
  arg0: string
  functions: Map<string, FunctionDefinition>
  aliases: Map<string, string>
  /** $? */
  status: number
  /** The logical working directory ($PWD), which the interpreter hands to every command it runs. */
  cwd: string
  options: ShellOptionsState
}

export function createState(env: Readonly<Record<string, string>>, cwd: string, arg0: string, positional: string[], expandAliases: boolean): ShellState {
  const vars = new Map(Object.entries(env))
  vars.set('PWD', cwd)
  if (!vars.has('IFS')) vars.set('IFS', ' \t\n')
  const exported = new Set(Object.keys(env))
  exported.add('PWD')
  return {
    vars, exported, positional, arg0, functions: new Map(), aliases: new Map(), status: 0, cwd,
    options: { errexit: false, xtrace: false, noglob: false, nounset: false, pipefail: false, expandAliases },
  }
}

export function cloneState(s: ShellState): ShellState {
  return {
    vars: new Map(s.vars),
    exported: new Set(s.exported),
    positional: [...s.positional],
    arg0: s.arg0,
    functions: new Map(s.functions),
    aliases: new Map(s.aliases),
    status: s.status,
    cwd: s.cwd,
    options: { ...s.options },
  }
}

/** The environment handed to programs: the exported variables that are set. */
export function environmentOf(s: ShellState): Record<string, string> {
  const env: Record<string, string> = {}
  for (const name of s.exported) {
    const value = s.vars.get(name)
    if (value !== undefined) env[name] = value
  }
  return env
}

/** set and shift.
 *    set                     lists variables, `NAME=value`, quoted so the shell could read them back
 *    set -e -x -f -u / +…    errexit, xtrace, noglob, nounset;  set -o NAME / +o NAME (also pipefail)
 *    set -o                  lists the options;   set -- ARGS / set ARGS   replaces the positional parameters
 *    shift [n]               drops n positional parameters; status 1 when there are fewer than n */
import type { Builtin } from '../builtin'
import { quote } from '../quote'
import type { ShellOptionsState } from '../shell-state'

const LETTERS: Record<string, keyof ShellOptionsState> = { e: 'errexit', x: 'xtrace', f: 'noglob', u: 'nounset' }
const IGNORED_LETTERS = 'abhkmnpvBCEHPT'
const NAMES = new Set<string>(['errexit', 'xtrace', 'noglob', 'nounset', 'pipefail'])
const IGNORED_NAMES = new Set(['allexport', 'braceexpand', 'emacs', 'errtrace', 'functrace', 'hashall', 'histexpand', 'history',
  'ignoreeof', 'interactive-comments', 'keyword', 'monitor', 'noclobber', 'noexec', 'nolog', 'notify', 'onecmd', 'physical',
  'posix', 'privileged', 'verbose', 'vi'])

export const setBuiltin: Builtin = async (ctx) => {
  const rt = ctx.runtime
  const args = ctx.argv.slice(1)
  const options = rt.state.options
  if (args.length === 0) {
    for (const name of [...rt.state.vars.keys()].sort()) ctx.stdout.write(`${name}=${quote(rt.state.vars.get(name)!)}\n`)
    return 0
  }
  while (args.length) {
    const arg = args[0]
    if (arg === '--' || arg === '-') { args.shift(); rt.state.positional = [...args]; return 0 }
    if (!/^[-+]/.test(arg) || arg.length < 2) break
    args.shift()
    const on = arg[0] === '-'
    for (const letter of arg.slice(1)) {
      if (letter === 'o') {
        const name = args.shift()
        if (name === undefined) {
          for (const n of [...NAMES, ...IGNORED_NAMES].sort()) {
            const value = NAMES.has(n) ? options[n as keyof ShellOptionsState] : n === 'braceexpand' || n === 'hashall' || n === 'interactive-comments'
            ctx.stdout.write(on ? `${n.padEnd(15)}\t${value ? 'on' : 'off'}\n` : `set ${value ? '-' : '+'}o ${n}\n`)
          }
          continue
        }
        if (NAMES.has(name)) options[name as keyof ShellOptionsState] = on
        else if (!IGNORED_NAMES.has(name)) { ctx.error(`${name}: invalid option name`); return 1 }
        continue
      }
      if (letter in LETTERS) { options[LETTERS[letter]] = on; continue }
      if (IGNORED_LETTERS.includes(letter)) continue
      ctx.error(`${arg[0]}${letter}: invalid option`)
      ctx.stderr.write('set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n')
      return 2
    }
  }
  if (args.length) rt.state.positional = [...args]
  return 0
}

/** shopt: only expand_aliases does anything; the other options are accepted. */
export const shoptBuiltin: Builtin = async (ctx) => {
  const args = ctx.argv.slice(1)
  const flag = args[0] === '-s' || args[0] === '-u' ? args.shift() : undefined
  const options = ctx.runtime.state.options
  for (const name of args) {
    if (name === 'expand_aliases') {
      if (flag) options.expandAliases = flag === '-s'
      else ctx.stdout.write(`expand_aliases \t${options.expandAliases ? 'on' : 'off'}\n`)
    }
  }
  return 0
}

export const shiftBuiltin: Builtin = async (ctx) => {
  const s = ctx.runtime.state
  const arg = ctx.argv[1]
  if (arg !== undefined && !/^[0-9]+$/.test(arg)) {
    ctx.error(/^-[0-9]+$/.test(arg) ? `${arg}: shift count out of range` : `${arg}: numeric argument required`)
    return 1
  }
  const n = arg === undefined ? 1 : Number(arg)
  if (n > s.positional.length) return 1
  s.positional = s.positional.slice(n)
  return 0
}

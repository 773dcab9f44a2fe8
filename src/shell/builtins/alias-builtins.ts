/** alias and unalias. `alias` lists definitions sorted by name (bash `alias ll='ls -l'`, ash `ll='ls -l'`);
 *  `alias NAME=VALUE` defines; `alias NAME` prints one or fails with `alias: NAME: not found`.
 *  Aliases take effect on lines parsed after the definition, as in bash. */
import type { Builtin } from '../builtin'
import type { Dialect } from '../parse-failure'

export function formatAlias(name: string, value: string, dialect: Dialect): string {
  const quoted = `'${value.replace(/'/g, `'\\''`)}'`
  return dialect === 'ash' ? `${name}=${quoted}` : `alias ${name}=${quoted}`
}

export const aliasBuiltin: Builtin = async (ctx) => {
  const aliases = ctx.runtime.state.aliases
  const dialect = ctx.runtime.config.dialect
  const args = ctx.argv.slice(1).filter((a, i) => !(i === 0 && a === '-p'))
  if (args.length === 0) {
    for (const name of [...aliases.keys()].sort()) ctx.stdout.write(formatAlias(name, aliases.get(name)!, dialect) + '\n')
    return 0
  }
  let status = 0
  for (const arg of args) {
    const eq = arg.indexOf('=')
    if (eq > 0) { aliases.set(arg.slice(0, eq), arg.slice(eq + 1)); continue }
    const value = aliases.get(arg)
    if (value === undefined) { ctx.error(`${arg}: not found`); status = 1; continue }
    ctx.stdout.write(formatAlias(arg, value, dialect) + '\n')
  }
  return status
}

export const unaliasBuiltin: Builtin = async (ctx) => {
  const aliases = ctx.runtime.state.aliases
  const args = ctx.argv.slice(1)
  if (args[0] === '-a') { aliases.clear(); return 0 }
  if (args.length === 0) {
    ctx.stderr.write('unalias: usage: unalias [-a] name [name ...]\n')
    return 2
  }
  let status = 0
  for (const name of args) {
    if (!aliases.delete(name)) { ctx.error(`${name}: not found`); status = 1 }
  }
  return status
}

/** The builtins each dialect has. bash has declare/typeset; busybox ash does not (there they are "not found").
 *  history belongs to the interactive program, which adds it with `extraBuiltins`. */
import type { Builtin } from './builtin'
import { aliasBuiltin, unaliasBuiltin } from './builtins/alias-builtins'
import { cdBuiltin, pwdBuiltin } from './builtins/directory-builtins'
import { echoBuiltin } from './builtins/echo-builtin'
import { breakBuiltin, continueBuiltin, exitBuiltin, falseBuiltin, returnBuiltin, trueBuiltin, waitBuiltin } from './builtins/flow-builtins'
import { printfBuiltin } from './builtins/printf-builtin'
import { readBuiltin } from './builtins/read-builtin'
import { setBuiltin, shiftBuiltin, shoptBuiltin } from './builtins/set-builtins'
import { evalBuiltin, execBuiltin, letBuiltin, sourceBuiltin } from './builtins/source-builtins'
import { testBuiltin } from './builtins/test-builtin'
import { commandBuiltin, typeBuiltin } from './builtins/type-builtin'
import { declareBuiltin, exportBuiltin, localBuiltin, readonlyBuiltin, unsetBuiltin } from './builtins/variable-builtins'
import type { Dialect } from './parse-failure'

const inert: Builtin = async () => 0

const COMMON: Record<string, Builtin> = {
  ':': trueBuiltin, true: trueBuiltin, false: falseBuiltin,
  cd: cdBuiltin, pwd: pwdBuiltin, echo: echoBuiltin, printf: printfBuiltin,
  test: testBuiltin, '[': testBuiltin,
  export: exportBuiltin, unset: unsetBuiltin, local: localBuiltin, readonly: readonlyBuiltin,
  set: setBuiltin, shift: shiftBuiltin, read: readBuiltin,
  exit: exitBuiltin, return: returnBuiltin, break: breakBuiltin, continue: continueBuiltin, wait: waitBuiltin,
  alias: aliasBuiltin, unalias: unaliasBuiltin, type: typeBuiltin, command: commandBuiltin,
  source: sourceBuiltin, '.': sourceBuiltin, eval: evalBuiltin, exec: execBuiltin, let: letBuiltin,
  trap: inert, hash: inert,
}

export function defaultBuiltins(dialect: Dialect): Map<string, Builtin> {
  const table = new Map(Object.entries(COMMON))
  if (dialect === 'bash') {
    table.set('declare', declareBuiltin)
    table.set('typeset', declareBuiltin)
    table.set('shopt', shoptBuiltin)
  }
  return table
}

/** cd and pwd. The shell keeps a logical working directory ($PWD): `cd ..` goes up the path as written, not
 *  through symlinks, unless -P is given. Messages:
 *    bash  cd: nope: No such file or directory   cd: HOME not set   cd: OLDPWD not set   cd: too many arguments
 *    ash   cd: can't cd to nope: No such file or directory */
import { FsError, FS_MESSAGES } from '../../os/fs'
import type { Builtin } from '../builtin'
import { changeDirectory } from '../builtin'
import { lookupParameter } from '../runtime'
import { normalizePath, resolvePath } from '../resolve-path'

export const cdBuiltin: Builtin = async (ctx) => {
  const rt = ctx.runtime
  const args = ctx.argv.slice(1)
  let physical = false
  while (args[0] === '-L' || args[0] === '-P') physical = args.shift() === '-P'
  if (args[0] === '--') args.shift()
  const ash = rt.config.dialect === 'ash'
  if (args.length > 1 && !ash) { ctx.error('too many arguments'); return 1 }
  let print = false
  let target: string | undefined = args[0]
  if (target === undefined) {
    target = lookupParameter(rt, 'HOME')
    if (target === undefined) { ctx.error('HOME not set'); return 1 }
  } else if (target === '-') {
    target = lookupParameter(rt, 'OLDPWD')
    if (target === undefined) { ctx.error('OLDPWD not set'); return 1 }
    print = true
  }
  if (target === '') return 0
  const fs = ctx.process.fs
  let path = normalizePath(resolvePath(rt.state.cwd, target))
  const fail = (reason: string) => {
    ctx.error(ash ? `can't cd to ${target}: ${reason}` : `${target}: ${reason}`)
    return 1
  }
  try {
    const stat = fs.stat(path)
    if (!stat) return fail(FS_MESSAGES.ENOENT)
    if (stat.type !== 'dir') return fail(FS_MESSAGES.ENOTDIR)
    if (physical) path = fs.realpath(path) ?? path
  } catch (e) {
    if (e instanceof FsError) return fail(FS_MESSAGES[e.errno])
    throw e
  }
  changeDirectory(rt, path)
  if (print) ctx.stdout.write(path + '\n')
  return 0
}

export const pwdBuiltin: Builtin = async (ctx) => {
  const cwd = ctx.runtime.state.cwd
  const physical = ctx.argv.includes('-P')
  ctx.stdout.write((physical ? ctx.process.fs.realpath(cwd) ?? cwd : cwd) + '\n')
  return 0
}

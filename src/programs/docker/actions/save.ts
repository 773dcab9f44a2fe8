/** docker save: the daemon's tar (Docker ≥ 25 layout, see engine/image/image-save.ts) goes to stdout — refused when
 *  stdout is a terminal — or, with -o, to a file created with mode 0600 only once the whole archive is there (the
 *  CLI's atomic writer: a failed save leaves no file). Prints nothing on success. */
import { FsError } from '../../../os/fs'
import type { ActionContext } from './action-context'
import { imageErrorText } from './image-errors'

export interface SaveFlags { output: string }

const absolute = (cwd: string, path: string) => (path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`)

/** atomicwriter's checks on the destination, worded as the CLI wraps them. */
function destinationProblem(ctx: ActionContext, path: string): string | undefined {
  const fs = ctx.process.fs
  const slash = path.lastIndexOf('/')
  const dir = slash < 0 ? '.' : slash === 0 ? '/' : path.slice(0, slash)
  if (dir !== '.' && dir !== '..') {
    const st = fs.stat(absolute(ctx.process.cwd, dir))
    if (!st) return `invalid output path: stat ${dir}: no such file or directory`
    if (st.type !== 'dir') return `invalid output path: stat ${dir}: not a directory`
  }
  const st = fs.lstat(absolute(ctx.process.cwd, path))
  if (st?.type === 'dir') return 'cannot write to a directory'
  if (st?.type === 'symlink') return 'cannot write to a symbolic link directly'
  return undefined
}

export async function saveAction(ctx: ActionContext, images: readonly string[], flags: SaveFlags): Promise<number> {
  if (flags.output === '') {
    if (ctx.isTty) {
      ctx.stderr.write('cowardly refusing to save to a terminal. Use the -o flag or redirect\n')
      return 1
    }
  } else {
    const problem = destinationProblem(ctx, flags.output)
    if (problem) {
      ctx.stderr.write(`failed to save image: ${problem}\n`)
      return 1
    }
  }
  let tar: Uint8Array
  try {
    tar = await ctx.process.wait(ctx.api.saveImages(images))
  } catch (e) {
    ctx.stderr.write(`${imageErrorText(e)}\n`)
    return 1
  }
  if (flags.output === '') {
    ctx.stdout.write(tar)
    return 0
  }
  try {
    const path = absolute(ctx.process.cwd, flags.output)
    ctx.process.fs.writeFile(path, tar, { mode: 0o600 })
    ctx.process.fs.chmod(path, 0o600)
  } catch (e) {
    if (!(e instanceof FsError)) throw e
    ctx.stderr.write(`failed to save image: open ${flags.output}: ${e.errno === 'EACCES' ? 'permission denied' : 'no such file or directory'}\n`)
    return 1
  }
  return 0
}

/** cp and mv. A destination that is a directory receives the sources by their base names; more than one source
 *  needs one. cp copies trees with -r (symlinks inside stay symlinks), mv renames (across directories too).
 *  -i asks before overwriting, -n never overwrites, -f (mv) never asks; the last of them wins. */
import type { Stat } from '../../os/fs'
import { basename, createTool, errText, parseOptions, type Applet, type Tool } from './applet'
import { ask, isYes } from './input'

const join = (dir: string, name: string) => `${dir.replace(/\/+$/, '')}/${name}`

interface Plan { t: Tool; sources: string[]; target: string; intoDir: boolean }

/** Works out the destination of each source; prints the usage error and returns a status when there is none. */
function plan(t: Tool, operands: string[], targetDir: string | undefined, noTargetDir: boolean): Plan | number {
  if (targetDir !== undefined) {
    const st = t.p.fs.stat(t.abs(targetDir))
    if (!st || st.type !== 'dir') { t.err(t.gnu ? `target directory ${t.qa(targetDir)} does not exist` : `'${targetDir}' is not a directory`); return 1 }
    if (operands.length === 0) return t.gnu ? t.usage('missing file operand') : t.usage()
    return { t, sources: operands, target: targetDir, intoDir: true }
  }
  if (operands.length === 0) return t.gnu ? t.usage('missing file operand') : t.usage()
  if (operands.length === 1) return t.gnu ? t.usage(`missing destination file operand after ${t.qa(operands[0])}`) : t.usage()
  const target = operands[operands.length - 1]
  const st = t.p.fs.stat(t.abs(target))
  const isDir = st?.type === 'dir' && !noTargetDir
  if (operands.length > 2 && !isDir) {
    t.err(t.gnu ? `target ${t.qa(target)} is not a directory` : `'${target}' is not a directory`)
    return 1
  }
  return { t, sources: operands.slice(0, -1), target, intoDir: isDir }
}

const sameNode = (a: Stat | undefined, b: Stat | undefined, pa: string, pb: string, t: Tool) =>
  !!a && !!b && t.p.fs.realpath(pa) === t.p.fs.realpath(pb)

async function mayOverwrite(t: Tool, mode: 'i' | 'n' | 'f' | undefined, dest: string, destName: string): Promise<boolean> {
  if (!t.p.fs.lstat(dest)) return true
  if (mode === 'n') return false
  if (mode === 'i') return isYes(await ask(t.p, `${t.name}: overwrite ${t.gnu ? t.qa(destName) : `'${destName}'`}? `))
  return true
}

export const cp: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'cp', flavor)
  const o = parseOptions(t, args, {
    short: 'adfHiLnPprRst:TuvX', long: { archive: 'a', force: 'f', interactive: 'i', 'no-clobber': 'n', recursive: 'r', 'target-directory': 't:', 'no-target-directory': 'T', verbose: 'v', preserve: 'preserve?' },
  })
  if (typeof o === 'number') return o
  const pl = plan(t, o.operands, o.last('t'), o.has('T'))
  if (typeof pl === 'number') return pl
  const recursive = o.has('r') || o.has('R') || o.has('a')
  const mode = o.order.filter((k) => k === 'i' || k === 'n' || k === 'f').pop() as 'i' | 'n' | 'f' | undefined
  let status = 0
  const fail = (msg: string) => { t.err(msg); status = 1 }

  const copyFile = async (srcName: string, src: string, destName: string, dest: string, st: Stat) => {
    if (!(await mayOverwrite(t, mode, dest, destName))) return
    const existing = p.fs.stat(dest)
    if (existing?.type === 'dir') { fail(t.gnu ? `cannot overwrite directory ${t.qa(destName)} with non-directory` : `'${destName}' is a directory`); return }
    try {
      if (st.type === 'symlink') {
        if (p.fs.lstat(dest)) p.fs.unlink(dest)
        p.fs.symlink(st.target!, dest)
      } else {
        p.fs.writeFile(dest, p.fs.readFile(src), { mode: existing ? undefined : st.mode & 0o777 })
        if (st.program) p.fs.setProgram?.(dest, st.program)
      }
      if (o.has('v')) p.stdout.write(t.gnu ? `${t.qa(srcName)} -> ${t.qa(destName)}\n` : `'${srcName}' -> '${destName}'\n`)
    } catch (e) {
      fail(t.gnu ? `cannot create regular file ${t.qa(destName)}: ${errText(e)}` : `can't create '${destName}': ${errText(e)}`)
    }
  }

  const copyTree = async (srcName: string, src: string, destName: string, dest: string, top: boolean): Promise<void> => {
    // Without -r cp follows symlinks; with -r (or -P, -d, -a) it copies them as links.
    const st = (top && !recursive && !o.has('P') && !o.has('d')) || o.has('L') ? p.fs.stat(src) : p.fs.lstat(src)
    if (!st) { fail(t.gnu ? `cannot stat ${t.qa(srcName)}: No such file or directory` : `can't stat '${srcName}': No such file or directory`); return }
    if (st.type !== 'dir') return copyFile(srcName, src, destName, dest, st)
    if (!recursive) { fail(t.gnu ? (t.legacy ? `omitting directory ${t.qa(srcName)}` : `-r not specified; omitting directory ${t.qa(srcName)}`) : `omitting directory '${srcName}'`); return }
    const realSrc = p.fs.realpath(src) ?? src
    const realDestParent = p.fs.realpath(dest.replace(/\/[^/]*$/, '') || '/') ?? dest
    if (top && (realDestParent + '/').startsWith(realSrc.replace(/\/$/, '') + '/')) {
      fail(t.gnu ? `cannot copy a directory, ${t.qa(srcName)}, into itself, ${t.qa(destName)}` : `recursion detected, omitting directory '${destName}'`)
      return
    }
    const existing = p.fs.stat(dest)
    if (existing && existing.type !== 'dir') { fail(t.gnu ? `cannot overwrite non-directory ${t.qa(destName)} with directory ${t.qa(srcName)}` : `'${destName}' is not a directory`); return }
    if (!existing) {
      try { p.fs.mkdir(dest, { mode: st.mode & 0o7777 }) } catch (e) {
        fail(t.gnu ? `cannot create directory ${t.qa(destName)}: ${errText(e)}` : `can't create directory '${destName}': ${errText(e)}`)
        return
      }
      if (o.has('v')) p.stdout.write(t.gnu ? `${t.qa(srcName)} -> ${t.qa(destName)}\n` : `'${srcName}' -> '${destName}'\n`)
    }
    for (const c of p.fs.readdir(src)) await copyTree(join(srcName, c), join(src, c), join(destName, c), join(dest, c), false)
  }

  for (const s of pl.sources) {
    const src = t.abs(s)
    const destName = pl.intoDir ? join(pl.target, basename(s)) : pl.target
    const dest = t.abs(destName)
    if (sameNode(p.fs.stat(src), p.fs.stat(dest), src, dest, t) && p.fs.stat(src)?.type !== 'dir') {
      fail(t.gnu ? `${t.qa(s)} and ${t.qa(destName)} are the same file` : `'${s}' and '${destName}' are the same file`)
      continue
    }
    await copyTree(s, src, destName, dest, true)
  }
  return status
}

export const mv: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'mv', flavor)
  const o = parseOptions(t, args, { short: 'finTt:uv', long: { force: 'f', interactive: 'i', 'no-clobber': 'n', 'target-directory': 't:', 'no-target-directory': 'T', verbose: 'v' } })
  if (typeof o === 'number') return o
  const pl = plan(t, o.operands, o.last('t'), o.has('T'))
  if (typeof pl === 'number') return pl
  const mode = o.order.filter((k) => k === 'i' || k === 'n' || k === 'f').pop() as 'i' | 'n' | 'f' | undefined
  let status = 0
  const fail = (msg: string) => { t.err(msg); status = 1 }
  for (const s of pl.sources) {
    const src = t.abs(s)
    const destName = pl.intoDir ? join(pl.target, basename(s)) : pl.target
    const dest = t.abs(destName)
    const st = p.fs.lstat(src)
    if (!st) { fail(t.gnu ? `cannot stat ${t.qa(s)}: No such file or directory` : `can't rename '${s}': No such file or directory`); continue }
    const dst = p.fs.lstat(dest)
    if (dst && p.fs.realpath(src) === p.fs.realpath(dest)) {
      if (t.gnu) fail(`${t.qa(s)} and ${t.qa(destName)} are the same file`)
      continue
    }
    const realSrc = p.fs.realpath(src) ?? src
    const realDestParent = p.fs.realpath(dest.replace(/\/[^/]*$/, '') || '/') ?? dest
    if (st.type === 'dir' && (realDestParent + '/').startsWith(realSrc.replace(/\/$/, '') + '/')) {
      fail(t.gnu ? `cannot move ${t.qa(s)} to a subdirectory of itself, ${t.qa(destName)}` : `can't rename '${s}': Invalid argument`)
      continue
    }
    if (dst) {
      if (dst.type === 'dir' && st.type !== 'dir') { fail(t.gnu ? `cannot overwrite directory ${t.qa(destName)} with non-directory` : `can't rename '${s}': Is a directory`); continue }
      if (dst.type !== 'dir' && st.type === 'dir') { fail(t.gnu ? `cannot overwrite non-directory ${t.qa(destName)} with directory ${t.qa(s)}` : `can't rename '${s}': Not a directory`); continue }
      if (dst.type === 'dir' && p.fs.readdir(dest).length) { fail(t.gnu ? `cannot move ${t.qa(s)} to ${t.qa(destName)}: Directory not empty` : `can't rename '${s}': Directory not empty`); continue }
      if (!(await mayOverwrite(t, mode, dest, destName))) continue
      if (dst.type === 'dir') p.fs.rmdir(dest)
      else p.fs.unlink(dest)
    }
    try {
      p.fs.rename(src, dest)
      if (o.has('v')) p.stdout.write(t.gnu ? `${t.legacy ? '' : 'renamed '}${t.qa(s)} -> ${t.qa(destName)}\n` : `'${s}' -> '${destName}'\n`)
    } catch (e) {
      fail(t.gnu ? `cannot move ${t.qa(s)} to ${t.qa(destName)}: ${errText(e)}` : `can't rename '${s}': ${errText(e)}`)
    }
  }
  return status
}

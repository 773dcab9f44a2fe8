/** Applets that create, change and remove files: cat, mkdir, rmdir, rm, touch, chmod. (cp and mv: copy-applets.ts.)
 *  Each speaks its flavour's wording; rm -i asks its questions the way rm does (`rm: remove regular file ‘x’?`). */
import { FsError } from '../../os/fs'
import { createTool, errText, parseOptions, type Applet, type Tool } from './applet'
import { ask, isYes, plainOpenError, readInput } from './input'
import { parseMode } from './file-mode'

export const cat: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'cat', flavor)
  const o = parseOptions(t, args, { short: 'AbeEnstTuv', long: { 'show-all': 'A', 'number-nonblank': 'b', number: 'n', 'squeeze-blank': 's', 'show-ends': 'E', 'show-tabs': 'T', 'show-nonprinting': 'v' } })
  if (typeof o === 'number') return o
  const files = o.operands.length ? o.operands : ['-']
  const plain = !['A', 'b', 'e', 'E', 'n', 's', 't', 'T', 'v'].some((k) => o.has(k))
  let status = 0
  let lineNo = 0
  let lastBlank = false
  for (const f of files) {
    if (plain && f === '-') {
      for (let c = await p.stdin.read(); c !== null; c = await p.stdin.read()) p.stdout.write(c)
      continue
    }
    if (plain) {
      const path = t.abs(f)
      if (p.fs.stat(path)?.type === 'dir') { p.stderr.write(`${plainOpenError(t)(f, 'Is a directory')}\n`); status = 1; continue }
      try { p.stdout.write(p.fs.readFile(path)) } catch (e) { p.stderr.write(`${plainOpenError(t)(f, errText(e))}\n`); status = 1 }
      continue
    }
    const text = await readInput(t, f, plainOpenError(t))
    if (text === null) { status = 1; continue }
    let out = ''
    for (const piece of text.split(/(?<=\n)/)) {
      if (piece === '') continue
      const nl = piece.endsWith('\n')
      let line = nl ? piece.slice(0, -1) : piece
      const blank = line === ''
      if (o.has('s') && blank && lastBlank) continue
      lastBlank = blank
      if (o.has('A') || o.has('T') || o.has('t')) line = line.replace(/\t/g, '^I')
      if (o.has('b') ? !blank : o.has('n')) line = `${String(++lineNo).padStart(6)}\t${line}`
      if (o.has('A') || o.has('E') || o.has('e')) line += nl ? '$' : ''
      out += line + (nl ? '\n' : '')
    }
    p.stdout.write(out)
  }
  return status
}

export const mkdir: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'mkdir', flavor)
  const o = parseOptions(t, args, { short: 'm:pv', long: { mode: 'm:', parents: 'p', verbose: 'v' } })
  if (typeof o === 'number') return o
  if (o.operands.length === 0) return t.gnu ? t.usage('missing operand') : t.usage()
  let mode: number | undefined
  if (o.has('m')) {
    const m = parseMode(o.last('m')!, 0o777)
    if (m === undefined) return t.gnu ? (t.err('invalid mode ' + t.q(o.last('m')!)), 1) : (t.err(`invalid mode '${o.last('m')}'`), 1)
    mode = m
  }
  let status = 0
  for (const a of o.operands) {
    const path = t.abs(a)
    try {
      if (o.has('p')) {
        // Report the first component that is in the way, as mkdir -p does.
        const parts = a.split('/').filter(Boolean)
        let sofar = a.startsWith('/') ? '' : '.'
        for (const part of parts) {
          sofar = sofar === '.' ? part : `${sofar}/${part}`
          const st = p.fs.stat(t.abs(sofar))
          if (st && st.type !== 'dir') throw new FsError('ENOTDIR', sofar)
          if (!st) {
            p.fs.mkdir(t.abs(sofar), { mode })
            if (o.has('v')) p.stdout.write(t.gnu ? `mkdir: created directory ${t.qa(sofar)}\n` : `mkdir: created directory: '${sofar}'\n`)
          }
        }
      } else {
        p.fs.mkdir(path, { mode })
        if (o.has('v')) p.stdout.write(t.gnu ? `mkdir: created directory ${t.qa(a)}\n` : `mkdir: created directory: '${a}'\n`)
      }
    } catch (e) {
      const where = e instanceof FsError && e.errno === 'ENOTDIR' && o.has('p') ? e.path : a
      t.err(t.gnu ? `cannot create directory ${t.qa(where)}: ${errText(e)}` : `can't create directory '${where}${where !== a ? '/' : ''}': ${errText(e)}`)
      status = 1
    }
  }
  return status
}

export const rmdir: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'rmdir', flavor)
  const o = parseOptions(t, args, { short: 'pv', long: { parents: 'p', verbose: 'v', 'ignore-fail-on-non-empty': 'I' } })
  if (typeof o === 'number') return o
  if (o.operands.length === 0) return t.gnu ? t.usage('missing operand') : t.usage()
  let status = 0
  for (const a of o.operands) {
    try {
      const st = p.fs.lstat(t.abs(a))
      if (!st) throw new FsError('ENOENT', a)
      if (st.type !== 'dir') throw new FsError('ENOTDIR', a)
      p.fs.rmdir(t.abs(a))
    } catch (e) {
      if (o.has('I') && e instanceof FsError && e.errno === 'ENOTEMPTY') continue
      t.err(t.gnu ? `failed to remove ${t.qa(a)}: ${errText(e)}` : `'${a}': ${errText(e)}`)
      status = 1
    }
  }
  return status
}

function describe(t: Tool, path: string): string {
  const st = t.p.fs.lstat(path)!
  if (st.type === 'dir') return 'directory'
  if (st.type === 'symlink') return 'symbolic link'
  return st.size === 0 ? 'regular empty file' : 'regular file'
}

export const rm: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'rm', flavor)
  const o = parseOptions(t, args, { short: 'dfiIrRv', long: { force: 'f', interactive: 'interactive?', recursive: 'r', dir: 'd', verbose: 'v', 'no-preserve-root': 'N', 'preserve-root': 'P' } })
  if (typeof o === 'number') return o
  // The last of -f and -i wins.
  const last = o.order.filter((k) => k === 'f' || k === 'i' || k === 'interactive').pop()
  const force = last === 'f'
  const interactive = last === 'i' || (last === 'interactive' && o.last('interactive') !== 'never')
  const recursive = o.has('r') || o.has('R')
  if (o.operands.length === 0) {
    if (force) return 0
    return t.gnu ? t.usage('missing operand') : t.usage()
  }
  const question = async (what: string, name: string) => isYes(await ask(p, t.gnu ? `rm: ${what} ${t.qa(name)}? ` : `rm: ${what} '${name}'? `))
  let status = 0
  const fail = (name: string, msg: string) => { t.err(t.gnu ? `cannot remove ${t.qa(name)}: ${msg}` : `can't remove '${name}': ${msg}`); status = 1 }

  const remove = async (name: string, path: string): Promise<boolean> => {
    const st = p.fs.lstat(path)
    if (!st) { if (!force) fail(name, 'No such file or directory'); return false }
    if (st.type === 'dir') {
      if (!recursive && !o.has('d')) {
        if (t.gnu) fail(name, 'Is a directory')
        else { t.err(`'${name}' is a directory`); status = 1 }
        return false
      }
      const children = p.fs.readdir(path)
      if (!recursive) {
        if (children.length) { fail(name, 'Directory not empty'); return false }
      } else if (children.length) {
        if (interactive && !(await question('descend into directory', name))) return false
        let all = true
        for (const c of children) all = (await remove(`${name.replace(/\/$/, '')}/${c}`, `${path.replace(/\/$/, '')}/${c}`)) && all
        if (!all) return false
      }
      if (interactive && !(await question('remove directory', name))) return false
      try { p.fs.rmdir(path) } catch (e) { fail(name, errText(e)); return false }
      if (o.has('v')) p.stdout.write(t.gnu ? `removed directory: ${t.qa(name)}\n` : `removed directory: '${name}'\n`)
      return true
    }
    if (interactive && !(await question(t.gnu ? `remove ${describe(t, path)}` : 'remove', name))) return false
    try { p.fs.unlink(path) } catch (e) { fail(name, errText(e)); return false }
    if (o.has('v')) p.stdout.write(t.gnu ? `removed ${t.qa(name)}\n` : `removed '${name}'\n`)
    return true
  }

  for (const a of o.operands) {
    const path = t.abs(a)
    if (recursive && t.gnu && p.fs.realpath(path) === '/' && !o.has('N')) {
      t.err(`it is dangerous to operate recursively on ${t.qa('/')}`)
      t.err('use --no-preserve-root to override this failsafe')
      status = 1
      continue
    }
    const lastPart = a.replace(/\/+$/, '').split('/').pop()
    if (lastPart === '.' || lastPart === '..') {
      t.err(t.gnu ? (t.legacy ? `cannot remove directory: ${t.qa(a)}` : `refusing to remove '.' or '..' directory: skipping ${t.qa(a)}`) : `can't remove '.' or '..'`)
      status = 1
      continue
    }
    await remove(a, path)
  }
  return status
}

export const touch: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'touch', flavor)
  const o = parseOptions(t, args, { short: 'acd:fhmr:t:', long: { 'no-create': 'c', date: 'd:', reference: 'r:' } })
  if (typeof o === 'number') return o
  if (o.operands.length === 0) return t.gnu ? t.usage('missing file operand') : t.usage()
  let status = 0
  for (const a of o.operands) {
    const path = t.abs(a)
    try {
      const st = p.fs.stat(path)
      if (st?.type === 'dir') continue
      if (st) p.fs.writeFile(path, '', { append: true })
      else if (!o.has('c')) p.fs.writeFile(path, '')
    } catch (e) {
      t.err(t.gnu ? `cannot touch ${t.qa(a)}: ${errText(e)}` : `${a}: ${errText(e)}`)
      status = 1
    }
  }
  return status
}

export const chmod: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'chmod', flavor)
  // A mode like -x looks like an option: take it as the mode, as chmod does.
  const modeLike = args.findIndex((a) => /^-[rwxXst]+$/.test(a))
  const rest = modeLike >= 0 ? args.filter((_, i) => i !== modeLike) : args
  const o = parseOptions(t, rest, { short: 'cfvR', long: { changes: 'c', silent: 'f', quiet: 'f', verbose: 'v', recursive: 'R' } })
  if (typeof o === 'number') return o
  const operands = modeLike >= 0 ? [args[modeLike], ...o.operands] : o.operands
  if (operands.length === 0) return t.gnu ? t.usage('missing operand') : t.usage()
  if (operands.length === 1) return t.gnu ? t.usage(`missing operand after ${t.q(operands[0])}`) : t.usage()
  const [spec, ...files] = operands
  if (parseMode(spec, 0) === undefined) {
    if (t.gnu) return t.usage(`invalid mode: ${t.q(spec)}`)
    t.err(`invalid mode '${spec}'`)
    return 1
  }
  let status = 0
  const apply = (name: string, path: string) => {
    const st = p.fs.stat(path)
    if (!st) {
      if (!o.has('f')) t.err(t.gnu ? `cannot access ${t.qa(name)}: No such file or directory` : `${name}: No such file or directory`)
      status = 1
      return
    }
    const mode = parseMode(spec, st.mode, st.type === 'dir')!
    p.fs.chmod(path, mode)
    if (o.has('v') || (o.has('c') && mode !== (st.mode & 0o7777))) {
      p.stdout.write(`mode of ${t.qa(name)} ${mode === (st.mode & 0o7777) ? 'retained as' : 'changed from'} ${mode === (st.mode & 0o7777) ? '' : `${(st.mode & 0o7777).toString(8).padStart(4, '0')} (${symbolic(st.mode)}) to `}${mode.toString(8).padStart(4, '0')} (${symbolic(mode)})\n`)
    }
    if (o.has('R') && st.type === 'dir' && p.fs.lstat(path)?.type === 'dir') {
      for (const c of p.fs.readdir(path)) {
        if (p.fs.lstat(`${path}/${c}`)?.type !== 'symlink') apply(`${name.replace(/\/$/, '')}/${c}`, `${path.replace(/\/$/, '')}/${c}`)
      }
    }
  }
  for (const f of files) apply(f, t.abs(f))
  return status
}

function symbolic(mode: number): string {
  const bits = 'rwxrwxrwx'
  let s = ''
  for (let i = 0; i < 9; i++) s += mode & (1 << (8 - i)) ? bits[i] : '-'
  return s
}

/** find (GNU findutils and busybox): walks each starting point depth-first, in directory order, and evaluates the
 *  expression on every entry. Expression grammar:
 *    expr := and ( (-o | -or) and )*     and := unary ( [-a | -and] unary )*     unary := (! | -not) unary | primary
 *    primary := ( expr ) | -name P | -iname P | -path P | -type [fdl] | -empty | -size [+-]N[ckMG] | -maxdepth N
 *             | -mindepth N | -print | -delete | -exec cmd ... ; | -exec cmd ... {} + | -true | -false
 *  Without an action, matching entries are printed. */
import { createTool, type Applet, type Tool } from './applet'
import { globToRegex } from './glob'

type Node =
  | { k: 'and' | 'or'; a: Node; b: Node } | { k: 'not'; a: Node }
  | { k: 'test'; fn: (e: Entry) => boolean } | { k: 'print' } | { k: 'delete' }
  | { k: 'exec'; argv: string[]; batch: boolean }

interface Entry { path: string; abs: string; depth: number; type: 'file' | 'dir' | 'symlink'; size: number }

class FindSyntax extends Error {}

function parse(t: Tool, args: string[], opts: { maxdepth: number; mindepth: number }): { node: Node | undefined; hasAction: boolean } {
  let i = 0
  let hasAction = false
  const bad = (gnu: string, bb: string): never => { throw new FindSyntax(t.gnu ? gnu : bb) }
  const arg = (name: string) => {
    if (i >= args.length) bad(`missing argument to \`${name}'`, `${name} requires an argument`)
    return args[i++]
  }
  const primary = (): Node => {
    const a = args[i++]
    switch (a) {
      case '(': { const n = or(); if (args[i] !== ')') bad('invalid expression; I was expecting to find a \')\' somewhere but did not see one.', 'unrecognized: ('); i++; return n }
      case '-name': case '-iname': {
        const re = globToRegex(arg(a), a === '-iname')
        return { k: 'test', fn: (e) => re.test(e.path === '/' ? '/' : e.path.replace(/\/+$/, '').split('/').pop()!) }
      }
      case '-path': case '-wholename': { const re = globToRegex(arg(a), false, true); return { k: 'test', fn: (e) => re.test(e.path) } }
      case '-type': {
        const v = arg(a)
        const map: Record<string, Entry['type']> = { f: 'file', d: 'dir', l: 'symlink' }
        if (!map[v]) bad(`Unknown argument to -type: ${v}`, `invalid argument '${v}' to '-type'`)
        return { k: 'test', fn: (e) => e.type === map[v] }
      }
      case '-empty': return { k: 'test', fn: (e) => (e.type === 'dir' ? t.p.fs.readdir(e.abs).length === 0 : e.type === 'file' && e.size === 0) }
      case '-size': {
        const v = arg(a)
        const m = /^([+-]?)(\d+)([bckwMG]?)$/.exec(v)
        if (!m) bad(`invalid argument \`${v}' to \`-size'`, `invalid argument '${v}' to '-size'`)
        const unit = { '': 512, b: 512, c: 1, w: 2, k: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m![3]]!
        const n = Number(m![2])
        return { k: 'test', fn: (e) => { const s = Math.ceil(e.size / unit); return m![1] === '+' ? s > n : m![1] === '-' ? s < n : s === n } }
      }
      case '-maxdepth': case '-mindepth': {
        const v = arg(a)
        if (!/^\d+$/.test(v)) bad(`Expected a positive decimal integer argument to ${a}, but got \`${v}'`, `invalid number '${v}'`)
        opts[a === '-maxdepth' ? 'maxdepth' : 'mindepth'] = Number(v)
        return { k: 'test', fn: () => true }
      }
      case '-print': hasAction = true; return { k: 'print' }
      case '-delete': hasAction = true; return { k: 'delete' }
      case '-true': return { k: 'test', fn: () => true }
      case '-false': return { k: 'test', fn: () => false }
      case '-exec': case '-ok': {
        hasAction = true
        const argv: string[] = []
        while (i < args.length && args[i] !== ';' && !(args[i] === '+' && argv[argv.length - 1] === '{}')) argv.push(args[i++])
        if (i >= args.length) bad(`missing argument to \`${a}'`, `${a} requires an argument`)
        const batch = args[i++] === '+'
        return { k: 'exec', argv, batch }
      }
      default:
        if (a === undefined) bad('invalid expression', 'invalid expression')
        if (a.startsWith('-')) bad(`unknown predicate \`${a}'`, `unrecognized: ${a}`)
        return bad(`paths must precede expression: ${a}`, `unrecognized: ${a}`)
    }
  }
  const unary = (): Node => {
    if (args[i] === '!' || args[i] === '-not') { i++; return { k: 'not', a: unary() } }
    return primary()
  }
  const and = (): Node => {
    let a = unary()
    while (i < args.length && args[i] !== ')' && args[i] !== '-o' && args[i] !== '-or') {
      if (args[i] === '-a' || args[i] === '-and') i++
      a = { k: 'and', a, b: unary() }
    }
    return a
  }
  const or = (): Node => {
    let a = and()
    while (args[i] === '-o' || args[i] === '-or') { i++; a = { k: 'or', a, b: and() } }
    return a
  }
  const node = args.length ? or() : undefined
  if (i < args.length) bad(`paths must precede expression: ${args[i]}`, `unrecognized: ${args[i]}`)
  return { node, hasAction }
}

export const find: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'find', flavor)
  let k = 0
  while (k < args.length && (args[k] === '-H' || args[k] === '-L' || args[k] === '-P')) k++
  const starts: string[] = []
  while (k < args.length && !(args[k].startsWith('-') && args[k].length > 1) && args[k] !== '(' && args[k] !== '!') starts.push(args[k++])
  if (starts.length === 0) starts.push('.')
  const opts = { maxdepth: Infinity, mindepth: 0 }
  let parsed: ReturnType<typeof parse>
  try { parsed = parse(t, args.slice(k), opts) } catch (e) {
    if (!(e instanceof FindSyntax)) throw e
    if (!t.gnu && e.message.startsWith('unrecognized')) return t.usage(e.message)
    t.err(e.message)
    return 1
  }
  const { node, hasAction } = parsed
  let status = 0
  const batches = new Map<Node, string[]>()

  const run = async (argv: string[]) => {
    const code = await p.spawn(argv)
    if (code !== 0) status = 1
    return code === 0
  }
  const evaluate = async (n: Node | undefined, e: Entry): Promise<boolean> => {
    if (!n) return true
    switch (n.k) {
      case 'and': return (await evaluate(n.a, e)) && evaluate(n.b, e)
      case 'or': return (await evaluate(n.a, e)) || evaluate(n.b, e)
      case 'not': return !(await evaluate(n.a, e))
      case 'test': return n.fn(e)
      case 'print': p.stdout.write(`${e.path}\n`); return true
      case 'delete':
        try { if (e.type === 'dir') p.fs.rmdir(e.abs); else p.fs.unlink(e.abs) } catch {
          t.err(t.gnu ? `cannot delete ${t.q(e.path)}: Directory not empty` : `rmdir '${e.path}': Directory not empty`); status = 1
        }
        return true
      case 'exec':
        if (n.batch) { batches.set(n, [...(batches.get(n) ?? []), e.path]); return true }
        return run(n.argv.map((a) => a.replace(/\{\}/g, e.path)))
    }
  }
  const walk = async (path: string, abs: string, depth: number) => {
    p.checkpoint()
    const st = p.fs.lstat(abs)
    if (!st) {
      t.err(t.gnu ? `${t.q(path)}: No such file or directory` : `${path}: No such file or directory`)
      status = 1
      return
    }
    const e: Entry = { path, abs, depth, type: st.type, size: st.size }
    const children = st.type === 'dir' && depth < opts.maxdepth ? p.fs.readdir(abs) : []
    if (depth >= opts.mindepth) {
      // -delete implies -depth: children first.
      if (!hasDelete(node)) {
        const hit = await evaluate(node, e)
        if (hit && !hasAction) p.stdout.write(`${path}\n`)
      }
    }
    for (const c of children) await walk(path === '/' ? `/${c}` : `${path.replace(/\/$/, '')}/${c}`, `${abs.replace(/\/$/, '')}/${c}`, depth + 1)
    if (depth >= opts.mindepth && hasDelete(node)) {
      const hit = await evaluate(node, e)
      if (hit && !hasAction) p.stdout.write(`${path}\n`)
    }
  }
  for (const s of starts) await walk(s, t.abs(s), 0)
  for (const [n, paths] of batches) if (n.k === 'exec') await run([...n.argv.slice(0, -1), ...paths])
  return status
}

function hasDelete(n: Node | undefined): boolean {
  if (!n) return false
  if (n.k === 'delete') return true
  if (n.k === 'and' || n.k === 'or') return hasDelete(n.a) || hasDelete(n.b)
  if (n.k === 'not') return hasDelete(n.a)
  return false
}

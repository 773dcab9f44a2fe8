/** xargs: builds command lines from standard input. Items are split on blanks and newlines, with quotes and
 *  backslashes honoured (or on newlines only with -d '\n', on NULs with -0); -n N items a command, -I R one line a
 *  command with R replaced, -r runs nothing for empty input (busybox and GNU both run once by default), -t echoes.
 *  Exit 123 when a command failed, 127 when it was not found. */
import { readAllText } from '../../os/stream'
import { createTool, parseOptions, type Applet } from './applet'

function splitItems(text: string): string[] | { error: string } {
  const items: string[] = []
  let cur = ''
  let has = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1)
      const nl = text.indexOf('\n', i + 1)
      if (end < 0 || (nl >= 0 && nl < end)) return { error: `unmatched ${c === '"' ? 'double' : 'single'} quote; by default quotes are special to xargs unless you use the -0 option` }
      cur += text.slice(i + 1, end)
      has = true
      i = end
    } else if (c === '\\' && i + 1 < text.length) { cur += text[++i]; has = true }
    else if (/\s/.test(c)) { if (has) items.push(cur); cur = ''; has = false }
    else { cur += c; has = true }
  }
  if (has) items.push(cur)
  return items
}

export const xargs: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'xargs', flavor)
  const o = parseOptions(t, args, { short: '0d:E:I:L:n:prs:tx', long: { null: '0', delimiter: 'd:', 'max-args': 'n:', 'no-run-if-empty': 'r', verbose: 't', replace: 'I:' }, inOrder: true })
  if (typeof o === 'number') return o
  const command = o.operands.length ? o.operands : ['echo']
  const text = await readAllText(p.stdin)
  let items: string[]
  if (o.has('0')) items = text.split('\0').filter((x, i, all) => x !== '' || i < all.length - 1)
  else if (o.has('d')) {
    const d = o.last('d')!.replace(/^\\n$/, '\n').replace(/^\\t$/, '\t')
    items = text.split(d)
    if (items[items.length - 1] === '' || items[items.length - 1] === '\n') items.pop()
  } else if (o.has('I')) items = text.split('\n').filter((l) => l.trim() !== '').map((l) => l.replace(/^\s+/, ''))
  else {
    const r = splitItems(text)
    if ('error' in r) { t.err(r.error); return 1 }
    items = r
  }
  const runs: string[][] = []
  if (o.has('I')) {
    const r = o.last('I')!
    for (const it of items) runs.push(command.map((a) => a.split(r).join(it)))
  } else {
    const n = o.has('n') ? Number(o.last('n')) : o.has('L') ? Number(o.last('L')) : Infinity
    if (!(n > 0)) { t.err(t.gnu ? `value ${o.last('n')} for -n option should be >= 1` : `invalid number '${o.last('n')}'`); return 1 }
    for (let i = 0; i < items.length; i += n === Infinity ? items.length : n) runs.push([...command, ...items.slice(i, i + (n === Infinity ? items.length : n))])
    if (items.length === 0 && !o.has('r')) runs.push([...command])
  }
  let status = 0
  for (const argv of runs) {
    if (o.has('t')) p.stderr.write(`${argv.join(' ')}\n`)
    if (!p.which(argv[0])) { t.err(`${argv[0]}: No such file or directory`); return 127 }
    const code = await p.spawn(argv)
    if (code === 255) { t.err(`${argv[0]}: exited with status 255; aborting`); return 124 }
    if (code > 128) { t.err(`${argv[0]}: terminated by signal ${code - 128}`); return 125 }
    if (code !== 0) status = 123
  }
  return status
}

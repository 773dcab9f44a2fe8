/** grep (GNU grep 2.20 on CentOS, busybox's on alpine): basic, extended (-E) and fixed (-F) patterns; -i -v -w -x
 *  -n -c -l -L -o -q -s -h -H -r -e -A -B -C. Exit 0 when a line matched, 1 when none did, 2 on an error.
 *  On a terminal GNU grep colours matches, as CentOS's `grep --color=auto` alias does. */
import { createTool, errText, parseOptions, type Applet } from './applet'
import { chunkText, readAllText } from '../../os/stream'
import { compilePosix, escapeRegex, posixToJs, RegexError } from './posix-regex'
import { splitLines } from './input'

const MUSL_REGERROR: Record<string, string> = { 'Unmatched [ or [^': "Missing ']'", 'Unmatched ( or \\(': "Missing ')'", 'Unmatched ) or \\)': "Missing ')'" }

export const grep: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'grep', flavor, 2)
  const o = parseOptions(t, args, {
    short: 'A:B:C:cEe:f:FGHhiIlLm:noqRrsvwxyz',
    long: {
      'extended-regexp': 'E', 'fixed-strings': 'F', 'basic-regexp': 'G', regexp: 'e:', file: 'f:', 'ignore-case': 'i', 'invert-match': 'v',
      'word-regexp': 'w', 'line-regexp': 'x', count: 'c', color: 'color?', colour: 'color?', 'files-with-matches': 'l', 'files-without-match': 'L',
      'max-count': 'm:', 'only-matching': 'o', quiet: 'q', silent: 'q', 'no-messages': 's', 'with-filename': 'H', 'no-filename': 'h',
      'line-number': 'n', recursive: 'r', 'dereference-recursive': 'R', 'after-context': 'A:', 'before-context': 'B:', context: 'C:', include: 'include:', exclude: 'exclude:',
    },
  })
  if (typeof o === 'number') return o
  const operands = [...o.operands]
  let patterns: string[] = []
  if (o.has('e') || o.has('f')) {
    for (const e of o.values.get('e') ?? []) patterns.push(...e.split('\n'))
    for (const f of o.values.get('f') ?? []) {
      try { patterns.push(...splitLines(p.fs.readText(t.abs(f)))) } catch (e) { t.err(`${f}: ${errText(e)}`); return 2 }
    }
  } else {
    if (operands.length === 0) {
      if (!t.gnu) return t.usage()
      p.stderr.write(`Usage: grep [OPTION]... ${t.legacy ? 'PATTERN' : 'PATTERNS'} [FILE]...\nTry 'grep --help' for more information.\n`)
      return 2
    }
    patterns = operands.shift()!.split('\n')
  }
  const extended = o.has('E') || p.argv[0].endsWith('egrep')
  const ignoreCase = o.has('i') || o.has('y')
  let re: RegExp
  try {
    const sources = patterns.map((pat) => (o.has('F') ? escapeRegex(pat) : posixToJs(pat, extended)))
    let body = sources.length === 1 ? sources[0] : sources.map((s) => `(?:${s})`).join('|')
    if (o.has('x')) body = `^(?:${body})$`
    else if (o.has('w')) body = `(?<![A-Za-z0-9_])(?:${body})(?![A-Za-z0-9_])`
    re = new RegExp(body, ignoreCase ? 'gi' : 'g')
    if (!o.has('F')) for (const pat of patterns) compilePosix(pat, { extended })
  } catch (e) {
    const msg = e instanceof RegexError ? e.message : 'Invalid regular expression'
    if (t.gnu) t.err(msg)
    else t.err(`bad regex '${patterns.join('\n')}': ${MUSL_REGERROR[msg] ?? 'Invalid regexp'}`)
    return 2
  }
  const recursive = o.has('r') || o.has('R')
  const files = operands.length ? operands : recursive ? ['.'] : ['-']
  const omitDotSlash = recursive && operands.length === 0 && t.gnu
  const showNames = o.has('H') || (!o.has('h') && (files.length > 1 || recursive))
  const colorOpt = o.last('color')
  const color = t.gnu && (colorOpt === undefined ? p.isatty(1) : colorOpt === 'always' || (colorOpt === 'auto' && p.isatty(1)))
  const paint = (s: string, c: string) => (color ? `\x1b[${c}m\x1b[K${s}\x1b[m\x1b[K` : s)
  const sep = (c: string) => paint(c, '36')
  const after = Number(o.last('A') ?? o.last('C') ?? 0)
  const before = Number(o.last('B') ?? o.last('C') ?? 0)
  const max = o.has('m') ? Number(o.last('m')) : Infinity
  let matchedAny = false
  let error = false
  let printedGroup = false

  const search = (name: string, text: string): boolean => {
    const lines = splitLines(text)
    let count = 0
    let lastPrinted = -1
    let afterLeft = 0
    const prefix = (i: number, s: string) => (showNames ? paint(name, '35') + sep(s) : '') + (o.has('n') ? paint(String(i + 1), '32') + sep(s) : '')
    for (let i = 0; i < lines.length && count < max; i++) {
      re.lastIndex = 0
      const hit = re.test(lines[i]) !== o.has('v')
      if (!hit) {
        if (afterLeft > 0 && !o.has('c') && !o.has('l') && !o.has('L') && !o.has('q')) { p.stdout.write(`${prefix(i, '-')}${lines[i]}\n`); lastPrinted = i; afterLeft-- }
        continue
      }
      count++
      if (o.has('q') || o.has('l') || o.has('L') || o.has('c')) continue
      if ((before || after) && printedGroup && lastPrinted >= 0 && i - before > lastPrinted + 1) p.stdout.write(`${sep('--')}\n`)
      else if ((before || after) && printedGroup && lastPrinted < 0 && i - before > 0) p.stdout.write(`${sep('--')}\n`)
      for (let b = Math.max(lastPrinted + 1, i - before); b < i; b++) p.stdout.write(`${prefix(b, '-')}${lines[b]}\n`)
      if (o.has('o') && !o.has('v')) {
        re.lastIndex = 0
        for (const m of lines[i].matchAll(re)) if (m[0] !== '') p.stdout.write(`${prefix(i, ':')}${paint(m[0], '01;31')}\n`)
      } else {
        const shown = color && !o.has('v') ? lines[i].replace(re, (m) => (m ? paint(m, '01;31') : m)) : lines[i]
        p.stdout.write(`${prefix(i, ':')}${shown}\n`)
      }
      printedGroup = true
      lastPrinted = i
      afterLeft = after
    }
    if (o.has('c')) p.stdout.write(`${showNames ? paint(name, '35') + sep(':') : ''}${count}\n`)
    if (o.has('l') && count) p.stdout.write(`${paint(name, '35')}\n`)
    if (o.has('L') && !count) p.stdout.write(`${paint(name, '35')}\n`)
    return count > 0
  }

  const visit = async (name: string, path: string, top: boolean): Promise<void> => {
    if (o.has('q') && matchedAny) return
    if (name === '-' && top) { matchedAny = search(t.gnu ? '(standard input)' : '(standard input)', await readAllText(p.stdin)) || matchedAny; return }
    const st = top || o.has('R') ? p.fs.stat(path) : p.fs.lstat(path)
    if (!st) { if (!o.has('s')) t.err(`${name}: No such file or directory`); error = true; return }
    if (st.type === 'symlink') return
    if (st.type === 'dir') {
      if (!recursive) {
        if (t.gnu && !o.has('s')) { t.err(`${name}: Is a directory`); error = true }
        return
      }
      for (const c of p.fs.readdir(path).sort()) {
        const childName = omitDotSlash && name === '.' ? c : `${name.replace(/\/$/, '')}/${c}`
        await visit(childName, `${path.replace(/\/$/, '')}/${c}`, false)
      }
      return
    }
    const include = o.last('include')
    if (include && !top && !new RegExp(`^${escapeRegex(include).replace(/\\\*/g, '.*').replace(/\\\?/g, '.')}$`).test(name.split('/').pop()!)) return
    let text: string
    try { text = chunkText(p.fs.readFile(path)) } catch (e) { if (!o.has('s')) t.err(`${name}: ${errText(e)}`); error = true; return }
    if (search(name, text)) matchedAny = true
  }

  for (const f of files) await visit(f, f === '-' ? '-' : t.abs(f), true)
  if (o.has('q') && matchedAny) return 0
  return error ? 2 : matchedAny ? 0 : 1
}

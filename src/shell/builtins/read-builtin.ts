/** read [-r] [-p PROMPT] [-d DELIM] [-s] [-t N] [NAME...]: reads one line and splits it over the names with IFS,
 *  the last name taking the rest of the line. Without -r a backslash quotes the next character and a trailing
 *  backslash joins the next line. No name: the line goes to REPLY as it is. Status 1 at end of input.
 *  The prompt is written to stderr only when reading from a terminal, as bash does. */
import type { Builtin } from '../builtin'
import { DEFAULT_IFS } from '../field-splitting'
import { readLine } from '../line-reader'
import { isValidName, lookupParameter, setVariable } from '../runtime'

type Char = { ch: string; escaped: boolean }

export const readBuiltin: Builtin = async (ctx) => {
  const rt = ctx.runtime
  const args = ctx.argv.slice(1)
  let raw = false
  let prompt = ''
  let delimiter = '\n'
  while (args.length && /^-[a-zA-Z]/.test(args[0])) {
    const flags = args.shift()!.slice(1)
    for (let i = 0; i < flags.length; i++) {
      const f = flags[i]
      if (f === 'r') raw = true
      else if (f === 's' || f === 'e') continue
      else if ('pdtnNau'.includes(f)) {
        const value = flags.slice(i + 1) || args.shift() || ''
        if (f === 'p') prompt = value
        if (f === 'd') delimiter = value.slice(0, 1) || '\0'
        break
      } else {
        ctx.error(`-${f}: invalid option`)
        ctx.stderr.write('read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n')
        return 2
      }
    }
  }
  const names = args.length ? args : ['REPLY']
  for (const name of names) if (!isValidName(name)) { ctx.error(`\`${name}': not a valid identifier`); return 1 }
  if (prompt && ctx.stdin === ctx.process.stdin && ctx.process.isatty(0)) ctx.stderr.write(prompt)

  const chars: Char[] = []
  let complete = false
  let sawInput = false
  for (;;) {
    const result = await readLine(ctx.stdin, delimiter)
    if (!result) break
    sawInput = true
    complete = result.complete
    const text = result.line
    let joined = false
    for (let i = 0; i < text.length; i++) {
      if (!raw && text[i] === '\\') {
        if (i + 1 < text.length) { chars.push({ ch: text[++i], escaped: true }); continue }
        if (complete) { joined = true; break }
        continue
      }
      chars.push({ ch: text[i], escaped: false })
    }
    if (!joined) break
  }
  if (!args.length) {
    setVariable(rt, 'REPLY', chars.map((c) => c.ch).join(''))
    return sawInput && complete ? 0 : 1
  }
  const ifs = lookupParameter(rt, 'IFS') ?? DEFAULT_IFS
  const isWhite = (c: Char) => !c.escaped && ifs.includes(c.ch) && ' \t\n'.includes(c.ch)
  const isDelim = (c: Char) => !c.escaped && ifs.includes(c.ch)
  let i = 0
  while (i < chars.length && isWhite(chars[i])) i++
  names.forEach((name, k) => {
    if (k === names.length - 1) {
      let end = chars.length
      while (end > i && isWhite(chars[end - 1])) end--
      setVariable(rt, name, chars.slice(i, end).map((c) => c.ch).join(''))
      i = chars.length
      return
    }
    let value = ''
    while (i < chars.length && !isDelim(chars[i])) value += chars[i++].ch
    while (i < chars.length && isWhite(chars[i])) i++
    if (i < chars.length && isDelim(chars[i])) { i++; while (i < chars.length && isWhite(chars[i])) i++ }
    setVariable(rt, name, value)
  })
  return sawInput && complete ? 0 : 1
}

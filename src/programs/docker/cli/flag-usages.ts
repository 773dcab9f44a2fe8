/** pflag's FlagUsagesWrapped: the "Options:" block. Flags sorted by name, the description column at the longest
 *  `  -x, --name type` plus two, descriptions wrapped to `cols` with pflag's rules (a 5-column slop that avoids a
 *  short last line, a block on the next line when fewer than 24 columns remain, embedded newlines kept).
 *  Invariant: byte-for-byte what pflag v1.0.6 prints for ASCII usage texts (pflag measures bytes). */
import type { FlagSpec } from './flag-set'

function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, '']
  const head = s.slice(0, i)
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'))
  if (w <= 0) return [s, '']
  const nl = head.lastIndexOf('\n')
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)]
  return [s.slice(0, w), s.slice(w + 1)]
}

/** pflag wrap(i, w, s): the first line is indented by the caller. */
function wrap(i: number, w: number, s: string): string {
  if (w === 0) return s.replaceAll('\n', '\n' + ' '.repeat(i))
  let width = w - i
  let r = ''
  if (width < 24) {
    i = 16
    width = w - i
    r += '\n' + ' '.repeat(i)
  }
  if (width < 24) return s.replaceAll('\n', r)
  const slop = 5
  width -= slop
  let [l, rest] = wrapN(width, slop, s)
  r += l.replaceAll('\n', '\n' + ' '.repeat(i))
  while (rest !== '') {
    ;[l, rest] = wrapN(width, slop, rest)
    r += '\n' + ' '.repeat(i) + l.replaceAll('\n', '\n' + ' '.repeat(i))
  }
  return r
}

/** pflag UnquoteUsage: a `backquoted` word in the usage names the value; otherwise the type does. */
function unquoteUsage(f: FlagSpec): [string, string] {
  const m = /`([^`]*)`/.exec(f.usage)
  if (m && f.usage.indexOf('`') === m.index) {
    return [m[1], f.usage.slice(0, m.index) + m[1] + f.usage.slice(m.index + m[0].length)]
  }
  return [f.type === 'bool' ? '' : f.type, f.usage]
}

export function flagUsagesWrapped(flags: readonly FlagSpec[], cols: number): string {
  const sorted = [...flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const lines: [string, string][] = []
  let maxlen = 0
  for (const f of sorted) {
    if (f.hidden) continue
    let head = f.short && !f.shorthandDeprecated ? `  -${f.short}, --${f.name}` : `      --${f.name}`
    const [varname, usage] = unquoteUsage(f)
    if (varname) head += ' ' + varname
    if (f.noOptDefVal !== undefined && !(f.type === 'bool' && f.noOptDefVal === 'true')) {
      head += f.type === 'string' ? `[="${f.noOptDefVal}"]` : `[=${f.noOptDefVal}]`
    }
    maxlen = Math.max(maxlen, head.length + 1)
    let text = usage
    if (f.defaultText !== undefined) text += ` (default ${f.defaultText})`
    if (f.deprecated) text += ` (DEPRECATED: ${f.deprecated})`
    lines.push([head, text])
  }
  return lines
    .map(([head, text]) => head + ' ' + ' '.repeat(maxlen - head.length) + ' ' + wrap(maxlen + 2, cols, text) + '\n')
    .join('')
}

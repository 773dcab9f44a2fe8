/** fnmatch(3) patterns as find uses them (no FNM_PATHNAME, no FNM_PERIOD): `*` and `?` match any character,
 *  `/` and a leading dot included; `[...]` and `[!...]` are classes; a backslash quotes. */
export function globToRegex(pattern: string, ignoreCase = false, _path = false): RegExp {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*') out += '.*'
    else if (c === '?') out += '.'
    else if (c === '\\' && i + 1 < pattern.length) out += pattern[++i].replace(/[\\^$.*+?()[\]{}|/]/, '\\$&')
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end < 0) { out += '\\['; continue }
      let body = pattern.slice(i + 1, end)
      if (body.startsWith('!')) body = '^' + body.slice(1)
      out += `[${body.replace(/\\/g, '\\\\')}]`
      i = end
    } else out += c.replace(/[\\^$.*+?()[\]{}|/]/, '\\$&')
  }
  return new RegExp(`^${out}$`, ignoreCase ? 'is' : 's')
}

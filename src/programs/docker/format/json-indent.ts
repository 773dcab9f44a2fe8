/** Go's json.Indent, which the CLI applies to the daemon's raw inspect bodies: a newline and `indent` per level,
 *  `": "` after keys, empty arrays and objects kept as `[]` and `{}`, and every byte inside strings (escapes such
 *  as \u003c included) left exactly as the daemon wrote it. */
export function jsonIndent(src: string, indent = '    '): string {
  let out = ''
  let depth = 0
  let inString = false
  let needIndent = false
  const newline = () => `\n${indent.repeat(depth)}`
  for (let i = 0; i < src.length; i++) {
    const c = src[i]
    if (inString) {
      out += c
      if (c === '\\') out += src[++i]
      else if (c === '"') inString = false
      continue
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue
    if (needIndent && c !== ']' && c !== '}') {
      needIndent = false
      depth++
      out += newline()
    }
    switch (c) {
      case '{': case '[':
        out += c
        needIndent = true
        break
      case ',':
        out += c + newline()
        break
      case ':':
        out += ': '
        break
      case '}': case ']':
        if (needIndent) needIndent = false
        else { depth--; out += newline() }
        out += c
        break
      case '"':
        inString = true
        out += c
        break
      default:
        out += c
    }
  }
  return out
}

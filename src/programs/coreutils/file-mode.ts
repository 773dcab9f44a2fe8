/** chmod's mode grammar: an octal number, or clauses `[ugoa]*([-+=]([rwxXst]*|[ugo]))+` joined by commas.
 *  Returns the new permission bits for a file that has `current`, or undefined when the text is not a mode. */
export function parseMode(text: string, current: number, isDir = false): number | undefined {
  if (/^[0-7]+$/.test(text)) return text.length <= 4 ? parseInt(text, 8) : undefined
  let mode = current & 0o7777
  for (const clause of text.split(',')) {
    const m = /^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]))+)$/.exec(clause)
    if (!m) return undefined
    const who = m[1] === '' ? 'a' : m[1]
    let mask = 0
    if (/[ua]/.test(who)) mask |= 0o4700
    if (/[ga]/.test(who)) mask |= 0o2070
    if (/[oa]/.test(who)) mask |= 0o1007
    for (const op of m[2].match(/[-+=](?:[rwxXst]*|[ugo])/g)!) {
      const perms = op.slice(1)
      let bits = 0
      if (/^[ugo]$/.test(perms)) {
        const src = perms === 'u' ? (mode >> 6) & 7 : perms === 'g' ? (mode >> 3) & 7 : mode & 7
        bits = (src << 6) | (src << 3) | src
      } else {
        for (const c of perms) {
          if (c === 'r') bits |= 0o444
          else if (c === 'w') bits |= 0o222
          else if (c === 'x') bits |= 0o111
          else if (c === 'X') { if (isDir || mode & 0o111) bits |= 0o111 }
          else if (c === 's') bits |= 0o6000
          else if (c === 't') bits |= 0o1000
        }
      }
      // Without a `who`, the umask (022) keeps group/other write off for + and =.
      const umask = m[1] === '' ? 0o022 : 0
      const effective = bits & mask & ~umask
      if (op[0] === '+') mode |= effective
      else if (op[0] === '-') mode &= ~(bits & mask)
      else mode = (mode & ~(mask & 0o777) & ~(isDir ? 0 : mask & 0o6000)) | effective
    }
  }
  return mode
}

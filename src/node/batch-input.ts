/** Batch-mode input lines: plain text is typed and followed by Enter; `^C`, `^D` and `^P^Q` send control keys. */
export function keysForLine(line: string): { keys: string; control: boolean } {
  if (line === '^C') return { keys: '\x03', control: true }
  if (line === '^D') return { keys: '\x04', control: true }
  if (line === '^P^Q') return { keys: '\x10\x11', control: true }
  return { keys: `${line}\r`, control: false }
}

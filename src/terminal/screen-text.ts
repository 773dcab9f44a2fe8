/** The terminal's final text, the same way in Node (@xterm/headless) and the browser (@xterm/xterm): every line of
 *  scrollback and screen in order, wrapped rows joined back into logical lines, trailing spaces trimmed, trailing
 *  empty lines dropped. Colours are not part of the buffer text, so they are stripped by construction. */
export interface BufferLike {
  length: number
  getLine(y: number): { isWrapped: boolean; translateToString(trimRight?: boolean): string } | undefined
}

export function screenText(buffer: BufferLike): string {
  const lines: string[] = []
  for (let y = 0; y < buffer.length; y++) {
    const line = buffer.getLine(y)
    if (!line) continue
    // Untrimmed: a row that wraps on is full, and its last cells may be spaces of the logical line.
    const text = line.translateToString(false)
    if (line.isWrapped && lines.length) lines[lines.length - 1] += text
    else lines.push(text)
  }
  while (lines.length && lines[lines.length - 1].trimEnd() === '') lines.pop()
  return lines.map((l) => l.trimEnd()).join('\n')
}

/** The editor's character widths as an xterm.js Unicode version provider, so the terminal draws exactly the
 *  columns the editor counts (xterm.js's built-in table is Unicode 6, where emoji are narrow). Register it with
 *  `term.unicode.register(unicodeProvider); term.unicode.activeVersion = unicodeProvider.version` (the Terminal
 *  needs `allowProposedApi: true`); it works the same for @xterm/xterm and @xterm/headless.
 *
 *  charProperties packs what xterm.js wants to know of a code point into a number: bit 0 "joins the previous
 *  cell", bits 1-2 the width. A zero-width character joins the character before it, keeping that one's width. */
import { charWidth } from './char-width'

const JOINS = 1
const widthOf = (properties: number): number => (properties >> 1) & 3

export const unicodeProvider = {
  version: 'docker-sandbox',
  wcwidth: charWidth,
  charProperties(codePoint: number, preceding: number): number {
    const width = charWidth(codePoint)
    if (width === 0 && preceding !== 0 && widthOf(preceding) > 0) return (widthOf(preceding) << 1) | JOINS
    return width << 1
  },
} as const

/** How many terminal columns a character takes, wcwidth-style: East Asian Wide and Fullwidth characters (CJK,
 *  Hangul, fullwidth forms, emoji with emoji presentation) take 2, combining marks and format characters take 0,
 *  control characters take 0, everything else 1. The table follows Unicode 11+ East_Asian_Width, which is what
 *  xterm.js uses once its unicode11 addon is active; with xterm.js's default (Unicode 6) emoji would be narrow.
 */

/** Wide blocks that are not emoji (emoji with emoji presentation are found with the regex below). */
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x2329, 0x232a], // angle brackets
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
  [0x3041, 0x3247], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, enclosed CJK
  [0x3250, 0x4dbf], // enclosed CJK, CJK compatibility, CJK extension A
  [0x4e00, 0xa4c6], // CJK unified ideographs, Yi
  [0xa960, 0xa97c], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6b], // CJK compatibility forms, small form variants
  [0xff01, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x16fe0, 0x1b2ff], // Tangut, Khitan, Nushu, Kana supplement
  [0x1f200, 0x1f265], // enclosed ideographic supplement
  [0x20000, 0x3fffd], // CJK extensions B and later, planes 2 and 3
]

const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u
const REGIONAL_INDICATOR_FIRST = 0x1f1e6
const REGIONAL_INDICATOR_LAST = 0x1f1ff

function inWideRange(cp: number): boolean {
  let lo = 0
  let hi = WIDE_RANGES.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [first, last] = WIDE_RANGES[mid]
    if (cp < first) hi = mid - 1
    else if (cp > last) lo = mid + 1
    else return true
  }
  return false
}

/** Columns taken by one code point: 0, 1 or 2. */
export function charWidth(codePoint: number): 0 | 1 | 2 {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0
  if (codePoint < 0x7f) return 1
  if (codePoint === 0xad) return 1 // soft hyphen: a format character that terminals still draw
  if (codePoint >= 0x1160 && codePoint <= 0x11ff) return 0 // Hangul medial vowels and final consonants
  const ch = String.fromCodePoint(codePoint)
  if (ZERO_WIDTH.test(ch)) return 0
  if (inWideRange(codePoint)) return 2
  if (codePoint >= REGIONAL_INDICATOR_FIRST && codePoint <= REGIONAL_INDICATOR_LAST) return 1
  return EMOJI_PRESENTATION.test(ch) ? 2 : 1
}

/** Columns taken by a string of printable text (no escape sequences). */
export function stringWidth(text: string): number {
  let width = 0
  for (const ch of text) width += charWidth(ch.codePointAt(0) ?? 0)
  return width
}

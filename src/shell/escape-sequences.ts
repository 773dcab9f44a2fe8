/** Backslash escape sequences, in the four flavours bash has:
 *    dollar   $'…'            \a \b \e \E \f \n \r \t \v \\ \' \" \? \nnn \xHH \uHHHH \UHHHHHHHH \cX
 *    echo     echo -e         \a \b \c \e \E \f \n \r \t \v \\ \0nnn \xHH \uHHHH \UHHHHHHHH   (\nnn is not octal)
 *    format   printf FORMAT   like dollar but \c is kept, and \" is a quote
 *    percent-b  printf %b     like echo, but both \nnn and \0nnn are octal
 *  An unknown escape keeps its backslash. `\c` (echo, %b) stops all further output: `stopped` tells the caller. */

export type EscapeFlavour = 'dollar' | 'echo' | 'format' | 'percent-b'

const SIMPLE: Record<string, string> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\',
}

const isOctal = (c: string | undefined) => c !== undefined && c >= '0' && c <= '7'
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c)

export function decodeEscapes(text: string, flavour: EscapeFlavour): { text: string; stopped: boolean } {
  let out = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c !== '\\' || i + 1 >= text.length) { out += c; i++; continue }
    const e = text[i + 1]
    i += 2
    if (e in SIMPLE) { out += SIMPLE[e]; continue }
    if (e === 'c') {
      if (flavour === 'echo' || flavour === 'percent-b') return { text: out, stopped: true }
      if (flavour === 'dollar' && i < text.length) {
        out += String.fromCharCode(text.charCodeAt(i) & 0x1f)
        i++
        continue
      }
      out += '\\c'
      continue
    }
    if ((e === "'" || e === '"' || e === '?') && (flavour === 'dollar' || (flavour === 'format' && e === '"'))) {
      out += e
      continue
    }
    if (isOctal(e)) {
      const zeroLed = e === '0' && (flavour === 'echo' || flavour === 'percent-b')
      if (flavour === 'echo' && !zeroLed) { out += '\\' + e; continue }
      let digits = zeroLed ? '' : e
      const max = 3
      while (digits.length < max && isOctal(text[i]) && (zeroLed || digits.length < 3)) { digits += text[i]; i++ }
      out += String.fromCharCode(parseInt(digits || '0', 8) & 0xff)
      continue
    }
    if (e === 'x' && isHex(text[i])) {
      let digits = ''
      while (digits.length < 2 && isHex(text[i])) { digits += text[i]; i++ }
      out += String.fromCharCode(parseInt(digits, 16))
      continue
    }
    if ((e === 'u' || e === 'U') && isHex(text[i])) {
      let digits = ''
      const max = e === 'u' ? 4 : 8
      while (digits.length < max && isHex(text[i])) { digits += text[i]; i++ }
      const code = parseInt(digits, 16)
      out += code <= 0x10ffff ? String.fromCodePoint(code) : ''
      continue
    }
    out += '\\' + e
  }
  return { text: out, stopped: false }
}

/** The lexer of Go 1.24's text/template/parse, state function for state function, so that its errors
 *  (`unclosed action`, `bad character U+0021 '!'`, `unterminated quoted string`…) and trim markers behave the same.
 *
 *    text    := anything up to "{{" ; "{{- " trims the spaces before it, " -}}" the spaces after
 *    action  := "{{" [comment | tokens] "}}" ; comment := "/*" … "*\/"
 *    tokens  := field .A | variable $x | identifier | keyword | number | "string" | `raw` | 'c' | ( ) | := = , .
 *
 *  Positions are JS string indices; errors convert them to Go's byte offsets when they print them. */
import { formatRuneU, goQuote } from './go-template-fmt'

export type ItemType =
  | 'error' | 'bool' | 'char' | 'charConstant' | 'comment' | 'complex' | 'assign' | 'declare' | 'eof' | 'field'
  | 'identifier' | 'leftDelim' | 'leftParen' | 'number' | 'pipe' | 'rawString' | 'rightDelim' | 'rightParen'
  | 'space' | 'string' | 'text' | 'variable'
  // keywords
  | 'block' | 'break' | 'continue' | 'dot' | 'define' | 'else' | 'end' | 'if' | 'nil' | 'range' | 'template' | 'with'

export interface Item {
  readonly typ: ItemType
  readonly pos: number
  readonly val: string
  readonly line: number
}

const KEYWORDS: Readonly<Record<string, ItemType>> = {
  '.': 'dot', block: 'block', break: 'break', continue: 'continue', define: 'define', else: 'else', end: 'end',
  if: 'if', range: 'range', nil: 'nil', template: 'template', with: 'with',
}

export const isKeyword = (t: ItemType): boolean => Object.values(KEYWORDS).includes(t)

/** item.String(): how a token appears in `unexpected … in …`. */
export function itemString(i: Item): string {
  if (i.typ === 'eof') return 'EOF'
  if (i.typ === 'error') return i.val
  if (isKeyword(i.typ)) return `<${i.val}>`
  const runes = [...i.val]
  if (runes.length > 10) return goQuote(runes.slice(0, 10).join('')) + '...'
  return goQuote(i.val)
}

const EOF = -1
const SPACE_CHARS = ' \t\r\n'
const isSpace = (r: number) => r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a
const LETTER = /\p{L}/u
const DIGIT = /\p{Nd}/u
const isAlphaNumeric = (r: number) => {
  if (r === 0x5f) return true
  if (r < 0) return false
  const ch = String.fromCodePoint(r)
  return LETTER.test(ch) || DIGIT.test(ch)
}
const isPrintAscii = (r: number) => r >= 0x20 && r < 0x7f

const trimRightLength = (s: string) => s.length - s.replace(/[ \t\r\n]+$/, '').length
const trimLeftLength = (s: string) => s.length - s.replace(/^[ \t\r\n]+/, '').length
const hasLeftTrimMarker = (s: string) => s.length >= 2 && s[0] === '-' && SPACE_CHARS.includes(s[1])
const hasRightTrimMarker = (s: string) => s.length >= 2 && SPACE_CHARS.includes(s[0]) && s[1] === '-'
const countNewlines = (s: string) => s.split('\n').length - 1

type StateFn = (l: Lexer) => StateFn | null

export interface LexOptions {
  emitComment: boolean
  breakOK: boolean
  continueOK: boolean
}

export class Lexer {
  pos = 0
  start = 0
  atEOF = false
  parenDepth = 0
  line = 1
  startLine = 1
  item: Item = { typ: 'eof', pos: 0, val: 'EOF', line: 1 }
  insideAction = false
  options: LexOptions = { emitComment: false, breakOK: true, continueOK: true }

  constructor(
    public input: string,
    readonly leftDelim = '{{',
    readonly rightDelim = '}}',
  ) {}

  next(): number {
    if (this.pos >= this.input.length) {
      this.atEOF = true
      return EOF
    }
    const r = this.input.codePointAt(this.pos)!
    this.pos += r > 0xffff ? 2 : 1
    if (r === 0x0a) this.line++
    return r
  }

  peek(): number {
    const r = this.next()
    this.backup()
    return r
  }

  backup(): void {
    if (!this.atEOF && this.pos > 0) {
      const lo = this.input.charCodeAt(this.pos - 1)
      const w = lo >= 0xdc00 && lo <= 0xdfff && this.pos >= 2 && (this.input.charCodeAt(this.pos - 2) & 0xfc00) === 0xd800 ? 2 : 1
      this.pos -= w
      if (lo === 0x0a) this.line--
    }
  }

  thisItem(typ: ItemType): Item {
    const i = { typ, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine }
    this.start = this.pos
    this.startLine = this.line
    return i
  }

  emit(typ: ItemType): StateFn | null {
    return this.emitItem(this.thisItem(typ))
  }

  emitItem(i: Item): StateFn | null {
    this.item = i
    return null
  }

  ignore(): void {
    this.line += countNewlines(this.input.slice(this.start, this.pos))
    this.start = this.pos
    this.startLine = this.line
  }

  accept(valid: string): boolean {
    const r = this.next()
    if (r !== EOF && valid.includes(String.fromCodePoint(r))) return true
    this.backup()
    return false
  }

  acceptRun(valid: string): void {
    for (;;) {
      const r = this.next()
      if (r === EOF || !valid.includes(String.fromCodePoint(r))) break
    }
    this.backup()
  }

  errorf(message: string): StateFn | null {
    this.item = { typ: 'error', pos: this.start, val: message, line: this.startLine }
    this.start = 0
    this.pos = 0
    this.input = ''
    return null
  }

  nextItem(): Item {
    this.item = { typ: 'eof', pos: this.pos, val: 'EOF', line: this.startLine }
    let state: StateFn | null = this.insideAction ? lexInsideAction : lexText
    while (state) state = state(this)
    return this.item
  }

  atRightDelim(): { delim: boolean; trimSpaces: boolean } {
    const rest = this.input.slice(this.pos)
    if (hasRightTrimMarker(rest) && rest.slice(2).startsWith(this.rightDelim)) return { delim: true, trimSpaces: true }
    if (rest.startsWith(this.rightDelim)) return { delim: true, trimSpaces: false }
    return { delim: false, trimSpaces: false }
  }

  atTerminator(): boolean {
    const r = this.peek()
    if (isSpace(r)) return true
    if (r === EOF || '.,|:)('.includes(String.fromCodePoint(r))) return true
    return this.input.startsWith(this.rightDelim, this.pos)
  }

  scanNumber(): boolean {
    this.accept('+-')
    let digits = '0123456789_'
    if (this.accept('0')) {
      if (this.accept('xX')) digits = '0123456789abcdefABCDEF_'
      else if (this.accept('oO')) digits = '01234567_'
      else if (this.accept('bB')) digits = '01_'
    }
    this.acceptRun(digits)
    if (this.accept('.')) this.acceptRun(digits)
    if (digits.length === 11 && this.accept('eE')) {
      this.accept('+-')
      this.acceptRun('0123456789_')
    }
    if (digits.length === 23 && this.accept('pP')) {
      this.accept('+-')
      this.acceptRun('0123456789_')
    }
    this.accept('i')
    if (isAlphaNumeric(this.peek())) {
      this.next()
      return false
    }
    return true
  }
}

const lexText: StateFn = (l) => {
  const x = l.input.indexOf(l.leftDelim, l.pos)
  if (x >= 0) {
    if (x > l.pos) {
      l.pos = x
      let trimLength = 0
      const delimEnd = l.pos + l.leftDelim.length
      if (hasLeftTrimMarker(l.input.slice(delimEnd))) trimLength = trimRightLength(l.input.slice(l.start, l.pos))
      l.pos -= trimLength
      l.line += countNewlines(l.input.slice(l.start, l.pos))
      const i = l.thisItem('text')
      l.pos += trimLength
      l.ignore()
      if (i.val.length > 0) return l.emitItem(i)
    }
    return lexLeftDelim
  }
  l.pos = l.input.length
  if (l.pos > l.start) {
    l.line += countNewlines(l.input.slice(l.start, l.pos))
    return l.emit('text')
  }
  return l.emit('eof')
}

const lexLeftDelim: StateFn = (l) => {
  l.pos += l.leftDelim.length
  const trimSpace = hasLeftTrimMarker(l.input.slice(l.pos))
  const afterMarker = trimSpace ? 2 : 0
  if (l.input.startsWith('/*', l.pos + afterMarker)) {
    l.pos += afterMarker
    l.ignore()
    return lexComment
  }
  const i = l.thisItem('leftDelim')
  l.insideAction = true
  l.pos += afterMarker
  l.ignore()
  l.parenDepth = 0
  return l.emitItem(i)
}

const lexComment: StateFn = (l) => {
  l.pos += 2
  const x = l.input.indexOf('*/', l.pos)
  if (x < 0) return l.errorf('unclosed comment')
  l.pos = x + 2
  const { delim, trimSpaces } = l.atRightDelim()
  if (!delim) return l.errorf('comment ends before closing delimiter')
  l.line += countNewlines(l.input.slice(l.start, l.pos))
  const i = l.thisItem('comment')
  if (trimSpaces) l.pos += 2
  l.pos += l.rightDelim.length
  if (trimSpaces) l.pos += trimLeftLength(l.input.slice(l.pos))
  l.ignore()
  if (l.options.emitComment) return l.emitItem(i)
  return lexText
}

const lexRightDelim: StateFn = (l) => {
  const { trimSpaces } = l.atRightDelim()
  if (trimSpaces) {
    l.pos += 2
    l.ignore()
  }
  l.pos += l.rightDelim.length
  const i = l.thisItem('rightDelim')
  if (trimSpaces) {
    l.pos += trimLeftLength(l.input.slice(l.pos))
    l.ignore()
  }
  l.insideAction = false
  return l.emitItem(i)
}

const lexInsideAction: StateFn = (l) => {
  if (l.atRightDelim().delim) {
    if (l.parenDepth === 0) return lexRightDelim
    return l.errorf('unclosed left paren')
  }
  const r = l.next()
  if (r === EOF) return l.errorf('unclosed action')
  if (isSpace(r)) {
    l.backup()
    return lexSpace
  }
  const ch = String.fromCodePoint(r)
  switch (ch) {
    case '=': return l.emit('assign')
    case ':':
      if (l.next() !== 0x3d) return l.errorf('expected :=')
      return l.emit('declare')
    case '|': return l.emit('pipe')
    case '"': return lexQuote
    case '`': return lexRawQuote
    case '$': return lexVariable
    case "'": return lexChar
    case '(':
      l.parenDepth++
      return l.emit('leftParen')
    case ')':
      l.parenDepth--
      if (l.parenDepth < 0) return l.errorf('unexpected right paren')
      return l.emit('rightParen')
  }
  if (ch === '.') {
    if (l.pos < l.input.length) {
      const c = l.input[l.pos]
      if (c < '0' || c > '9') return lexField
    }
  }
  if (ch === '.' || ch === '+' || ch === '-' || (ch >= '0' && ch <= '9')) {
    l.backup()
    return lexNumber
  }
  if (isAlphaNumeric(r)) {
    l.backup()
    return lexIdentifier
  }
  if (isPrintAscii(r)) return l.emit('char')
  return l.errorf(`unrecognized character in action: ${formatRuneU(r)}`)
}

const lexSpace: StateFn = (l) => {
  let numSpaces = 0
  while (isSpace(l.peek())) {
    l.next()
    numSpaces++
  }
  if (hasRightTrimMarker(l.input.slice(l.pos - 1)) && l.input.startsWith(l.rightDelim, l.pos + 1)) {
    l.backup()
    if (numSpaces === 1) return lexRightDelim
  }
  return l.emit('space')
}

const lexIdentifier: StateFn = (l) => {
  for (;;) {
    const r = l.next()
    if (isAlphaNumeric(r)) continue
    l.backup()
    const word = l.input.slice(l.start, l.pos)
    if (!l.atTerminator()) return l.errorf(`bad character ${formatRuneU(r)}`)
    const key = KEYWORDS[word]
    if (key && key !== 'dot') {
      if ((key === 'break' && !l.options.breakOK) || (key === 'continue' && !l.options.continueOK)) return l.emit('identifier')
      return l.emit(key)
    }
    if (word[0] === '.') return l.emit('field')
    if (word === 'true' || word === 'false') return l.emit('bool')
    return l.emit('identifier')
  }
}

const lexField: StateFn = (l) => lexFieldOrVariable(l, 'field')

const lexVariable: StateFn = (l) => {
  if (l.atTerminator()) return l.emit('variable')
  return lexFieldOrVariable(l, 'variable')
}

function lexFieldOrVariable(l: Lexer, typ: 'field' | 'variable'): StateFn | null {
  if (l.atTerminator()) return l.emit(typ === 'variable' ? 'variable' : 'dot')
  let r: number
  for (;;) {
    r = l.next()
    if (!isAlphaNumeric(r)) {
      l.backup()
      break
    }
  }
  if (!l.atTerminator()) return l.errorf(`bad character ${formatRuneU(r)}`)
  return l.emit(typ)
}

function lexQuoted(l: Lexer, quote: number, typ: ItemType, message: string): StateFn | null {
  for (;;) {
    let r = l.next()
    if (r === 0x5c) {
      r = l.next()
      if (r !== EOF && r !== 0x0a) continue
      return l.errorf(message)
    }
    if (r === EOF || r === 0x0a) return l.errorf(message)
    if (r === quote) break
  }
  return l.emit(typ)
}

const lexChar: StateFn = (l) => lexQuoted(l, 0x27, 'charConstant', 'unterminated character constant')
const lexQuote: StateFn = (l) => lexQuoted(l, 0x22, 'string', 'unterminated quoted string')

const lexRawQuote: StateFn = (l) => {
  for (;;) {
    const r = l.next()
    if (r === EOF) return l.errorf('unterminated raw quoted string')
    if (r === 0x60) break
  }
  return l.emit('rawString')
}

const lexNumber: StateFn = (l) => {
  if (!l.scanNumber()) return l.errorf(`bad number syntax: ${goQuote(l.input.slice(l.start, l.pos))}`)
  const sign = l.peek()
  if (sign === 0x2b || sign === 0x2d) {
    if (!l.scanNumber() || l.input[l.pos - 1] !== 'i') return l.errorf(`bad number syntax: ${goQuote(l.input.slice(l.start, l.pos))}`)
    return l.emit('complex')
  }
  return l.emit('number')
}

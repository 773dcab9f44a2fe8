/** Parses shell source into a Script, reporting `incomplete` (more lines could finish it) apart from `error`.
 *  parse() never throws: failures come back as data. Grammar (compound commands in compound-parser.ts, simple
 *  commands and redirections in simple-command-parser.ts, [[ ]] in conditional-parser.ts):
 *
 *  program      = { newline } { line }
 *  line         = and-or { (";" | "&") and-or } [";" | "&"] (newline | end)
 *  compound-list= { newline } and-or { (";" | "&" | newline) { newline } and-or } [separator]   (ends at a terminator)
 *  and-or       = pipeline { ("&&" | "||") { newline } pipeline }
 *  pipeline     = ["!"] command { ("|" | "|&") { newline } command }
 *  command      = compound { redirect } | function | simple
 *  simple       = { assignment | redirect } [ word { word | redirect } ]     assignment = NAME ["+"] "=" word
 *  function     = NAME "(" ")" { newline } compound | "function" NAME ["(" ")"] { newline } compound
 *  redirect     = [fd] redirect-op word            (for "<<" and "<<-" the word is the here-document's delimiter)
 *
 *  Reserved words are recognised only where a command may start. An alias is expanded when its name is the first
 *  word of a command (the source is spliced, as bash re-reads the alias text); each alias at most once per word. */
import type { AndOr, Command, Pipeline, Redirect, Script, Word } from './ast'
import { expandAlias } from './alias-expansion'
import { parseCompound, parseFunctionKeyword } from './compound-parser'
import type { ParseFailure, TokenKind } from './parse-failure'
import { incomplete, SyntaxFailure, unexpected } from './parse-failure'
import type { NestedParser, SourceCursor } from './source-cursor'
import { createCursor } from './source-cursor'
import { parseRedirects, parseSimple } from './simple-command-parser'
import type { Token } from './tokenizer'
import { nextToken, REDIRECT_OPS } from './tokenizer'
import { readArithmeticText } from './word-reader'

export interface ParseOptions {
  aliases?: ReadonlyMap<string, string>
  /** Whether `time` before a pipeline is a keyword (bash) or a program (busybox). */
  timeKeyword?: boolean
}

export type ParseResult =
  | { status: 'ok'; script: Script }
  | { status: 'incomplete'; failure: Extract<ParseFailure, { kind: 'incomplete' }> }
  | { status: 'error'; failure: Extract<ParseFailure, { kind: 'error' }> }

/** Words that end a compound list and so cannot start a command. */
const CLOSERS = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}', 'in'])
const OPENERS = new Set(['{', 'if', 'for', 'while', 'until', 'case', '[['])
export const RESERVED_WORDS: ReadonlySet<string> = new Set([...CLOSERS, ...OPENERS, '!', 'in', 'function', '[[', ']]'])

export interface Parser {
  readonly cursor: SourceCursor
  readonly options: ParseOptions
  peek(): Token
  next(): Token
  /** End offset of the last token taken with next(). */
  readonly lastEnd: number
  skipNewlines(): void
  /** The failure for meeting `t` here: `incomplete` at the end of input, else `unexpected`. */
  fail(t: Token, expecting?: string): SyntaxFailure
  expectKeyword(word: string): Token
  compoundList(terminators: readonly string[], options?: { allowEmpty?: boolean; quote?: boolean }): Script
  command(): Command
  /** Redirections after a compound command. */
  redirects(): Redirect[]
}

const isKeyword = (t: Token, word: string) => t.type === 'word' && t.literal === word

function tokenText(t: Token): { text: string; kind: TokenKind } {
  if (t.type === 'newline' || t.type === 'eof') return { text: 'newline', kind: 'newline' }
  // bash names `2>&1` by its descriptor number, which it reads as a word of its own.
  if (t.type === 'op') return { text: t.fd === null ? t.op : String(t.fd), kind: REDIRECT_OPS.has(t.op) ? 'redirection' : 'operator' }
  const keyword = t.literal !== null && RESERVED_WORDS.has(t.literal)
  return { text: t.word.raw, kind: keyword ? 'keyword' : 'word' }
}

function createParserOn(cursor: SourceCursor, options: ParseOptions): Parser {
  let peeked: Token | null = null
  let lastEnd = 0
  const p: Parser = {
    cursor,
    options,
    peek: () => (peeked ??= nextToken(cursor)),
    next() {
      const t = p.peek()
      peeked = null
      lastEnd = t.end
      return t
    },
    get lastEnd() { return lastEnd },
    skipNewlines() { while (p.peek().type === 'newline') p.next() },
    fail(t, expecting = '') {
      if (t.type === 'eof') return incomplete(expecting, t.line)
      const { text, kind } = tokenText(t)
      return unexpected(text, kind, t.line, expecting)
    },
    expectKeyword(word) {
      const t = p.next()
      if (!isKeyword(t, word)) throw p.fail(t, word)
      return t
    },
    compoundList: (terminators, o = {}) => parseCompoundList(p, terminators, o.allowEmpty ?? false, o.quote ?? false),
    command: () => parseCommand(p),
    redirects: () => parseRedirects(p),
  }
  return p
}

function nestedParser(options: ParseOptions): NestedParser {
  const nested: NestedParser = {
    commandSubstitution(cursor) {
      const line = cursor.line
      try {
        const sub = createParserOn(cursor, options)
        const body = sub.compoundList([')'], { allowEmpty: true, quote: true })
        const t = sub.next()
        if (t.type === 'op' && t.op === ')') return body
        throw t.type === 'eof' ? incomplete(')', t.line, true) : sub.fail(t)
      } catch (e) {
        // Whatever is left open inside, it is the $( that the end of input leaves unmatched.
        if (e instanceof SyntaxFailure && e.failure.kind === 'incomplete' && !e.failure.quote) throw incomplete(')', Math.max(line, e.failure.line), true)
        throw e
      }
    },
    backquoted(text) {
      // Lines count from the backquoted text itself, as in bash's `command substitution: line 1: …`.
      const sub = createParserOn(createCursor(text, nested), options)
      const items: Script['items'] = []
      try {
        for (let next = parseLine(sub); next; next = parseLine(sub)) items.push(...next.items)
      } catch (e) {
        if (!(e instanceof SyntaxFailure)) throw e
        return { body: { items: [] }, failure: e.failure }
      }
      return { body: { items } }
    },
  }
  return nested
}

/** Parses the next line (one or more and-or lists up to a newline), or returns null at the end of input. */
function parseLine(p: Parser): Script | null {
  p.skipNewlines()
  if (p.peek().type === 'eof') return null
  const items: Script['items'] = []
  for (;;) {
    const command = parseAndOr(p)
    const t = p.peek()
    if (t.type === 'op' && (t.op === ';' || t.op === '&')) {
      p.next()
      items.push({ command, background: t.op === '&' })
      const after = p.peek()
      if (after.type === 'newline') { p.next(); return { items } }
      if (after.type === 'eof') return { items }
      continue
    }
    items.push({ command, background: false })
    if (t.type === 'newline') { p.next(); return { items } }
    if (t.type === 'eof') return { items }
    throw p.fail(t)
  }
}

function parseCompoundList(p: Parser, terminators: readonly string[], allowEmpty: boolean, quote: boolean): Script {
  const isTerminator = (t: Token) =>
    (t.type === 'word' && t.literal !== null && terminators.includes(t.literal)) ||
    (t.type === 'op' && terminators.includes(t.op))
  const items: Script['items'] = []
  p.skipNewlines()
  for (;;) {
    const t = p.peek()
    if (t.type === 'eof') throw incomplete(terminators[0] ?? '', t.line, quote)
    if (isTerminator(t)) break
    const command = parseAndOr(p)
    const sep = p.peek()
    if (sep.type === 'op' && (sep.op === ';' || sep.op === '&')) {
      p.next()
      items.push({ command, background: sep.op === '&' })
      p.skipNewlines()
      continue
    }
    items.push({ command, background: false })
    if (sep.type === 'newline') { p.skipNewlines(); continue }
    if (isTerminator(sep) || sep.type === 'eof') continue
    throw p.fail(sep)
  }
  if (items.length === 0 && !allowEmpty) throw p.fail(p.peek())
  return { items }
}

function parseAndOr(p: Parser): AndOr {
  const first = parsePipeline(p, p.options)
  const rest: AndOr['rest'] = []
  for (;;) {
    const t = p.peek()
    if (t.type !== 'op' || (t.op !== '&&' && t.op !== '||')) return { first, rest }
    p.next()
    p.skipNewlines()
    rest.push({ op: t.op, pipeline: parsePipeline(p, p.options) })
  }
}

/** Where a pipeline after `!` may be empty (bash accepts `! ;` and a lone `!`). */
const endsPipeline = (t: Token) => t.type === 'newline' || t.type === 'eof' || (t.type === 'op' && t.op === ';')

function parsePipeline(p: Parser, options: ParseOptions): Pipeline {
  let timed: Pipeline['timed'] = null
  if (options.timeKeyword && isKeyword(p.peek(), 'time')) {
    p.next()
    timed = 'bash'
    if (isKeyword(p.peek(), '-p')) { p.next(); timed = 'posix' }
  }
  let negate = false
  while (isKeyword(p.peek(), '!')) {
    p.next()
    negate = !negate
    if (endsPipeline(p.peek())) return { timed, negate, commands: [], withStderr: [] }
  }
  const commands = [p.command()]
  const withStderr: boolean[] = []
  for (;;) {
    const t = p.peek()
    if (t.type !== 'op' || (t.op !== '|' && t.op !== '|&')) return { timed, negate, commands, withStderr }
    p.next()
    withStderr.push(t.op === '|&')
    p.skipNewlines()
    commands.push(p.command())
  }
}

function parseCommand(p: Parser): Command {
  expandAlias(p)
  const t = p.peek()
  if (t.type === 'eof') throw incomplete('', t.line)
  if (t.type === 'op') {
    if (t.op === '(') return parseCompound(p)
    if (!REDIRECT_OPS.has(t.op)) throw p.fail(t)
    return parseSimple(p)
  }
  if (t.type === 'newline') throw p.fail(t)
  if (t.literal !== null) {
    if (OPENERS.has(t.literal)) return parseCompound(p)
    if (t.literal === 'function') return parseFunctionKeyword(p)
    if (CLOSERS.has(t.literal) || t.literal === '!') throw p.fail(t)
  }
  return parseSimple(p)
}

function failureResult(e: unknown): ParseResult {
  // Nesting deep enough to exhaust the stack (a thousand `$(`) is reported rather than thrown.
  if (e instanceof RangeError) return { status: 'error', failure: { kind: 'error', token: '(nesting too deep)', tokenKind: 'word', expecting: '', line: 1 } }
  if (!(e instanceof SyntaxFailure)) throw e
  const f = e.failure
  return f.kind === 'incomplete' ? { status: 'incomplete', failure: f } : { status: 'error', failure: f }
}

/** Parses a whole text. */
export function parse(source: string, options: ParseOptions = {}): ParseResult {
  try {
    const p = createParserOn(createCursor(source, nestedParser(options)), options)
    const items: Script['items'] = []
    for (let line = parseLine(p); line; line = parseLine(p)) items.push(...line.items)
    return { status: 'ok', script: { items } }
  } catch (e) {
    return failureResult(e)
  }
}

/** Text in which only $ expansions and ` count, like a here-document body (prompts): null if it cannot parse. */
export function parseTemplate(text: string): Word | null {
  try {
    return readArithmeticText(text, nestedParser({}), 1)
  } catch (e) {
    if (e instanceof SyntaxFailure) return null
    throw e
  }
}

export type ParseStep = { status: 'ok'; script: Script | null } | Exclude<ParseResult, { status: 'ok' }>

/** Parses a text one line at a time, so each line can run before the next is parsed (aliases defined on one
 *  line apply to the next, and a syntax error further down does not stop earlier lines). */
export function createLineParser(source: string, options: ParseOptions = {}): { next(): ParseStep; readonly line: number } {
  const cursor = createCursor(source, nestedParser(options))
  const p = createParserOn(cursor, options)
  return {
    next() {
      try {
        return { status: 'ok', script: parseLine(p) }
      } catch (e) {
        return failureResult(e) as ParseStep
      }
    },
    get line() { return cursor.line },
  }
}

/** Parses shell source into a Script, reporting `incomplete` (more lines could finish it) apart from `error`.
 *  parse() never throws: failures come back as data. Grammar (compound commands in compound-parser.ts):
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
import type { AndOr, Assignment, Command, Pipeline, Redirect, RedirectOp, Script, SimpleCommand, Word, WordPart } from './ast'
import { parseCompound, parseFunctionKeyword, parseFunctionRest } from './compound-parser'
import type { ParseFailure, TokenKind } from './parse-failure'
import { incomplete, SyntaxFailure, unexpected } from './parse-failure'
import type { NestedParser, SourceCursor } from './source-cursor'
import { createCursor } from './source-cursor'
import type { Token } from './tokenizer'
import { nextToken, REDIRECT_OPS } from './tokenizer'

export interface ParseOptions {
  aliases?: ReadonlyMap<string, string>
}

export type ParseResult =
  | { status: 'ok'; script: Script }
  | { status: 'incomplete'; failure: Extract<ParseFailure, { kind: 'incomplete' }> }
  | { status: 'error'; failure: Extract<ParseFailure, { kind: 'error' }> }

/** Words that end a compound list and so cannot start a command. */
const CLOSERS = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}'])
const OPENERS = new Set(['{', 'if', 'for', 'while', 'until', 'case'])
export const RESERVED_WORDS: ReadonlySet<string> = new Set([...CLOSERS, ...OPENERS, '!', 'in', 'function', '[[', ']]'])

export interface Parser {
  readonly cursor: SourceCursor
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
  if (t.type === 'op') return { text: t.op, kind: REDIRECT_OPS.has(t.op) ? 'redirection' : 'operator' }
  const keyword = t.literal !== null && RESERVED_WORDS.has(t.literal)
  return { text: t.word.raw, kind: keyword ? 'keyword' : 'word' }
}

function createParserOn(cursor: SourceCursor, options: ParseOptions): Parser {
  let peeked: Token | null = null
  let lastEnd = 0
  const p: Parser = {
    cursor,
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
    command: () => parseCommand(p, options),
    redirects: () => parseRedirects(p),
  }
  return p
}

function nestedParser(options: ParseOptions): NestedParser {
  const nested: NestedParser = {
    commandSubstitution(cursor) {
      const sub = createParserOn(cursor, options)
      const body = sub.compoundList([')'], { allowEmpty: true, quote: true })
      const t = sub.next()
      if (t.type === 'op' && t.op === ')') return body
      throw t.type === 'eof' ? incomplete(')', t.line, true) : sub.fail(t)
    },
    backquoted(text, line) {
      const sub = createParserOn(createCursor(text, nested, { line, synthetic: false }), options)
      const items: Script['items'] = []
      for (let next = parseLine(sub); next; next = parseLine(sub)) items.push(...next.items)
      return { items }
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
  const first = parsePipeline(p)
  const rest: AndOr['rest'] = []
  for (;;) {
    const t = p.peek()
    if (t.type !== 'op' || (t.op !== '&&' && t.op !== '||')) return { first, rest }
    p.next()
    p.skipNewlines()
    rest.push({ op: t.op, pipeline: parsePipeline(p) })
  }
}

function parsePipeline(p: Parser): Pipeline {
  let negate = false
  if (isKeyword(p.peek(), '!')) { p.next(); negate = true }
  const commands = [p.command()]
  const withStderr: boolean[] = []
  for (;;) {
    const t = p.peek()
    if (t.type !== 'op' || (t.op !== '|' && t.op !== '|&')) return { negate, commands, withStderr }
    p.next()
    withStderr.push(t.op === '|&')
    p.skipNewlines()
    commands.push(p.command())
  }
}

function expandAlias(p: Parser, options: ParseOptions): void {
  const aliases = options.aliases
  if (!aliases || aliases.size === 0) return
  const seen = new Set<string>()
  for (;;) {
    const t = p.peek()
    if (t.type !== 'word' || t.literal === null || seen.has(t.literal)) return
    const value = aliases.get(t.literal)
    if (value === undefined) return
    seen.add(t.literal)
    p.next() // drops the peeked name: the spliced text is read again from where the name started
    const c = p.cursor
    c.source = c.source.slice(0, t.start) + value + c.source.slice(t.end)
    if (c.syntheticEnd >= t.end) c.syntheticEnd += value.length - (t.end - t.start)
    c.pos = t.start
    c.line = t.line
  }
}

function parseCommand(p: Parser, options: ParseOptions): Command {
  expandAlias(p, options)
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
    if (CLOSERS.has(t.literal)) throw p.fail(t)
  }
  return parseSimple(p)
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/

/** `NAME=value` as the parser sees it: the name must be plain unquoted text up to the `=`. */
export function asAssignment(word: Word): Assignment | null {
  const first = word.parts[0]
  if (!first || first.type !== 'literal') return null
  const m = ASSIGNMENT.exec(first.text)
  if (!m) return null
  const restText = first.text.slice(m[0].length)
  const rest: WordPart[] = restText ? [{ type: 'literal', text: restText }, ...word.parts.slice(1)] : word.parts.slice(1)
  const head = rest[0]
  if (head && head.type === 'literal' && head.text.startsWith('~')) {
    const tilde = /^~([A-Za-z0-9._-]*|[+-])(?=\/|:|$)/.exec(head.text)
    if (tilde && (head.text.length > tilde[0].length || rest.length === 1)) {
      const after = head.text.slice(tilde[0].length)
      rest.splice(0, 1, { type: 'tilde', user: tilde[1] }, ...(after ? [{ type: 'literal' as const, text: after }] : []))
    }
  }
  return { name: m[1], append: m[2] === '+', value: { parts: rest, raw: word.raw.slice(m[0].length) } }
}

function parseRedirect(p: Parser): Redirect {
  const t = p.next()
  if (t.type !== 'op' || !REDIRECT_OPS.has(t.op)) throw p.fail(t)
  const target = p.next()
  if (target.type !== 'word') throw target.type === 'eof' ? unexpected('newline', 'newline', target.line) : p.fail(target)
  const redirect: Redirect = { fd: t.fd, op: t.op as RedirectOp, target: target.word, heredoc: null }
  if (t.op === '<<' || t.op === '<<-') p.cursor.heredocs.push(redirect)
  return redirect
}

function parseRedirects(p: Parser): Redirect[] {
  const redirects: Redirect[] = []
  for (let t = p.peek(); t.type === 'op' && REDIRECT_OPS.has(t.op); t = p.peek()) redirects.push(parseRedirect(p))
  return redirects
}

function parseSimple(p: Parser): Command {
  const command: SimpleCommand = { type: 'simple', assignments: [], words: [], redirects: [], line: p.peek().line }
  for (;;) {
    const t = p.peek()
    if (t.type === 'op' && REDIRECT_OPS.has(t.op)) { command.redirects.push(parseRedirect(p)); continue }
    if (t.type !== 'word') break
    const assignment = command.words.length === 0 ? asAssignment(t.word) : null
    p.next()
    if (assignment) { command.assignments.push(assignment); continue }
    command.words.push(t.word)
    const after = p.peek()
    if (command.words.length === 1 && command.assignments.length === 0 && command.redirects.length === 0 &&
        after.type === 'op' && after.op === '(' && t.literal !== null) {
      return parseFunctionRest(p, t.literal, t.line)
    }
  }
  return command
}

function failureResult(e: unknown): ParseResult {
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

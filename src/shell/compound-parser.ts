/** Compound commands and function definitions, read by the Parser of parser.ts:
 *
 *  brace     = "{" compound-list "}"                  subshell = "(" compound-list ")"
 *  if        = "if" compound-list "then" compound-list { "elif" compound-list "then" compound-list }
 *              ["else" compound-list] "fi"
 *  while     = ("while" | "until") compound-list "do" compound-list "done"
 *  for       = "for" NAME { newline } ["in" { word } (";" | newline)] [";"] { newline } "do" compound-list "done"
 *  case      = "case" word { newline } "in" { newline } { ["("] word { "|" word } ")" [compound-list] [";;"] { newline } } "esac"
 *  function  = NAME "(" ")" { newline } compound { redirect }  |  "function" NAME ["(" ")"] { newline } compound
 *  arith     = "((" text "))"                          arith-for = "for" "((" text ";" text ";" text "))" [";"] { newline } "do" compound-list "done"
 *  conditional (conditional-parser.ts) = "[[" … "]]"
 *
 *  Each compound command may be followed by redirections, which apply to the whole of it. */
import type { CaseItem, CompoundCommand, FunctionDefinition, Script, Word } from './ast'
import { parseConditional } from './conditional-parser'
import { incomplete } from './parse-failure'
import type { Parser } from './parser'
import { readArithmeticText } from './word-reader'

const isOp = (p: Parser, op: string) => { const t = p.peek(); return t.type === 'op' && t.op === op }
const isWord = (p: Parser, word: string) => { const t = p.peek(); return t.type === 'word' && t.literal === word }

export function parseCompound(p: Parser): CompoundCommand {
  const t = p.peek()
  const line = t.line
  let command: CompoundCommand
  const arithmetic = t.type === 'op' && t.op === '(' && p.cursor.source[t.start + 1] === '(' ? arithmeticSpan(p, t.start + 2) : null
  if (arithmetic) {
    command = { type: 'arith', expression: takeArithmetic(p, arithmetic)[0], redirects: [], line }
  } else if (t.type === 'op' && t.op === '(') {
    p.next()
    const body = p.compoundList([')'])
    const close = p.next()
    if (close.type !== 'op' || close.op !== ')') throw p.fail(close, ')')
    command = { type: 'subshell', body, redirects: [], line }
  } else {
    const keyword = t.type === 'word' ? t.literal : null
    if (keyword === '{') command = parseBrace(p, line)
    else if (keyword === 'if') command = parseIf(p, line)
    else if (keyword === 'while' || keyword === 'until') command = parseWhile(p, line)
    else if (keyword === 'for') command = parseFor(p, line)
    else if (keyword === 'case') command = parseCase(p, line)
    else if (keyword === '[[') return parseConditional(p)
    else throw p.fail(t)
  }
  command.redirects = p.redirects()
  return command
}

function parseBrace(p: Parser, line: number): CompoundCommand {
  p.next()
  const body = p.compoundList(['}'])
  p.expectKeyword('}')
  return { type: 'brace', body, redirects: [], line }
}

function parseIf(p: Parser, line: number): CompoundCommand {
  p.next()
  const clauses: { condition: Script; body: Script }[] = []
  let elseBody: Script | null = null
  for (;;) {
    const condition = p.compoundList(['then'])
    p.expectKeyword('then')
    const body = p.compoundList(['elif', 'else', 'fi'])
    clauses.push({ condition, body })
    const t = p.next()
    if (t.type === 'word' && t.literal === 'elif') continue
    if (t.type === 'word' && t.literal === 'else') {
      elseBody = p.compoundList(['fi'])
      p.expectKeyword('fi')
    }
    break
  }
  return { type: 'if', clauses, elseBody, redirects: [], line }
}

function parseWhile(p: Parser, line: number): CompoundCommand {
  const keyword = p.next()
  const until = keyword.type === 'word' && keyword.literal === 'until'
  const condition = p.compoundList(['do'])
  p.expectKeyword('do')
  const body = p.compoundList(['done'])
  p.expectKeyword('done')
  return { type: 'while', until, condition, body, redirects: [], line }
}

/** The text between "((" and its "))", which starts at `start`; null when a single ")" closes it first (then it
 *  is a subshell inside a subshell). */
function arithmeticSpan(p: Parser, start: number): { text: string; end: number } | null {
  const s = p.cursor.source
  let depth = 0
  for (let i = start; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') { i++; continue }
    if (c === "'" || c === '"') {
      const close = s.indexOf(c, i + 1)
      if (close < 0) break
      i = close
    } else if (c === '(') {
      depth++
    } else if (c === ')') {
      if (depth > 0) { depth--; continue }
      return s[i + 1] === ')' ? { text: s.slice(start, i), end: i + 2 } : null
    }
  }
  throw incomplete('))', p.cursor.line)
}

/** Consumes "((…))" and returns its ;-separated clauses as words. */
function takeArithmetic(p: Parser, span: { text: string; end: number }): Word[] {
  const line = p.next().line
  p.cursor.pos = span.end
  p.cursor.line += span.text.split('\n').length - 1
  const clauses: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < span.text.length; i++) {
    const c = span.text[i]
    if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === ';' && depth === 0) { clauses.push(span.text.slice(from, i)); from = i + 1 }
  }
  clauses.push(span.text.slice(from))
  return clauses.map((text) => readArithmeticText(text, p.cursor.nested, line))
}

function parseArithmeticFor(p: Parser, line: number, span: { text: string; end: number }): CompoundCommand {
  const start = p.peek()
  const clauses = takeArithmetic(p, span)
  if (clauses.length !== 3) throw p.fail(start)
  if (isOp(p, ';')) p.next()
  p.skipNewlines()
  p.expectKeyword('do')
  const body = p.compoundList(['done'])
  p.expectKeyword('done')
  return { type: 'arith-for', init: clauses[0], condition: clauses[1], update: clauses[2], body, redirects: [], line }
}

function parseFor(p: Parser, line: number): CompoundCommand {
  p.next()
  const open = p.peek()
  if (open.type === 'op' && open.op === '(' && p.cursor.source[open.start + 1] === '(') {
    const span = arithmeticSpan(p, open.start + 2)
    if (!span) throw p.fail(open)
    return parseArithmeticFor(p, line, span)
  }
  const nameToken = p.next()
  if (nameToken.type !== 'word') throw p.fail(nameToken)
  const name = nameToken.literal ?? nameToken.word.raw
  let items: Word[] | null = null
  const sawNewline = p.peek().type === 'newline'
  p.skipNewlines()
  if (isWord(p, 'in')) {
    p.next()
    items = []
    for (let t = p.peek(); t.type === 'word'; t = p.peek()) { p.next(); items.push(t.word) }
    const sep = p.next()
    if (!(sep.type === 'newline' || (sep.type === 'op' && sep.op === ';'))) throw p.fail(sep, 'do')
  } else if (isOp(p, ';') && !sawNewline) {
    p.next()
  }
  p.skipNewlines()
  p.expectKeyword('do')
  const body = p.compoundList(['done'])
  p.expectKeyword('done')
  return { type: 'for', name, items, body, redirects: [], line }
}

function parseCase(p: Parser, line: number): CompoundCommand {
  p.next()
  const subjectToken = p.next()
  if (subjectToken.type !== 'word') throw p.fail(subjectToken)
  p.skipNewlines()
  p.expectKeyword('in')
  p.skipNewlines()
  const items: CaseItem[] = []
  for (;;) {
    if (isWord(p, 'esac')) { p.next(); break }
    if (isOp(p, '(')) p.next()
    const patterns: Word[] = []
    for (;;) {
      const t = p.next()
      if (t.type !== 'word') throw p.fail(t, 'esac')
      patterns.push(t.word)
      const after = p.next()
      if (after.type === 'op' && after.op === '|') continue
      if (after.type === 'op' && after.op === ')') break
      throw p.fail(after, ')')
    }
    const body = p.compoundList([';;', 'esac'], { allowEmpty: true })
    items.push({ patterns, body })
    if (isOp(p, ';;')) { p.next(); p.skipNewlines(); continue }
    p.expectKeyword('esac')
    break
  }
  return { type: 'case', subject: subjectToken.word, items, redirects: [], line }
}

/** After `function`: NAME ["(" ")"] { newline } compound. */
export function parseFunctionKeyword(p: Parser): FunctionDefinition {
  const line = p.next().line
  const nameToken = p.next()
  if (nameToken.type !== 'word') throw p.fail(nameToken)
  const name = nameToken.literal ?? nameToken.word.raw
  if (isOp(p, '(')) {
    p.next()
    const close = p.next()
    if (close.type !== 'op' || close.op !== ')') throw p.fail(close, ')')
  }
  return parseFunctionBody(p, name, line)
}

/** After NAME, at "(": "(" ")" { newline } compound. */
export function parseFunctionRest(p: Parser, name: string, line: number): FunctionDefinition {
  p.next()
  const close = p.next()
  if (close.type !== 'op' || close.op !== ')') throw p.fail(close, ')')
  return parseFunctionBody(p, name, line)
}

function parseFunctionBody(p: Parser, name: string, line: number): FunctionDefinition {
  p.skipNewlines()
  const t = p.peek()
  const opensCompound = (t.type === 'op' && t.op === '(') ||
    (t.type === 'word' && t.literal !== null && ['{', 'if', 'while', 'until', 'for', 'case'].includes(t.literal))
  if (!opensCompound) throw p.fail(t)
  const start = t.start
  const body = parseCompound(p)
  const source = p.cursor.source.slice(start, Math.max(start, p.lastEnd))
  return { type: 'function', name, body, source, line }
}

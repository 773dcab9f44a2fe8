/** The shell's syntax tree: plain data made by the parser and walked by the interpreter; nothing here runs.
 *  A Word keeps its parts as written so that expansion can tell quoted text (never split or globbed) from unquoted
 *  text and expansion results. `raw` is the word's source text, for messages such as `$x: ambiguous redirect`.
 *
 *  script    = list of and-or lists, each run in the foreground or in the background (`&`)
 *  and-or    = pipeline { ("&&" | "||") pipeline }
 *  pipeline  = ["time" ["-p"]] ["!"] command { ("|" | "|&") command }
 *  command   = simple | brace | subshell | if | for | while | case | [[ ]] | (( )) | function
 *              (compound ones carry redirects) */

import type { ParseFailure } from './parse-failure'

export interface Word {
  readonly parts: WordPart[]
  readonly raw: string
}

export type WordPart =
  /** Unquoted text: subject to pathname expansion, never to field splitting. */
  | { type: 'literal'; text: string }
  /** Text from '…', $'…', a backslash escape, or plain text inside "…": taken as it is. */
  | { type: 'quoted'; text: string }
  /** "…": expansions inside are neither split nor globbed. */
  | { type: 'double'; parts: WordPart[] }
  | ParameterPart
  /** $(…) or `…`. Bash parses `…` only when it runs it: a backquoted text that does not parse keeps its failure
   *  here, reported (`bash: command substitution: line 1: …`) when the word is expanded. */
  | { type: 'command'; body: Script; failure?: ParseFailure; text?: string }
  /** $((…)): the expression is expanded like a double-quoted string, then evaluated. */
  | { type: 'arith'; expression: Word }
  /** ~ or ~user at the start of a word or of an assignment's value. */
  | { type: 'tilde'; user: string }

export interface ParameterPart {
  type: 'param'
  /** A variable name, a positional number ("1", "10") or a special parameter (? # $ @ * ! - 0). */
  name: string
  op: ParameterOp | null
  /** How it was written, for `bad substitution` messages. */
  raw: string
}

export type ParameterOp =
  | { kind: 'length' }
  /** ${x-w} ${x:-w} default, ${x=w} assign, ${x?w} error, ${x+w} alternative; `colon` also treats empty as unset. */
  | { kind: 'default' | 'assign' | 'error' | 'alternative'; colon: boolean; word: Word }
  /** ${x#p} ${x##p} ${x%p} ${x%%p} */
  | { kind: 'remove-prefix' | 'remove-suffix'; longest: boolean; pattern: Word }
  /** ${x/p/r} ${x//p/r} ${x/#p/r} ${x/%p/r} */
  | { kind: 'replace'; all: boolean; anchor: '' | '#' | '%'; pattern: Word; replacement: Word }
  /** ${x^} ${x^^} ${x,} ${x,,}: upper- or lower-case the first or every character (matching the pattern) */
  | { kind: 'case'; upper: boolean; all: boolean; pattern: Word }
  /** ${x:offset} ${x:offset:length} */
  | { kind: 'substring'; offset: Word; length: Word | null }
  /** Something bash rejects when it expands it: `${a b}: bad substitution`. */
  | { kind: 'bad' }

export type RedirectOp = '<' | '>' | '>>' | '>|' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<<' | '<<' | '<<-'

export interface Redirect {
  /** The file descriptor written before the operator (`2>`), or null for the operator's default. */
  fd: number | null
  op: RedirectOp
  /** The file, the fd to duplicate (`2>&1`), the here-string, or a here-document's delimiter. */
  target: Word
  /** A here-document's body, filled in when the tokenizer reaches the line after the operator. */
  heredoc: Word | null
}

export interface Assignment {
  name: string
  value: Word
  /** `A+=x` */
  append: boolean
}

export interface SimpleCommand {
  type: 'simple'
  assignments: Assignment[]
  words: Word[]
  redirects: Redirect[]
  line: number
}

export interface CaseItem {
  patterns: Word[]
  body: Script
}

/** An item of [[ … ]]: a word, or one of the operators the tokenizer reads as such. */
export type ConditionalItem = { kind: 'word'; word: Word } | { kind: 'op'; op: '&&' | '||' | '(' | ')' | '!' | '<' | '>' }

export type CompoundCommand =
  | { type: 'brace'; body: Script; redirects: Redirect[]; line: number }
  | { type: 'subshell'; body: Script; redirects: Redirect[]; line: number }
  | { type: 'if'; clauses: { condition: Script; body: Script }[]; elseBody: Script | null; redirects: Redirect[]; line: number }
  /** `items` is null for `for name; do …` (loops over "$@"). */
  | { type: 'for'; name: string; items: Word[] | null; body: Script; redirects: Redirect[]; line: number }
  | { type: 'while'; until: boolean; condition: Script; body: Script; redirects: Redirect[]; line: number }
  | { type: 'case'; subject: Word; items: CaseItem[]; redirects: Redirect[]; line: number }
  /** [[ … ]] (bash, and busybox ash's imitation of it) */
  | { type: 'conditional'; items: ConditionalItem[]; redirects: Redirect[]; line: number }
  /** (( expression )) */
  | { type: 'arith'; expression: Word; redirects: Redirect[]; line: number }
  /** for (( init; condition; update )) */
  | { type: 'arith-for'; init: Word; condition: Word; update: Word; body: Script; redirects: Redirect[]; line: number }

export interface FunctionDefinition {
  type: 'function'
  name: string
  body: CompoundCommand
  /** The body's source text as written. */
  source: string
  line: number
}

export type Command = SimpleCommand | CompoundCommand | FunctionDefinition

export interface Pipeline {
  negate: boolean
  /** `time` (bash's keyword) or `time -p` before the pipeline. */
  timed: 'bash' | 'posix' | null
  commands: Command[]
  /** For each `|&` between commands i and i+1, true at index i: stderr goes down the pipe too. */
  withStderr: boolean[]
}

export interface AndOr {
  first: Pipeline
  rest: { op: '&&' | '||'; pipeline: Pipeline }[]
}

export interface ListItem {
  command: AndOr
  background: boolean
}

export interface Script {
  items: ListItem[]
}

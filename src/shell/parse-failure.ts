/** Why source text is not (yet) a script, and how bash or busybox ash words it.
 *  `incomplete` means more input could still make it valid (an open quote, a trailing `|`, an open `if`): the
 *  interactive shell shows its `> ` prompt and reads another line. `error` means no continuation can help.
 *
 *  bash:  syntax error near unexpected token `;;'        unexpected EOF while looking for matching `"'
 *         syntax error: unexpected end of file
 *  ash:   syntax error: unexpected ";;"                   syntax error: unterminated quoted string
 *         syntax error: unexpected end of file (expecting "fi")
 *  Prefixes: interactive `-bash: ` / `sh: `; non-interactive bash `bash: -c: line 1: ` and then the offending line. */

export type Dialect = 'bash' | 'ash'

/** What kind of token the parser met where it could not go on (ash names words and redirections by kind). */
export type TokenKind = 'word' | 'keyword' | 'operator' | 'redirection' | 'newline'

export type ParseFailure =
  | {
      kind: 'incomplete'
      /** The closing text that is missing: `"`, `'`, `` ` ``, `)`, `}` for quotes and substitutions, or a
       *  keyword (`fi`, `done`, `esac`, `then`, `do`, `}`, `)`) or '' when any continuation would do. */
      expecting: string
      /** True when the missing text closes a quote or a substitution rather than a command. */
      quote: boolean
      line: number
    }
  | { kind: 'error'; token: string; tokenKind: TokenKind; expecting: string; line: number }

/** Thrown inside the tokenizer and parser; `parse` catches it and returns the failure as data. */
export class SyntaxFailure extends Error {
  constructor(readonly failure: ParseFailure) {
    super(failure.kind === 'error' ? `unexpected ${failure.token}` : `incomplete, expecting ${failure.expecting}`)
  }
}

export const incomplete = (expecting: string, line: number, quote = false): SyntaxFailure =>
  new SyntaxFailure({ kind: 'incomplete', expecting, quote, line })

export const unexpected = (token: string, tokenKind: TokenKind, line: number, expecting = ''): SyntaxFailure =>
  new SyntaxFailure({ kind: 'error', token, tokenKind, expecting, line })

/** The message without any prefix. */
export function describeParseFailure(failure: ParseFailure, dialect: Dialect): string {
  if (dialect === 'ash') {
    const expecting = failure.expecting && !(failure.kind === 'incomplete' && failure.quote)
      ? ` (expecting "${failure.expecting}")` : ''
    if (failure.kind === 'incomplete') {
      return failure.quote && failure.expecting !== ')' && failure.expecting !== '}'
        ? 'syntax error: unterminated quoted string'
        : `syntax error: unexpected end of file${expecting}`
    }
    const named = failure.tokenKind === 'word' || failure.tokenKind === 'redirection' || failure.tokenKind === 'newline'
      ? (failure.tokenKind === 'newline' ? 'newline' : failure.tokenKind)
      : `"${failure.token}"`
    return `syntax error: unexpected ${named}${expecting}`
  }
  if (failure.kind === 'incomplete') {
    return failure.quote
      ? `unexpected EOF while looking for matching \`${failure.expecting}'`
      : 'syntax error: unexpected end of file'
  }
  return `syntax error near unexpected token \`${failure.token}'`
}

export interface FailureContext {
  dialect: Dialect
  /** argv[0] of the shell: `-bash`, `bash`, `sh`. */
  name: string
  interactive: boolean
  /** For non-interactive bash: `-c`, or the script's path (then it replaces the name). */
  commandSource?: string
  /** Where the text came from, named after the shell's name even when interactive: 'command substitution'. */
  label?: string
  /** The whole source, to quote the offending line the way non-interactive bash does. */
  source?: string
}

/** The full text to print on stderr, ending in a newline. */
export function formatParseFailure(failure: ParseFailure, context: FailureContext): string {
  const message = describeParseFailure(failure, context.dialect)
  const label = context.label ?? (context.commandSource === '-c' || context.commandSource === undefined ? '-c' : undefined)
  if (context.interactive && !context.label) return `${context.name}: ${message}\n`
  if (context.dialect === 'ash') return `${context.name}: line ${failure.line}: ${message}\n`
  const where = label ? `${context.name}: ${label}: line ${failure.line}: ` : `${context.commandSource}: line ${failure.line}: `
  let text = `${where}${message}\n`
  if (failure.kind === 'error' && context.source !== undefined) {
    const line = context.source.split('\n')[failure.line - 1] ?? ''
    text += `${where}\`${line}'\n`
  }
  return text
}

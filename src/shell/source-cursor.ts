/** A position in shell source, shared by the tokenizer, the word reader and nested parsers: `$(…)` is parsed by
 *  a parser that reads from the same cursor and leaves it just after the closing `)`, as bash does.
 *  The parser appends a newline to the caller's text unless it ends in one (`syntheticEnd` marks it), so the last
 *  line ends like any other: `echo >` then fails on `newline`, and a backslash that eats that newline means "more input needed". */
import type { Redirect, Script } from './ast'
import type { ParseFailure } from './parse-failure'

export interface NestedParser {
  /** Called with the cursor just after `$(`; returns the commands and leaves the cursor after the `)`. */
  commandSubstitution(cursor: SourceCursor): Script
  /** Parses the (already unescaped) text between backquotes (which starts on `line` of the outer text, though
   *  bash counts lines from the backquote); a failure is returned, not thrown: bash reports it when it runs. */
  backquoted(text: string, line: number): { body: Script; failure?: ParseFailure }
}

export interface SourceCursor {
  /** The text being read. Alias expansion splices into it, so it may change while parsing. */
  source: string
  pos: number
  /** 1-based line of `pos`. */
  line: number
  /** Index of the appended newline, or -1 when the text is not the caller's (a here-document body). */
  syntheticEnd: number
  /** Here-documents whose bodies start after the next newline token. */
  heredocs: Redirect[]
  readonly nested: NestedParser
}

export function createCursor(source: string, nested: NestedParser, options: { line?: number; synthetic?: boolean } = {}): SourceCursor {
  // Like bash -c, only text that does not already end its last line gets the newline.
  const synthetic = (options.synthetic ?? true) && !source.endsWith('\n')
  return {
    source: synthetic ? source + '\n' : source,
    pos: 0,
    line: options.line ?? 1,
    syntheticEnd: synthetic ? source.length : -1,
    heredocs: [],
    nested,
  }
}

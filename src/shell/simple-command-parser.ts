/** Simple commands and redirections, read by the Parser of parser.ts:
 *
 *  simple    = { assignment | redirect } [ word { word | redirect } ]      assignment = NAME ["+"] "=" word
 *  redirect  = [fd] redirect-op word     (for "<<" and "<<-" the word is a here-document's delimiter, and the
 *              tokenizer fills in the body after the next newline)
 *  A first word followed by "(" starts a function definition instead. */
import type { Command, Redirect, RedirectOp, SimpleCommand } from './ast'
import { asAssignment } from './assignment'
import { parseFunctionRest } from './compound-parser'
import { unexpected } from './parse-failure'
import type { Parser } from './parser'
import { REDIRECT_OPS } from './tokenizer'

function parseRedirect(p: Parser): Redirect {
  const t = p.next()
  if (t.type !== 'op' || !REDIRECT_OPS.has(t.op)) throw p.fail(t)
  const target = p.next()
  if (target.type !== 'word') throw target.type === 'eof' ? unexpected('newline', 'newline', target.line) : p.fail(target)
  const redirect: Redirect = { fd: t.fd, op: t.op as RedirectOp, target: target.word, heredoc: null }
  if (t.op === '<<' || t.op === '<<-') p.cursor.heredocs.push(redirect)
  return redirect
}

export function parseRedirects(p: Parser): Redirect[] {
  const redirects: Redirect[] = []
  for (let t = p.peek(); t.type === 'op' && REDIRECT_OPS.has(t.op); t = p.peek()) redirects.push(parseRedirect(p))
  return redirects
}

export function parseSimple(p: Parser): Command {
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
        after.type === 'op' && after.op === '(') {
      return parseFunctionRest(p, t.literal ?? t.word.raw, t.line)
    }
  }
  return command
}

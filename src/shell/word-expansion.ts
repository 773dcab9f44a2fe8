/** Word expansion, in bash's order: (brace expansion, bash only) → tilde, parameter, command and arithmetic
 *  expansion → field splitting of unquoted results → pathname expansion → quote removal.
 *    expandWords    command arguments and `for` lists: all steps; a glob that matches nothing stays as written
 *    expandFields   redirection targets: like expandWords without braces (the caller wants exactly one field)
 *    expandString   assignments, here-documents, here-strings, the `case` subject: no splitting, no globbing
 *    expandPattern  case patterns and ${x#pattern}: quoted characters are escaped so they match themselves */
import type { Word, WordPart } from './ast'
import { ArithmeticError, evaluateArithmetic } from './arithmetic'
import { expandBraces } from './brace-expansion'
import type { ExpansionContext } from './expansion-context'
import { ExpansionError } from './expansion-context'
import type { Piece, Segment } from './field-splitting'
import { DEFAULT_IFS, splitFields } from './field-splitting'
import { arithmeticScope, expandParameter } from './parameter-expansion'
import { expandPathname } from './pathname-expansion'
import { escapePattern, hasGlobCharacters } from './pattern'

const isAt = (p: WordPart) => p.type === 'param' && p.name === '@' && p.op === null

export async function expandParts(parts: WordPart[], ctx: ExpansionContext, inDouble: boolean): Promise<Piece[]> {
  const pieces: Piece[] = []
  for (const part of parts) {
    switch (part.type) {
      case 'literal':
        pieces.push({ text: part.text, quoted: inDouble, split: false })
        break
      case 'quoted':
        pieces.push({ text: part.text, quoted: true, split: false })
        break
      case 'double':
        // "$@" with no positional parameters is no field at all, not an empty one.
        if (part.parts.length === 1 && isAt(part.parts[0]) && ctx.positional().length === 0) break
        pieces.push({ text: '', quoted: true, split: false }, ...(await expandParts(part.parts, ctx, true)))
        break
      case 'tilde': {
        const home = part.user === '+' ? ctx.lookup('PWD') : part.user === '-' ? ctx.lookup('OLDPWD') : ctx.home(part.user)
        pieces.push({ text: home ?? `~${part.user}`, quoted: true, split: false })
        break
      }
      case 'param':
        pieces.push(...(await expandParameter(part, ctx, inDouble, expandParts)))
        break
      case 'command': {
        const output = (await ctx.substitute(part)).replace(/\n+$/, '')
        pieces.push({ text: output, quoted: inDouble, split: !inDouble })
        break
      }
      case 'arith': {
        const expression = joinPieces(await expandParts(part.expression.parts, ctx, true))
        let value: bigint
        try {
          value = evaluateArithmetic(expression, arithmeticScope(ctx))
        } catch (e) {
          throw e instanceof ArithmeticError ? new ExpansionError(e.message) : e
        }
        pieces.push({ text: String(value), quoted: inDouble, split: !inDouble })
        break
      }
    }
  }
  return pieces
}

const joinPieces = (pieces: Piece[]) => pieces.map((p) => (p === 'break' ? ' ' : p.text)).join('')

function globField(segments: Segment[], ctx: ExpansionContext): string[] {
  const text = segments.map((s) => s.text).join('')
  if (ctx.noglob || !segments.some((s) => !s.quoted && /[*?[]/.test(s.text))) return [text]
  const pattern = segments.map((s) => (s.quoted ? escapePattern(s.text) : s.text)).join('')
  if (!hasGlobCharacters(pattern)) return [text]
  const matches = expandPathname(pattern, ctx.fs, ctx.cwd)
  return matches.length ? matches : [text]
}

/** Splits and globs one word's expansion. */
export async function expandFields(word: Word, ctx: ExpansionContext): Promise<string[]> {
  const pieces = await expandParts(word.parts, ctx, false)
  const fields = splitFields(pieces, ctx.lookup('IFS') ?? DEFAULT_IFS)
  return fields.flatMap((segments) => globField(segments, ctx))
}

export async function expandWords(words: readonly Word[], ctx: ExpansionContext, options: { braces?: boolean } = {}): Promise<string[]> {
  const out: string[] = []
  for (const word of words) {
    for (const w of options.braces ? expandBraces(word) : [word]) out.push(...(await expandFields(w, ctx)))
  }
  return out
}

export async function expandString(word: Word, ctx: ExpansionContext): Promise<string> {
  return joinPieces(await expandParts(word.parts, ctx, false))
}

export async function expandPattern(word: Word, ctx: ExpansionContext): Promise<string> {
  const pieces = await expandParts(word.parts, ctx, false)
  return pieces.map((p) => (p === 'break' ? ' ' : p.quoted ? escapePattern(p.text) : p.text)).join('')
}

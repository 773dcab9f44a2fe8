/** Parameter expansion: $name, ${name}, and the ${…} operators, as pieces ready for field splitting.
 *  Unquoted results are marked for splitting; inside double quotes they are quoted. "$@" yields one field per
 *  positional parameter ('break' pieces between them); "$*" joins them with the first character of IFS.
 *  Errors (`${x:?msg}`, `${a b}`, unset under `set -u`) throw ExpansionError with bash's text. */
import type { ParameterPart, WordPart } from './ast'
import { evaluateArithmetic } from './arithmetic'
import type { Piece } from './field-splitting'
import { DEFAULT_IFS } from './field-splitting'
import { escapePattern, matchPattern, removeMatch, replaceMatches } from './pattern'
import type { ExpansionContext } from './expansion-context'
import { ExpansionError } from './expansion-context'

type ExpandParts = (parts: WordPart[], ctx: ExpansionContext, inDouble: boolean) => Promise<Piece[]>

const joinPieces = (pieces: Piece[]) => pieces.map((p) => (p === 'break' ? ' ' : p.text)).join('')
const patternOf = (pieces: Piece[]) =>
  pieces.map((p) => (p === 'break' ? ' ' : p.quoted ? escapePattern(p.text) : p.text)).join('')

const SPECIAL = new Set(['?', '#', '$', '!', '-', '0', '@', '*'])

export function arithmeticScope(ctx: ExpansionContext) {
  return { get: (name: string) => ctx.lookup(name), set: (name: string, value: string) => ctx.assign(name, value) }
}

/** The positional parameters as pieces: separate fields for $@ and unquoted $*, one joined field for "$*". */
function listPieces(values: readonly string[], name: string, inDouble: boolean, ctx: ExpansionContext): Piece[] {
  if (inDouble && name === '*') {
    const ifs = ctx.lookup('IFS') ?? DEFAULT_IFS
    return [{ text: values.join(ifs.slice(0, 1)), quoted: true, split: false }]
  }
  const pieces: Piece[] = []
  values.forEach((text, i) => {
    if (i > 0) pieces.push('break')
    pieces.push({ text, quoted: inDouble, split: !inDouble })
  })
  return pieces
}

export async function expandParameter(part: ParameterPart, ctx: ExpansionContext, inDouble: boolean, expandParts: ExpandParts): Promise<Piece[]> {
  const { name, op } = part
  const result = (text: string): Piece[] => [{ text, quoted: inDouble, split: !inDouble }]
  const asString = async (parts: WordPart[]) => joinPieces(await expandParts(parts, ctx, true))
  const asPattern = async (parts: WordPart[]) => patternOf(await expandParts(parts, ctx, false))
  const asNumber = async (parts: WordPart[]) => Number(evaluateArithmetic(await asString(parts), arithmeticScope(ctx)))

  if (op?.kind === 'bad') throw new ExpansionError(`${part.raw}: bad substitution`)
  const isList = name === '@' || name === '*'
  const params = ctx.positional()
  if (isList && op === null) return listPieces(params, name, inDouble, ctx)
  if (isList && op?.kind === 'length') return result(String(params.length))
  if (isList && op?.kind === 'substring') {
    const all = [ctx.lookup('0') ?? '', ...params]
    const offset = await asNumber(op.offset.parts)
    const start = offset < 0 ? Math.max(0, all.length + offset) : offset
    const count = op.length ? await asNumber(op.length.parts) : all.length
    return listPieces(all.slice(start, start + Math.max(0, count)), name, inDouble, ctx)
  }

  const value = isList ? params.join(' ') : ctx.lookup(name)
  if (op === null || op.kind === 'length') {
    if (value === undefined && ctx.nounset && !SPECIAL.has(name)) throw new ExpansionError(`${name}: unbound variable`)
    return result(op ? String([...(value ?? '')].length) : value ?? '')
  }
  switch (op.kind) {
    case 'default': case 'assign': case 'error': case 'alternative': {
      const missing = value === undefined || (op.colon && value === '')
      if (op.kind === 'alternative') return missing ? result('') : operand(await expandParts(op.word.parts, ctx, inDouble), inDouble)
      if (!missing) return result(value)
      if (op.kind === 'default') return operand(await expandParts(op.word.parts, ctx, inDouble), inDouble)
      if (op.kind === 'error') {
        const message = op.word.parts.length ? await asString(op.word.parts) : op.colon ? 'parameter null or not set' : 'parameter not set'
        throw new ExpansionError(`${name}: ${message}`, 127)
      }
      if (!/^[A-Za-z_]/.test(name)) throw new ExpansionError(`$${name}: cannot assign in this way`)
      const assigned = await asString(op.word.parts)
      ctx.assign(name, assigned)
      return result(assigned)
    }
    case 'remove-prefix': case 'remove-suffix':
      return result(removeMatch(value ?? '', await asPattern(op.pattern.parts), op.kind === 'remove-prefix' ? 'prefix' : 'suffix', op.longest))
    case 'replace':
      return result(replaceMatches(value ?? '', await asPattern(op.pattern.parts), await asString(op.replacement.parts), op.all, op.anchor))
    case 'case': {
      const pattern = await asPattern(op.pattern.parts)
      const chars = [...(value ?? '')]
      const change = (c: string) => (pattern && !matchPattern(pattern, c) ? c : op.upper ? c.toUpperCase() : c.toLowerCase())
      return result(op.all ? chars.map(change).join('') : (chars.length ? change(chars[0]) : '') + chars.slice(1).join(''))
    }
    case 'substring': {
      const chars = [...(value ?? '')]
      const offset = await asNumber(op.offset.parts)
      const start = offset < 0 ? chars.length + offset : offset
      if (start < 0) return result('')
      let end = chars.length
      if (op.length) {
        const length = await asNumber(op.length.parts)
        end = length < 0 ? chars.length + length : start + length
        if (end < start) throw new ExpansionError(`${length}: substring expression < 0`)
      }
      return result(chars.slice(start, end).join(''))
    }
  }
}

/** The word of ${x:-word}: its unquoted text is split like any expansion result when outside double quotes. */
function operand(pieces: Piece[], inDouble: boolean): Piece[] {
  return pieces.map((p) => (p === 'break' || p.quoted ? p : { ...p, split: !inDouble }))
}

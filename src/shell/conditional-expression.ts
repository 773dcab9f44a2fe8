/** Evaluating [[ … ]]. Words are expanded without splitting or globbing; the right side of == and != is a
 *  pattern, of =~ an extended regular expression (quoted parts match literally; the match goes to BASH_REMATCH);
 *  -eq and friends compare arithmetic values; < and > compare strings. && and || short-circuit.
 *
 *  expr = and { "||" and }     and = not { "&&" not }     not = "!" not | primary
 *  primary = "(" expr ")" | UNARY word | word BINARY word | word
 *  Status 0 true, 1 false, 2 for a malformed expression or a bad regular expression. */
import type { ConditionalItem, Word } from './ast'
import { ArithmeticError, evaluateArithmetic } from './arithmetic'
import { createBuiltinContext } from './builtin'
import { BINARY, TestError, testOperators, UNARY } from './builtins/test-builtin'
import { createExpansionContext } from './expansion-host'
import { arithmeticScope } from './parameter-expansion'
import { matchPattern } from './pattern'
import type { Io, Runtime } from './runtime'
import { report, setVariable } from './runtime'
import { expandParts, expandPattern, expandString } from './word-expansion'

type Node =
  | { kind: 'or' | 'and'; left: Node; right: Node }
  | { kind: 'not'; node: Node }
  | { kind: 'unary'; op: string; arg: Word }
  | { kind: 'binary'; op: string; left: Word; right: Word }
  | { kind: 'word'; word: Word }

class ConditionalSyntax extends Error {}

const INTEGER_OPS = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge'])
const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: '\\s', blank: ' \\t',
  xdigit: '0-9a-fA-F', punct: '!-\\/:-@\\[-`{-~', word: '\\w',
}

/** An operator written as plain unquoted text. */
const operatorText = (item: ConditionalItem | undefined): string | null => {
  if (!item) return null
  if (item.kind === 'op') return item.op
  const p = item.word.parts
  return p.length === 1 && p[0].type === 'literal' ? p[0].text : null
}

function parseItems(items: ConditionalItem[]): Node | null {
  let i = 0
  const isOp = (op: string) => items[i]?.kind === 'op' && operatorText(items[i]) === op
  const word = (): Word => {
    const item = items[i++]
    if (!item || item.kind !== 'word') throw new ConditionalSyntax()
    return item.word
  }
  const or = (): Node => {
    let left = and()
    while (isOp('||')) { i++; left = { kind: 'or', left, right: and() } }
    return left
  }
  const and = (): Node => {
    let left = not()
    while (isOp('&&')) { i++; left = { kind: 'and', left, right: not() } }
    return left
  }
  const not = (): Node => {
    if (isOp('!')) { i++; return { kind: 'not', node: not() } }
    return primary()
  }
  const primary = (): Node => {
    if (isOp('(')) {
      i++
      const node = or()
      if (!isOp(')')) throw new ConditionalSyntax()
      i++
      return node
    }
    const text = operatorText(items[i])
    const next = operatorText(items[i + 1])
    if (next !== null && (BINARY.has(next) || next === '=~') && items[i + 2]) {
      const left = word()
      i++
      return { kind: 'binary', op: next, left, right: word() }
    }
    if (text !== null && UNARY.has(text) && items[i + 1]?.kind === 'word') {
      i++
      return { kind: 'unary', op: text, arg: word() }
    }
    return { kind: 'word', word: word() }
  }
  if (items.length === 0) return null
  const node = or()
  if (i < items.length) throw new ConditionalSyntax()
  return node
}

/** The regex after =~ as JavaScript source: quoted parts literal, POSIX classes translated. */
function regexSource(pieces: Awaited<ReturnType<typeof expandParts>>): string {
  return pieces.map((p) => {
    if (p === 'break') return ' '
    if (p.quoted) return p.text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
    return p.text.replace(/\[:([a-z]+):\]/g, (m, name: string) => CLASSES[name] ?? m)
  }).join('')
}

export async function runConditional(rt: Runtime, items: ConditionalItem[], io: Io): Promise<number> {
  const ctx = createExpansionContext(rt, io)
  const ops = testOperators(createBuiltinContext(rt, ['[['], io))
  const integer = (text: string) => evaluateArithmetic(text, arithmeticScope(ctx))
  const evaluate = async (node: Node): Promise<boolean> => {
    switch (node.kind) {
      case 'or': return (await evaluate(node.left)) || evaluate(node.right)
      case 'and': return (await evaluate(node.left)) && evaluate(node.right)
      case 'not': return !(await evaluate(node.node))
      case 'word': return (await expandString(node.word, ctx)) !== ''
      case 'unary': return ops.unary(node.op, await expandString(node.arg, ctx))
      case 'binary': {
        const left = await expandString(node.left, ctx)
        if (node.op === '==' || node.op === '=' || node.op === '!=') {
          return matchPattern(await expandPattern(node.right, ctx), left) === (node.op !== '!=')
        }
        if (node.op === '=~') {
          const match = new RegExp(regexSource(await expandParts(node.right.parts, ctx, false))).exec(left)
          if (match) setVariable(rt, 'BASH_REMATCH', match[0])
          return match !== null
        }
        const right = await expandString(node.right, ctx)
        if (INTEGER_OPS.has(node.op)) return ops.binary(String(integer(left)), node.op, String(integer(right)))
        return ops.binary(left, node.op, right)
      }
    }
  }
  try {
    const tree = parseItems(items)
    return tree && (await evaluate(tree)) ? 0 : 1
  } catch (e) {
    if (e instanceof ConditionalSyntax) { report(rt, io, 'syntax error in conditional expression'); return 2 }
    if (e instanceof SyntaxError) return 2
    if (e instanceof ArithmeticError || e instanceof TestError) { report(rt, io, e.message); return 1 }
    throw e
  }
}

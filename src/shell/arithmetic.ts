/** Shell arithmetic, $((…)): 64-bit signed integers, C's operators and precedence, bash's error texts.
 *
 *  expr     = assign { "," assign }
 *  assign   = NAME ("=" | "*=" | "/=" | "%=" | "+=" | "-=" | "<<=" | ">>=" | "&=" | "^=" | "|=") assign | ternary
 *  ternary  = or ["?" expr ":" ternary]
 *  binary   = || && | ^ & (== !=) (< > <= >=) (<< >>) (+ -) (* / %), each left-assoc; then ** (right-assoc)
 *  unary    = ("!" | "~" | "+" | "-") unary | ("++" | "--") NAME | postfix
 *  postfix  = primary ["++" | "--"]          primary = number | NAME | "(" expr ")"
 *  number   = decimal | 0octal | 0xhex | base#digits (base 2..64)
 *
 *  A variable's value is itself evaluated as an expression (x="1+2"; $((x*2)) is 6); unset or empty is 0.
 *  Short-circuited operands are parsed but not evaluated, so they neither assign nor divide by zero.
 *  Errors throw ArithmeticError whose message reads like bash's: `1/0 : division by 0 (error token is "0 ")`. */

export class ArithmeticError extends Error {}

export interface ArithmeticScope {
  get(name: string): string | undefined
  set(name: string, value: string): void
}

const OPERATORS = [
  '<<=', '>>=', '**', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '^=', '|=',
  '+', '-', '*', '/', '%', '<', '>', '=', '!', '~', '&', '^', '|', '?', ':', ',', '(', ')',
]

const BINARY: { ops: string[] }[] = [
  { ops: ['||'] }, { ops: ['&&'] }, { ops: ['|'] }, { ops: ['^'] }, { ops: ['&'] }, { ops: ['==', '!='] },
  { ops: ['<', '>', '<=', '>='] }, { ops: ['<<', '>>'] }, { ops: ['+', '-'] }, { ops: ['*', '/', '%'] },
]

const wrap = (n: bigint) => BigInt.asIntN(64, n)

type Token = { kind: 'num' | 'name' | 'op' | 'end'; text: string; at: number }

export function evaluateArithmetic(expression: string, scope: ArithmeticScope, depth = 0): bigint {
  const source = expression.replace(/^\s+/, '')
  if (depth > 64) throw new ArithmeticError(`${source}: expression recursion level exceeded (error token is "${source}")`)
  const tokens = tokenize(source)
  let i = 0
  const peek = () => tokens[i]
  const fail = (message: string, at = peek().at): never => {
    throw new ArithmeticError(`${source}: ${message} (error token is "${source.slice(at)}")`)
  }
  const take = (text: string) => { if (peek().kind === 'op' && peek().text === text) { i++; return true } return false }
  const variable = (name: string, skip: boolean): bigint => {
    if (skip) return 0n
    const value = scope.get(name)
    if (value === undefined || value.trim() === '') return 0n
    return evaluateArithmetic(value, scope, depth + 1)
  }
  const assign = (name: string, value: bigint, skip: boolean) => { if (!skip) scope.set(name, String(value)) }

  function comma(skip: boolean): bigint {
    let v = assignment(skip)
    while (take(',')) v = assignment(skip)
    return v
  }
  function assignment(skip: boolean): bigint {
    const t = peek()
    const next = tokens[i + 1]
    if (t.kind === 'name' && next.kind === 'op' && /^([*/%+\-&^|]|<<|>>)?=$/.test(next.text)) {
      i += 2
      const right = assignment(skip)
      const op = next.text.slice(0, -1)
      const value = op ? apply(op, variable(t.text, skip), right, skip, next.at) : right
      assign(t.text, value, skip)
      return value
    }
    return ternary(skip)
  }
  function ternary(skip: boolean): bigint {
    const condition = binary(0, skip)
    if (!take('?')) return condition
    const a = comma(skip || condition === 0n)
    if (!take(':')) fail('syntax error in expression')
    const b = ternary(skip || condition !== 0n)
    return condition !== 0n ? a : b
  }
  function binary(level: number, skip: boolean): bigint {
    if (level >= BINARY.length) return power(skip)
    let left = binary(level + 1, skip)
    for (;;) {
      const t = peek()
      if (t.kind !== 'op' || !BINARY[level].ops.includes(t.text)) return left
      i++
      if (t.text === '&&' || t.text === '||') {
        const short = t.text === '&&' ? left === 0n : left !== 0n
        const right = binary(level + 1, skip || short)
        left = short ? (t.text === '||' ? 1n : 0n) : (right !== 0n ? 1n : 0n)
      } else {
        const at = peek().at
        left = apply(t.text, left, binary(level + 1, skip), skip, at)
      }
    }
  }
  function power(skip: boolean): bigint {
    const base = unary(skip)
    const t = peek()
    if (!take('**')) return base
    const exponent = power(skip)
    return apply('**', base, exponent, skip, t.at + 2)
  }
  function unary(skip: boolean): bigint {
    const t = peek()
    if (t.kind === 'op') {
      if (t.text === '!') { i++; return unary(skip) === 0n ? 1n : 0n }
      if (t.text === '~') { i++; return wrap(~unary(skip)) }
      if (t.text === '-') { i++; return wrap(-unary(skip)) }
      if (t.text === '+') { i++; return unary(skip) }
      if (t.text === '++' || t.text === '--') {
        i++
        const name = peek()
        if (name.kind !== 'name') fail('syntax error: operand expected', t.at)
        i++
        const value = wrap(variable(name.text, skip) + (t.text === '++' ? 1n : -1n))
        assign(name.text, value, skip)
        return value
      }
    }
    return postfix(skip)
  }
  function postfix(skip: boolean): bigint {
    const t = peek()
    if (t.kind === 'num') { i++; return parseNumber(t, fail) }
    if (t.kind === 'name') {
      i++
      const value = variable(t.text, skip)
      const after = peek()
      if (after.kind === 'op' && (after.text === '++' || after.text === '--')) {
        i++
        assign(t.text, wrap(value + (after.text === '++' ? 1n : -1n)), skip)
      }
      return value
    }
    if (take('(')) {
      const value = comma(skip)
      if (!take(')')) fail('syntax error in expression')
      return value
    }
    // At the end bash points at the last operator; elsewhere at what stands where the operand should be.
    return fail('syntax error: operand expected', t.kind === 'end' && i > 0 ? tokens[i - 1].at : t.at)
  }
  function apply(op: string, a: bigint, b: bigint, skip: boolean, at: number): bigint {
    switch (op) {
      case '+': return wrap(a + b)
      case '-': return wrap(a - b)
      case '*': return wrap(a * b)
      case '/': case '%':
        if (b === 0n) return skip ? 0n : fail('division by 0', at)
        return wrap(op === '/' ? a / b : a % b)
      case '**':
        if (b < 0n) return skip ? 0n : fail('exponent less than 0', at)
        return wrap(a ** (b > 4096n ? 4096n : b))
      case '<<': return wrap(a << (b & 63n))
      case '>>': return wrap(a >> (b & 63n))
      case '&': return a & b
      case '|': return a | b
      case '^': return a ^ b
      case '<': return a < b ? 1n : 0n
      case '>': return a > b ? 1n : 0n
      case '<=': return a <= b ? 1n : 0n
      case '>=': return a >= b ? 1n : 0n
      case '==': return a === b ? 1n : 0n
      case '!=': return a !== b ? 1n : 0n
      default: return fail('syntax error in expression', at)
    }
  }

  if (peek().kind === 'end') return 0n
  const value = comma(false)
  if (peek().kind !== 'end') fail('syntax error in expression')
  return value
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const c = source[i]
    if (/\s/.test(c)) { i++; continue }
    const number = /^[0-9][0-9A-Za-z_@#]*/.exec(source.slice(i))
    if (number) { tokens.push({ kind: 'num', text: number[0], at: i }); i += number[0].length; continue }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i))
    if (name) { tokens.push({ kind: 'name', text: name[0], at: i }); i += name[0].length; continue }
    const op = OPERATORS.find((o) => source.startsWith(o, i))
    if (!op) throw new ArithmeticError(`${source}: syntax error: invalid arithmetic operator (error token is "${source.slice(i)}")`)
    tokens.push({ kind: 'op', text: op, at: i })
    i += op.length
  }
  tokens.push({ kind: 'end', text: '', at: source.length })
  return tokens
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@_'

function parseNumber(t: Token, fail: (message: string, at?: number) => never): bigint {
  let text = t.text
  let base = 10
  const hash = text.indexOf('#')
  if (hash > 0) {
    base = Number(text.slice(0, hash))
    text = text.slice(hash + 1)
    if (!(base >= 2 && base <= 64)) fail('invalid arithmetic base', t.at)
  } else if (/^0[xX]/.test(text)) {
    base = 16
    text = text.slice(2)
  } else if (text.length > 1 && text.startsWith('0')) {
    base = 8
  }
  let value = 0n
  for (const ch of text) {
    const digit = base <= 36 ? DIGITS.indexOf(ch.toLowerCase()) : DIGITS.indexOf(ch)
    if (digit < 0 || digit >= base) fail('value too great for base', t.at)
    value = wrap(value * BigInt(base) + BigInt(digit))
  }
  return value
}

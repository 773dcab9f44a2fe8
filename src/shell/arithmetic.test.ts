import { describe, expect, it } from 'vitest'
import { ArithmeticError, evaluateArithmetic } from './arithmetic'

function scope(vars: Record<string, string> = {}) {
  return { get: (n: string) => vars[n], set: (n: string, v: string) => { vars[n] = v }, vars }
}
const calc = (expression: string, vars: Record<string, string> = {}) => Number(evaluateArithmetic(expression, scope(vars)))

describe('shell arithmetic', () => {
  it('follows C precedence', () => {
    expect(calc('2 + 3 * 4')).toBe(14)
    expect(calc('(2 + 3) * 4')).toBe(20)
    expect(calc('1 + 2 == 3 && 4 > 3')).toBe(1)
    expect(calc('-2 ** 2')).toBe(4)
    expect(calc('2 ** 3 ** 2')).toBe(512)
  })

  it('divides toward zero, like C', () => {
    expect(calc('-7 / 2')).toBe(-3)
    expect(calc('-7 % 2')).toBe(-1)
  })

  it('reads octal, hex and base#digits', () => {
    expect(calc('010 + 0x10 + 2#11 + 36#z')).toBe(8 + 16 + 3 + 35)
  })

  it('evaluates a variable\'s value as an expression, unset as 0', () => {
    expect(calc('x * 2 + y', { x: '1+2' })).toBe(6)
  })

  it('assigns and increments', () => {
    const s = scope({ i: '5' })
    expect(Number(evaluateArithmetic('i++ + ++i', s))).toBe(12)
    expect(s.vars.i).toBe('7')
    evaluateArithmetic('j = i *= 2', s)
    expect([s.vars.i, s.vars.j]).toEqual(['14', '14'])
  })

  it('does not evaluate the side a conditional skips', () => {
    const s = scope({})
    expect(Number(evaluateArithmetic('0 && (x = 1 / 0)', s))).toBe(0)
    expect(Number(evaluateArithmetic('1 ? 2 : (x = 3)', s))).toBe(2)
    expect(s.vars.x).toBeUndefined()
  })

  it('wraps around at 64 bits', () => {
    expect(evaluateArithmetic('9223372036854775807 + 1', scope())).toBe(-9223372036854775808n)
  })

  it('words errors like bash', () => {
    const error = (e: string) => { try { evaluateArithmetic(e, scope()); return '' } catch (x) { return (x as ArithmeticError).message } }
    expect(error('1/0')).toBe('1/0: division by 0 (error token is "0")')
    expect(error('1 +')).toBe('1 +: syntax error: operand expected (error token is "+")')
    expect(error('a b')).toBe('a b: syntax error in expression (error token is "b")')
    expect(error('09')).toBe('09: value too great for base (error token is "09")')
  })

  it('treats an empty expression as 0', () => {
    expect(calc('  ')).toBe(0)
  })
})

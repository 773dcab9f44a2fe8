/** The functions a template can call: text/template's builtins (and, or, not, len, index, slice, print, printf,
 *  println, html, js, urlquery, call, eq, ne, lt, le, gt, ge) and docker/cli's templates.basicFunctions (json,
 *  split, join, title, lower, upper, pad, truncate) plus the HeaderFunctions docker swaps in to render a table's
 *  header row. Each function declares its Go parameter types, which the executor checks as reflect would.
 *
 *  A function reports Go's second, error result by throwing GoCallError; the executor prints it as
 *  `error calling NAME: MESSAGE`. */
import { goJson, JsonUnsupported } from './go-template-json'
import { printValue, sprint, sprintf, sprintln, isPrint } from './go-template-fmt'
import {
  GoFloat, GoNil, isTrue, kindOf, numberOf, signatureOf, sortedEntries, typeName, utf8Bytes, utf8Decode,
  type GoParam, type GoSignature,
} from './go-template-values'

export class GoCallError extends Error {}

export interface GoFunc extends GoSignature {
  readonly fn: (...args: never[]) => unknown
  /** and/or evaluate their arguments lazily; call passes the callee's name. The executor handles these. */
  readonly special?: 'and' | 'or' | 'call'
}

export type FuncMap = Readonly<Record<string, GoFunc>>

/** Declares a template function with its Go parameter types. */
export const goFunc = <A extends unknown[]>(params: readonly GoParam[], fn: (...args: A) => unknown, variadic?: GoParam): GoFunc => ({
  params,
  variadic,
  fn: fn as unknown as (...args: never[]) => unknown,
})

const fail = (message: string): never => {
  throw new GoCallError(message)
}

// ---------------------------------------------------------------------------------------------------- comparison

type BasicKind = 'bool' | 'int' | 'float' | 'string' | 'invalid'

function basicKind(v: unknown): BasicKind {
  const k = kindOf(v)
  return k === 'bool' || k === 'int' || k === 'float' || k === 'string' ? k : 'invalid'
}

const num = (v: unknown): number | bigint => numberOf(v as number | bigint | GoFloat)
const isNilValue = (v: unknown) => v === undefined || v instanceof GoNil

function same(a: unknown, b: unknown): boolean {
  const k = basicKind(a)
  if (k === 'int' || k === 'float') return num(a) == num(b)
  return a === b
}

/** reflect's indirectInterface: a nil interface is no value. */
const ind = (v: unknown): unknown => (v === null ? undefined : v)

function eq(a1: unknown, ...rest: unknown[]): boolean {
  const arg1 = ind(a1)
  if (rest.length === 0) fail('missing argument for comparison')
  const k1 = basicKind(arg1)
  for (const a of rest) {
    const arg = ind(a)
    const k2 = basicKind(arg)
    let truth = false
    if (k1 !== k2) {
      if (arg1 !== undefined && arg !== undefined) fail('incompatible types for comparison')
    } else if (k1 !== 'invalid') {
      truth = same(arg1, arg)
    } else {
      const c1 = kindOf(arg1)
      const c2 = kindOf(arg)
      if (c1 !== c2 && c1 !== 'invalid' && c2 !== 'invalid') {
        fail(`non-comparable types ${sprintf('%s', [arg1])}: ${typeName(arg1)}, ${typeName(arg)}: ${printValue(arg)}`)
      }
      if (isNilValue(arg1) || isNilValue(arg)) truth = isNilValue(arg1) === isNilValue(arg)
      else if (c2 === 'slice' || c2 === 'map' || c2 === 'func') fail(`non-comparable type ${sprintf('%s', [arg])}: ${typeName(arg)}`)
      else truth = arg1 === arg
    }
    if (truth) return true
  }
  return false
}

function lt(a1: unknown, a2: unknown): boolean {
  const arg1 = ind(a1)
  const arg2 = ind(a2)
  const k1 = basicKind(arg1)
  if (k1 === 'invalid') fail('invalid type for comparison')
  const k2 = basicKind(arg2)
  if (k2 === 'invalid') fail('invalid type for comparison')
  if (k1 !== k2) fail('incompatible types for comparison')
  if (k1 === 'bool') fail('invalid type for comparison')
  if (k1 === 'string') return (arg1 as string) < (arg2 as string)
  return num(arg1) < num(arg2)
}

const le = (a: unknown, b: unknown): boolean => lt(a, b) || eq(a, b)

// ---------------------------------------------------------------------------------------------------- index, slice, len

function indexArg(index: unknown, cap: number): number {
  const k = kindOf(index)
  if (k === 'invalid' || k === 'nil') fail('cannot index slice/array with nil')
  if (k !== 'int') fail(`cannot index slice/array with type ${typeName(index)}`)
  const x = Number(num(index))
  if (x < 0 || x > cap) fail(`index out of range: ${x}`)
  return x
}

/** The value a missing map key yields: "" in a map of strings, nil otherwise. */
const zeroElem = (m: object): unknown => (typeName(m) === 'map[string]string' ? '' : null)

function index(item: unknown, ...indexes: unknown[]): unknown {
  if (item === undefined || item === null) fail('index of untyped nil')
  for (const idx of indexes) {
    if (item instanceof GoNil) fail('index of nil pointer')
    const k = kindOf(item)
    if (k === 'slice' || k === 'string') {
      const len = k === 'string' ? utf8Bytes(item as string).length : (item as unknown[]).length
      const x = indexArg(idx, len)
      if (x === len) fail(`reflect: ${k} index out of range`)
      item = k === 'string' ? utf8Bytes(item as string)[x] : ((item as unknown[])[x] ?? null)
    } else if (k === 'map') {
      if (idx === undefined || idx === null) fail('value is nil; should be of type string')
      if (typeof idx !== 'string') return fail(`value has type ${typeName(idx)}; should be string`)
      const entry = Object.prototype.hasOwnProperty.call(item, idx) ? (item as Record<string, unknown>)[idx] : undefined
      item = entry === undefined ? zeroElem(item as object) : entry
    } else {
      fail(`can't index item of type ${typeName(item)}`)
    }
  }
  return item
}

function slice(item: unknown, ...indexes: unknown[]): unknown {
  if (item === undefined || item === null) fail('slice of untyped nil')
  if (indexes.length > 3) fail(`too many slice indexes: ${indexes.length}`)
  const k = kindOf(item)
  if (k === 'string' && indexes.length === 3) fail('cannot 3-index slice a string')
  if (k !== 'string' && k !== 'slice') fail(`can't slice item of type ${typeName(item)}`)
  const bytes = k === 'string' ? utf8Bytes(item as string) : undefined
  const len = bytes ? bytes.length : (item as unknown[]).length
  const idx = [0, len, len]
  indexes.forEach((x, i) => (idx[i] = indexArg(x, len)))
  if (idx[0] > idx[1]) fail(`invalid slice index: ${idx[0]} > ${idx[1]}`)
  if (indexes.length === 3 && idx[1] > idx[2]) fail(`invalid slice index: ${idx[1]} > ${idx[2]}`)
  return bytes ? utf8Decode(bytes.slice(idx[0], idx[1])) : (item as unknown[]).slice(idx[0], idx[1])
}

function length(item: unknown): number {
  if (item === null || item instanceof GoNil) fail('len of nil pointer')
  if (item === undefined) fail('reflect: call of reflect.Value.Type on zero Value')
  switch (kindOf(item)) {
    case 'string': return utf8Bytes(item as string).length
    case 'slice': return (item as unknown[]).length
    case 'map': return sortedEntries(item as object).length
    default: return fail(`len of type ${typeName(item)}`)
  }
}

// ---------------------------------------------------------------------------------------------------- escapers

/** evalArgs: one string as it is, anything else through fmt.Sprint (a nil printing as `<no value>`). */
const evalArgs = (args: unknown[]): string =>
  args.length === 1 && typeof args[0] === 'string' ? args[0] : sprint(args.map((a) => (a === undefined || a === null ? '<no value>' : a)))

const HTML_ESCAPES: Readonly<Record<string, string>> = { '\0': '\uFFFD', '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const html = (...args: unknown[]): string => evalArgs(args).replace(/[\0"'&<>]/g, (c) => HTML_ESCAPES[c])

const JS_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\', "'": "\\'", '"': '\\"', '<': '\\u003C', '>': '\\u003E', '&': '\\u0026', '=': '\\u003D',
}
function js(...args: unknown[]): string {
  let out = ''
  for (const ch of evalArgs(args)) {
    const c = ch.codePointAt(0)!
    if (JS_ESCAPES[ch]) out += JS_ESCAPES[ch]
    else if (c < 0x20) out += '\\u00' + c.toString(16).toUpperCase().padStart(2, '0')
    else if (c >= 0x80 && !isPrint(ch)) out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0')
    else out += ch
  }
  return out
}

/** url.QueryEscape */
function urlquery(...args: unknown[]): string {
  let out = ''
  for (const b of utf8Bytes(evalArgs(args))) {
    const c = String.fromCharCode(b)
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c
    else if (c === ' ') out += '+'
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0')
  }
  return out
}

// ---------------------------------------------------------------------------------------------------- call

/** The builtin `call`: the executor passes the callee's name first. */
function call(name: string, fn: unknown, ...args: unknown[]): unknown {
  if (fn === undefined || fn === null) fail('call of nil')
  if (typeof fn !== 'function') fail(`non-function ${name} of type ${typeName(fn)}`)
  const f = fn as (...a: unknown[]) => unknown
  const sig = signatureOf(f)
  if (sig.variadic === undefined ? args.length !== sig.params.length : args.length < sig.params.length) {
    fail(`wrong number of args for ${name}: got ${args.length} want ${sig.variadic === undefined ? '' : 'at least '}${sig.params.length}`)
  }
  args.forEach((a, i) => {
    const want = i < sig.params.length ? sig.params[i] : sig.variadic!
    const problem = acceptsArg(a, want)
    if (problem) fail(`arg ${i}: ${problem}`)
  })
  return f(...args)
}

/** prepareArg's complaint about passing v as a parameter of type t, if any. */
function acceptsArg(v: unknown, t: GoParam): string | undefined {
  if (t === 'value' || t === 'any') return undefined
  if (v === undefined || v === null) return t === '[]string' ? undefined : `value is nil; should be of type ${t}`
  const ok = t === 'string' ? typeof v === 'string' : t === 'int' ? kindOf(v) === 'int' : t === 'bool' ? typeof v === 'boolean' : kindOf(v) === 'slice'
  return ok ? undefined : `value has type ${typeName(v)}; should be ${t}`
}

// ---------------------------------------------------------------------------------------------------- strings

/** strings.Split */
export function split(s: string, sep: string): string[] {
  if (sep === '') return [...s]
  return s.split(sep)
}

/** One code point through a JS case mapping, kept when the mapping is not one code point (Go maps rune to rune). */
const mapRune = (ch: string, f: (s: string) => string) => {
  const m = f(ch)
  return [...m].length === 1 ? m : ch
}
const upper = (s: string) => [...s].map((c) => mapRune(c, (x) => x.toUpperCase())).join('')
const lower = (s: string) => [...s].map((c) => mapRune(c, (x) => x.toLowerCase())).join('')

const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u
const SPACE = /\s/u
/** strings.Title: the first letter of each word upper-cased, words separated as Go's isSeparator says. */
function title(s: string): string {
  let prev = ' '
  let out = ''
  for (const ch of s) {
    const c = prev.codePointAt(0)!
    const sep = c <= 0x7f ? !/[A-Za-z0-9_]/.test(prev) : LETTER_OR_DIGIT.test(prev) ? false : SPACE.test(prev)
    out += sep ? mapRune(ch, (x) => x.toUpperCase()) : ch
    prev = ch
  }
  return out
}

// ---------------------------------------------------------------------------------------------------- maps

const V: GoParam = 'value'

/** text/template's builtins (funcs.go). */
export const BUILTINS: FuncMap = {
  and: { params: [V], variadic: V, fn: () => undefined, special: 'and' },
  or: { params: [V], variadic: V, fn: () => undefined, special: 'or' },
  call: { params: [V], variadic: V, fn: call, special: 'call' },
  not: goFunc([V], (a: unknown) => !isTrue(a)),
  len: goFunc([V], length),
  index: goFunc([V], index, V),
  slice: goFunc([V], slice, V),
  print: goFunc([], (...a: unknown[]) => sprint(a), 'any'),
  printf: goFunc(['string'], (f: string, ...a: unknown[]) => sprintf(f, a), 'any'),
  println: goFunc([], (...a: unknown[]) => sprintln(a), 'any'),
  html: goFunc([], html, 'any'),
  js: goFunc([], js, 'any'),
  urlquery: goFunc([], urlquery, 'any'),
  eq: goFunc([V], eq, V),
  ne: goFunc([V, V], (a: unknown, b: unknown) => !eq(a, b)),
  lt: goFunc([V, V], lt),
  le: goFunc([V, V], le),
  gt: goFunc([V, V], (a: unknown, b: unknown) => !le(a, b)),
  ge: goFunc([V, V], (a: unknown, b: unknown) => !lt(a, b)),
}

/** docker/cli templates.basicFunctions. */
export const DOCKER_FUNCS: FuncMap = {
  json: goFunc(['any'], (v: unknown) => {
    try {
      return goJson(v, false)
    } catch (e) {
      if (e instanceof JsonUnsupported) fail(e.message)
      throw e
    }
  }),
  split: goFunc(['string', 'string'], split),
  join: goFunc(['[]string', 'string'], (elems: string[] | null, sep: string) => (elems ?? []).join(sep)),
  title: goFunc(['string'], title),
  lower: goFunc(['string'], lower),
  upper: goFunc(['string'], upper),
  pad: goFunc(['string', 'int', 'int'], (s: string, prefix: number, suffix: number) =>
    s === '' ? s : ' '.repeat(Math.max(0, prefix)) + s + ' '.repeat(Math.max(0, suffix)),
  ),
  truncate: goFunc(['string', 'int'], (s: string, n: number) => {
    const bytes = utf8Bytes(s)
    if (bytes.length < n) return s
    if (n < 0) fail(`runtime error: slice bounds out of range [:${n}]`)
    return utf8Decode(bytes.slice(0, n))
  }),
}

const same1 = (v: string) => v
/** docker/cli templates.HeaderFunctions: what a table header row is rendered with (pad stays as it is). */
export const DOCKER_HEADER_FUNCS: FuncMap = {
  json: goFunc(['string'], same1),
  split: goFunc(['string', 'string'], same1),
  join: goFunc(['string', 'string'], same1),
  title: goFunc(['string'], same1),
  lower: goFunc(['string'], same1),
  upper: goFunc(['string'], same1),
  truncate: goFunc(['string', 'int'], same1),
}

/** For tests and callers that build values: a float64 that is integral. */
export const goFloat = (n: number): GoFloat => new GoFloat(n)

/** How Go values of text/template's world are spelled in JS, and the few reflect-like questions the executor asks.
 *
 *    Go                                   JS
 *    invalid reflect.Value ("no value")   undefined
 *    nil interface                        null        (a JSON null, a missing optional: prints "<no value>")
 *    typed nil pointer                    GoNil       (goNil('*formatter.Platform'): prints "<nil>")
 *    bool, string                         boolean, string
 *    int / float64                        number (an integral number is an int), bigint (int64 beyond 2^53),
 *                                         GoFloat (a float64 that happens to be integral: `{{1e6}}` prints 1e+06)
 *    []string / []interface {}            array: []string when every element is a string, so `join` takes it
 *    map[string]string / …interface {}    plain object: lookups by key, printed `map[k:v]` with sorted keys; a
 *                                         map[string]string when every value is a string (or it is empty), so
 *                                         `index .Config.Labels "x"` gives "" for a missing key, as it does over
 *                                         docker's typed structs (over raw JSON maps Go would print <no value>)
 *    struct or pointer to struct          object made by goStruct(type, members): missing fields are errors that
 *                                         name the type; function members are methods, called with the arguments
 *
 *  Invariant: nothing here formats text; go-template-fmt.ts does that. */

const GO_TYPE: unique symbol = Symbol.for('docker-sandbox.go-template.type')
const GO_JSON: unique symbol = Symbol.for('docker-sandbox.go-template.json')

/** A Go struct (or pointer to one) seen by a template. Function members are methods. */
export interface GoStruct {
  readonly [GO_TYPE]: string
  /** What encoding/json writes for it, when the type has its own MarshalJSON (docker's formatter contexts). */
  readonly [GO_JSON]?: () => string
  readonly [member: string]: unknown
}

/** A typed nil pointer: prints `<nil>`, and `.Field` on it fails with `nil pointer evaluating T.Field`. */
export class GoNil {
  constructor(readonly typeName: string) {}
}

export const goNil = (typeName: string): GoNil => new GoNil(typeName)

/** A float64 whose value is integral, which a bare JS number would pass for an int. */
export class GoFloat {
  constructor(readonly value: number) {}
}

/** The number in an int or float value. */
export const numberOf = (v: number | bigint | GoFloat): number | bigint => (v instanceof GoFloat ? v.value : v)

/** Makes a struct value of the named Go type (the name appears in errors: `can't evaluate field X in type T`). */
export function goStruct<T extends object>(typeName: string, members: T, marshalJSON?: () => string): T & GoStruct {
  const out = { ...members } as T & { [GO_TYPE]: string; [GO_JSON]?: () => string }
  Object.defineProperty(out, GO_TYPE, { value: typeName, enumerable: false })
  if (marshalJSON) Object.defineProperty(out, GO_JSON, { value: marshalJSON, enumerable: false })
  return out as T & GoStruct
}

/** A Go function or method's parameter types, as far as templates can tell them apart. `value` is reflect.Value
 *  (builtins like eq and index take anything, even no value); `any` is interface{}. */
export type GoParam = 'value' | 'any' | 'string' | 'int' | 'bool' | '[]string'

const GO_SIGNATURE: unique symbol = Symbol.for('docker-sandbox.go-template.signature')

export interface GoSignature {
  readonly params: readonly GoParam[]
  /** Element type of a trailing variadic parameter. */
  readonly variadic?: GoParam
}

/** Declares a method's parameter types. Without it a JS function of n parameters is a method of n strings, as
 *  every method of docker's formatter contexts is (`.Label "com.example.x"`). */
export function goMethod<F extends (...args: never[]) => unknown>(sig: GoSignature, fn: F): F {
  Object.defineProperty(fn, GO_SIGNATURE, { value: sig, enumerable: false })
  return fn
}

export function signatureOf(fn: (...args: never[]) => unknown): GoSignature {
  const declared = (fn as unknown as { [GO_SIGNATURE]?: GoSignature })[GO_SIGNATURE]
  return declared ?? { params: Array.from({ length: fn.length }, () => 'string' as const) }
}

export type GoKind = 'invalid' | 'nil' | 'ptr' | 'bool' | 'int' | 'float' | 'string' | 'slice' | 'map' | 'struct' | 'func'

export const isGoStruct = (v: unknown): v is GoStruct => typeof v === 'object' && v !== null && GO_TYPE in v

export function kindOf(v: unknown): GoKind {
  if (v === undefined) return 'invalid'
  if (v === null) return 'nil'
  switch (typeof v) {
    case 'boolean': return 'bool'
    case 'string': return 'string'
    case 'bigint': return 'int'
    case 'number': return Number.isInteger(v) ? 'int' : 'float'
    case 'function': return 'func'
    case 'object':
      if (v instanceof GoNil) return 'ptr'
      if (v instanceof GoFloat) return 'float'
      if (Array.isArray(v)) return 'slice'
      return GO_TYPE in v ? 'struct' : 'map'
    default: return 'invalid'
  }
}

export const isStringSlice = (v: unknown): v is string[] => Array.isArray(v) && v.every((e) => typeof e === 'string')

const allStrings = (o: object) => Object.values(o).every((e) => typeof e === 'string' || typeof e === 'function')

/** reflect.Type.String() of a value, as Go's errors print it. */
export function typeName(v: unknown): string {
  switch (kindOf(v)) {
    case 'invalid': return '<nil>'
    case 'nil': return 'interface {}'
    case 'ptr': return (v as GoNil).typeName
    case 'bool': return 'bool'
    case 'string': return 'string'
    case 'int': return 'int'
    case 'float': return 'float64'
    case 'slice': return isStringSlice(v) ? '[]string' : '[]interface {}'
    case 'struct': return (v as GoStruct)[GO_TYPE]
    case 'map': return allStrings(v as object) ? 'map[string]string' : 'map[string]interface {}'
    case 'func': return 'func()'
  }
}

/** The JSON a struct's own MarshalJSON writes, if it has one. */
export const marshalerOf = (v: GoStruct): (() => string) | undefined => v[GO_JSON]

/** A struct's or map's member by name: own properties and class methods, never Object.prototype's. */
export function memberOf(obj: object, name: string): { found: boolean; value: unknown } {
  if (Object.prototype.hasOwnProperty.call(obj, name)) return { found: true, value: (obj as Record<string, unknown>)[name] }
  for (let p = Object.getPrototypeOf(obj); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    if (Object.prototype.hasOwnProperty.call(p, name)) return { found: true, value: (obj as Record<string, unknown>)[name] }
  }
  return { found: false, value: undefined }
}

/** A struct's fields in declaration order (methods are not fields). */
export const structFields = (v: object): [string, unknown][] => Object.entries(v).filter(([, x]) => typeof x !== 'function')

/** A map's entries with keys sorted, as fmt and encoding/json print them. */
export const sortedEntries = (v: object): [string, unknown][] =>
  Object.entries(v)
    .filter(([, x]) => typeof x !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

/** text/template's isTrue: the zero value of its type is false. */
export function isTrue(v: unknown): boolean {
  switch (kindOf(v)) {
    case 'invalid': case 'nil': case 'ptr': return false
    case 'bool': return v as boolean
    case 'string': return (v as string).length > 0
    case 'int': case 'float': {
      const n = numberOf(v as number | bigint | GoFloat)
      return typeof n === 'bigint' ? n !== 0n : n !== 0
    }
    case 'slice': return (v as unknown[]).length > 0
    case 'map': return sortedEntries(v as object).length > 0
    case 'struct': case 'func': return true
  }
}

/** Go strings are bytes: the UTF-8 encoding of a JS string. */
export function utf8Bytes(s: string): number[] {
  const out: number[] = []
  for (const ch of s) {
    let c = ch.codePointAt(0)!
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd
    if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63))
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
  }
  return out
}

export const utf8Length = (s: string): number => utf8Bytes(s).length

/** Decodes bytes as Go does when it prints them: each invalid byte becomes U+FFFD. */
export function utf8Decode(bytes: readonly number[]): string {
  let out = ''
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1
    let c = need === 0 ? b : need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07
    let ok = need >= 0
    for (let k = 1; ok && k <= need; k++) {
      const x = bytes[i + k]
      if (x === undefined || (x & 0xc0) !== 0x80) ok = false
      else c = (c << 6) | (x & 63)
    }
    if (ok && need > 0) {
      const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000
      if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) ok = false
    }
    if (!ok) {
      out += '\ufffd'
      i += 1
    } else {
      out += String.fromCodePoint(c)
      i += need + 1
    }
  }
  return out
}

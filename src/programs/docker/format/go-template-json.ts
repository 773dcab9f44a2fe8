/** encoding/json's Marshal of template values (Go 1.24): maps with sorted keys, structs in field order, a struct's
 *  own MarshalJSON output kept as it is. `escapeHTML` is json.Marshal's default (`<` → \u003c); docker's `json`
 *  template function turns it off for its own output, but not for what a MarshalJSON method already wrote. */
import { kindOf, marshalerOf, numberOf, sortedEntries, structFields, typeName, type GoFloat, type GoStruct } from './go-template-values'

export class JsonUnsupported extends Error {}

function quote(s: string, escapeHTML: boolean): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (ch === '"') out += '\\"'
    else if (ch === '\\') out += '\\\\'
    else if (c === 10) out += '\\n'
    else if (c === 13) out += '\\r'
    else if (c === 9) out += '\\t'
    else if (c === 8) out += '\\b'
    else if (c === 12) out += '\\f'
    else if (c < 0x20 || (escapeHTML && (ch === '<' || ch === '>' || ch === '&')) || c === 0x2028 || c === 0x2029) {
      out += '\\u' + c.toString(16).padStart(4, '0')
    } else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd'
    else out += ch
  }
  return out + '"'
}

function number(n: number): string {
  if (!Number.isFinite(n)) throw new JsonUnsupported(`json: unsupported value: ${n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN'}`)
  return Object.is(n, -0) ? '-0' : String(n)
}

/** json.Marshal(v); throws JsonUnsupported with Go's message for what JSON cannot hold. */
export function goJson(v: unknown, escapeHTML = true): string {
  switch (kindOf(v)) {
    case 'invalid': case 'nil': case 'ptr': return 'null'
    case 'bool': return String(v)
    case 'int': return typeof v === 'bigint' ? v.toString() : number(v as number)
    case 'float': return number(numberOf(v as number | GoFloat) as number)
    case 'string': return quote(v as string, escapeHTML)
    case 'func': throw new JsonUnsupported(`json: unsupported type: ${typeName(v)}`)
    case 'slice': return `[${(v as unknown[]).map((e) => goJson(e ?? null, escapeHTML)).join(',')}]`
    case 'map': return `{${sortedEntries(v as object).map(([k, e]) => `${quote(k, escapeHTML)}:${goJson(e ?? null, escapeHTML)}`).join(',')}}`
    case 'struct': {
      const own = marshalerOf(v as GoStruct)
      if (own) return own()
      return `{${structFields(v as object).map(([k, e]) => `${quote(k, escapeHTML)}:${goJson(e ?? null, escapeHTML)}`).join(',')}}`
    }
  }
}

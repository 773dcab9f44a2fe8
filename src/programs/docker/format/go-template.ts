/** Go's text/template for the docker CLI's --format flags: parse once, execute over plain JS values, and get
 *  Go's exact output and error texts back as data (never thrown).
 *
 *    const t = parseDockerTemplate('{{.Names}}\t{{.Status}}')        // docker/cli templates.Parse
 *    if (!t.ok) … t.error       // "template: :1: unclosed action"
 *    const r = executeTemplate(t.template, ctx)                      // r.output, r.error?
 *
 *  Values: see go-template-values.ts (goStruct for typed contexts whose missing fields are errors naming the Go
 *  type, plain objects for maps, functions as methods). Docker's own flows around templates — `table`, `json`,
 *  header rows, error prefixes — live in format-output.ts. */
import { execute, type ExecResult, type MissingKey } from './go-template-exec'
import { BUILTINS, DOCKER_FUNCS, type FuncMap } from './go-template-funcs'
import type { TreeSet } from './go-template-nodes'
import { parseTrees, TemplateParseError } from './go-template-parse'

export { DOCKER_FUNCS, DOCKER_HEADER_FUNCS, goFunc, goFloat, type FuncMap, type GoFunc } from './go-template-funcs'
export { goMethod, goNil, goStruct, GoFloat, GoNil, type GoParam, type GoStruct } from './go-template-values'
export type { ExecResult, MissingKey } from './go-template-exec'

export interface GoTemplate {
  readonly name: string
  readonly set: TreeSet
  readonly funcs: FuncMap
}

export type ParseResult = { readonly ok: true; readonly template: GoTemplate } | { readonly ok: false; readonly error: string }

export interface ParseOptions {
  /** The template's name: "" for docker's --format, "version" for `docker version`. Appears in errors. */
  readonly name?: string
  /** Functions besides the builtins (docker/cli's templates.New adds DOCKER_FUNCS). */
  readonly funcs?: FuncMap
}

const has = (m: FuncMap, name: string) => Object.prototype.hasOwnProperty.call(m, name)

/** template.New(name).Funcs(funcs).Parse(text) */
export function parseTemplate(text: string, options: ParseOptions = {}): ParseResult {
  const name = options.name ?? ''
  const funcs = options.funcs ?? {}
  try {
    const set = parseTrees(name, text, (f) => has(funcs, f) || has(BUILTINS, f))
    return { ok: true, template: { name, set, funcs } }
  } catch (e) {
    if (e instanceof TemplateParseError) return { ok: false, error: e.message }
    throw e
  }
}

/** docker/cli templates.NewParse(name, text): the builtins plus docker's json, split, join, title, lower, upper,
 *  pad and truncate (and any extra functions, as `docker version` adds getDetailsOrder). */
export const parseDockerTemplate = (text: string, name = '', extraFuncs: FuncMap = {}): ParseResult =>
  parseTemplate(text, { name, funcs: { ...DOCKER_FUNCS, ...extraFuncs } })

export interface ExecuteOptions {
  /** Option("missingkey=…"): what `.Key` on a map without that key does. docker inspect's fallback uses "error". */
  readonly missingKey?: MissingKey
  /** Template.Funcs after parsing: replaces functions by name for this execution (docker's header row). */
  readonly funcs?: FuncMap
}

/** Template.Execute(data): the output (up to the error, if any) and Go's error text. */
export function executeTemplate(template: GoTemplate, data: unknown, options: ExecuteOptions = {}): ExecResult {
  return execute(
    {
      parseName: template.name,
      set: template.set,
      funcs: options.funcs ? { ...template.funcs, ...options.funcs } : template.funcs,
      missingKey: options.missingKey ?? 'default',
    },
    template.name,
    data,
  )
}

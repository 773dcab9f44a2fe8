/** docker/cli's formatter.Context.Write, the way `docker ps`, `docker images` and their kin print a list with
 *  --format; and docker inspect's template flow. Errors come back as data with docker's prefixes; the exit code
 *  is the caller's (1 for these; `docker inspect -f` parse errors exit 64).
 *
 *    format                       output
 *    "table …" (prefix "table")   header row (the template run over the header map with HeaderFunctions), then
 *                                 one row per item, aligned by the tabwriter (minwidth 10, padding 3)
 *    "json"                       {{json .}}: one object per item and line, keys sorted (formatterContext)
 *    anything else                the template per item, each followed by "\n"
 *
 *  Before parsing, the format loses its "table" prefix, then its surrounding spaces, and the two-character
 *  sequences \t and \n become a tab and a newline (docker's preFormat). A row that fails drops all output:
 *  `template parsing error: …`. docker ps first checks the raw format against an empty context
 *  (`failed to parse template: …`, `failed to execute template: …`): pass that context as `precheck`.
 *
 *  Rows with the same number of cells go through tabwriter.ts; rows that differ (a format with \n, or an {{if}}
 *  around a \t) are aligned block by block, as Go's elastic tabstops do. */
import { stringWidth } from '../../../terminal/char-width'
import { executeTemplate, parseDockerTemplate, type GoTemplate } from './go-template'
import { DOCKER_HEADER_FUNCS } from './go-template-funcs'
import { goJson } from './go-template-json'
import { goStruct, type GoStruct } from './go-template-values'
import { tabwrite } from './tabwriter'

export type FormatResult = { readonly ok: true; readonly output: string } | { readonly ok: false; readonly error: string }

export interface FormatOptions {
  /** The header map (formatter.SubHeaderContext): column title by field, e.g. { ID: 'CONTAINER ID', Image: 'IMAGE' }.
   *  `.Label "com.x"` in a header row prints the label's last dotted part, as docker does. */
  readonly header: Readonly<Record<string, string>>
  /** docker ps / container ls: the empty context its raw --format is first executed against. */
  readonly precheck?: unknown
}

/** formatter.Context.Write over items (formatter contexts, see formatterContext). */
export function renderFormatted(items: readonly unknown[], format: string, options: FormatOptions): FormatResult {
  if (options.precheck !== undefined && format.length > 0) {
    const raw = parseDockerTemplate(format)
    if (!raw.ok) return { ok: false, error: `failed to parse template: ${raw.error}` }
    const checked = executeTemplate(raw.template, options.precheck)
    if (checked.error !== undefined) return { ok: false, error: `failed to execute template: ${checked.error}` }
  }

  const isTable = format.startsWith('table')
  const parsed = parseDockerTemplate(preFormat(format))
  if (!parsed.ok) return { ok: false, error: `template parsing error: ${parsed.error}` }

  let rows = ''
  for (const item of items) {
    const r = executeTemplate(parsed.template, item)
    if (r.error !== undefined) return { ok: false, error: `template parsing error: ${r.error}` }
    rows += r.output + '\n'
  }
  if (!isTable) return { ok: true, output: rows }
  return { ok: true, output: alignTabs(headerRow(parsed.template, options.header) + '\n' + rows) }
}

/** formatter.Context.preFormat */
export function preFormat(format: string): string {
  let f = format
  if (f.startsWith('table')) f = f.slice('table'.length)
  else if (f === 'json') f = '{{json .}}'
  return f.replace(/^ +| +$/g, '').replace(/\\[tn]/g, (m) => (m === '\\t' ? '\t' : '\n'))
}

/** SubHeaderContext.Label: "com.example.my-label" → "my label". */
export const headerLabel = (name: string): string => (name.split('.').pop() ?? '').replace(/[-_]/g, ' ')

/** The header row: the same template over the header map, with docker's HeaderFunctions. Errors are ignored and
 *  whatever was written before one is kept, as docker does. */
function headerRow(template: GoTemplate, header: Readonly<Record<string, string>>): string {
  const data = { ...header, Label: headerLabel }
  return executeTemplate(template, data, { funcs: DOCKER_HEADER_FUNCS }).output
}

// ---------------------------------------------------------------------------------------------------- tables

const MIN_WIDTH = 10
const PADDING = 3

/** The tabwriter over text: cells end at tabs, lines at newlines. */
function alignTabs(text: string): string {
  const lines = text.split('\n')
  const trailing = lines.pop() ?? ''
  const rows = lines.map((l) => l.split('\t'))
  if (rows.length > 0 && rows.every((r) => r.length === rows[0].length)) return tabwrite(rows, MIN_WIDTH, PADDING) + trailing
  return elastic(rows) + trailing
}

/** Go's text/tabwriter format(): a column's width is decided per block of consecutive lines that have that cell. */
function elastic(lines: readonly string[][]): string {
  const widths: number[] = []
  let out = ''
  const writeLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      out += lines[i].map((cell, j) => (j < widths.length ? cell + ' '.repeat(widths[j] - stringWidth(cell)) : cell)).join('') + '\n'
    }
  }
  const format = (line0: number, line1: number) => {
    const column = widths.length
    for (let row = line0; row < line1; row++) {
      if (column >= lines[row].length - 1) continue
      writeLines(line0, row)
      line0 = row
      let width = MIN_WIDTH
      for (; row < line1 && column < lines[row].length - 1; row++) width = Math.max(width, stringWidth(lines[row][column]) + PADDING)
      widths.push(width)
      format(line0, row)
      widths.pop()
      line0 = row
    }
    writeLines(line0, line1)
  }
  format(0, lines.length)
  return out
}

// ---------------------------------------------------------------------------------------------------- contexts

/** A docker/cli formatter context (*formatter.ContainerContext, *formatter.imageContext, …): every member is a
 *  method (a plain value becomes one that returns it), a missing one is an error naming the type, and
 *  `{{json .}}` writes every zero-argument method by name, keys sorted, as formatter.MarshalJSON does (with
 *  json.Marshal's HTML escaping: "->" comes out as "-\u003e"). */
export function formatterContext<T extends Record<string, unknown>>(typeName: string, members: T): T & GoStruct {
  const methods: Record<string, (...args: never[]) => unknown> = {}
  for (const [name, v] of Object.entries(members)) {
    methods[name] = typeof v === 'function' ? (v as (...args: never[]) => unknown) : () => v
  }
  const marshal = () => {
    const fields: Record<string, unknown> = {}
    for (const [name, m] of Object.entries(methods)) if (m.length === 0 && name !== 'FullHeader') fields[name] = m()
    return goJson(fields, true)
  }
  return goStruct(typeName, methods, marshal) as unknown as T & GoStruct
}

// ---------------------------------------------------------------------------------------------------- inspect

export interface InspectTemplate {
  /** One element's line (without its "\n"). The typed view is tried first; if it fails and a raw view (the
   *  API's JSON as maps) is given, that is executed with missingkey=error, as docker's raw fallback does. */
  render(typed: unknown, raw?: unknown): FormatResult
}

/** docker inspect -f: templates.Parse of the format as typed (no table, json or \t handling). A parse error is
 *  `template parsing error: …` and exits 64. The caller prints each element's line plus "\n", and a lone "\n" when
 *  no element printed anything. */
export function parseInspectFormat(format: string): { readonly ok: true; readonly template: InspectTemplate } | { readonly ok: false; readonly error: string } {
  const parsed = parseDockerTemplate(format)
  if (!parsed.ok) return { ok: false, error: `template parsing error: ${parsed.error}` }
  const template = parsed.template
  return {
    ok: true,
    template: {
      render(typed, raw) {
        const first = executeTemplate(template, typed)
        if (first.error === undefined) return { ok: true, output: first.output }
        if (raw === undefined) return { ok: false, error: `template parsing error: ${first.error}` }
        const second = executeTemplate(template, raw, { missingKey: 'error' })
        if (second.error === undefined) return { ok: true, output: second.output }
        return { ok: false, error: `template parsing error: ${second.error}` }
      },
    },
  }
}

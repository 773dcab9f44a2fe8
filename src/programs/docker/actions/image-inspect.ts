/** docker image inspect, and the output every inspect shares (docker/cli's inspect.Inspect): each name is looked
 *  up in order; what is found goes through the format — by default the daemon's raw bodies joined into one array
 *  and indented by 4 (Go's json.Indent), `[]` when nothing was found — and then every error, one per line, on
 *  stderr (exit 1). Objects found are printed even when others were not. A template that does not parse stops
 *  everything first (exit 64). */
import type { ActionContext } from './action-context'
import { jsonIndent } from '../format/json-indent'
import { imageErrorText } from './image-errors'
import { formatElement, imageInspectView, inspectFormatter, type TypedView } from './inspect-format'

/** One object found: the raw JSON the Engine API returned, and how templates see it typed. */
export interface Inspected { raw: string; view?: TypedView }

/** Finds one object, or throws the daemon's error. */
export type Inspector = (ctx: ActionContext, name: string) => Promise<Inspected>

export const inspectImageJson: Inspector = async (ctx, name) => ({ raw: await ctx.process.wait(ctx.api.inspectImage(name)), view: imageInspectView })

/** Looks each name up with `find` (which returns the object or an error text) and prints as docker does. */
export async function inspectEach(
  ctx: ActionContext, names: readonly string[], format: string,
  find: (name: string) => Promise<Inspected | { error: string }>,
): Promise<number> {
  const formatter = inspectFormatter(format)
  if (formatter.kind === 'error') {
    ctx.stderr.write(`${formatter.message}\n`)
    return 64
  }
  const found: Inspected[] = []
  const errors: string[] = []
  let text = ''
  for (const name of names) {
    const r = await find(name)
    if ('error' in r) { errors.push(r.error); continue }
    if (formatter.kind !== 'template') { found.push(r); continue }
    const out = formatElement(formatter.template, r.raw, r.view)
    if ('error' in out) errors.push(out.error)
    else text += out.output
  }
  if (formatter.kind === 'template') ctx.stdout.write(text === '' ? '\n' : text)
  else if (found.length === 0) ctx.stdout.write('[]\n')
  else {
    const array = `[${found.map((f) => f.raw).join(',')}]`
    ctx.stdout.write(`${formatter.kind === 'json' ? array : jsonIndent(array)}\n`)
  }
  if (errors.length === 0) return 0
  ctx.stderr.write(`${errors.join('\n')}\n`)
  return 1
}

export function imageInspectAction(ctx: ActionContext, names: readonly string[], format: string): Promise<number> {
  return inspectEach(ctx, names, format, async (name) => {
    try {
      return await inspectImageJson(ctx, name)
    } catch (e) {
      return { error: imageErrorText(e) }
    }
  })
}

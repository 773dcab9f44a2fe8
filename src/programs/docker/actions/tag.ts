/** docker tag: the client checks both names first (`Error parsing reference: "Foo" is not a valid
 *  repository/tag: …`), then the daemon points the target at the source's image. Prints nothing on success. */
import { parseReference } from '../../../engine/reference/reference'
import type { ActionContext } from './action-context'
import { imageErrorText } from './image-errors'

const HEX64 = /^[a-f0-9]{64}$/

/** reference.ParseAnyReference for the source, ParseNormalizedNamed for the target; undefined when valid. */
function parseProblem(name: string, target: boolean): string | undefined {
  if (HEX64.test(name)) return target ? `invalid repository name (${name}), cannot specify 64-byte hexadecimal strings` : undefined
  if (!target && /^sha256:[a-f0-9]{64}$/.test(name)) return undefined
  try {
    parseReference(name)
    return undefined
  } catch (e) {
    return (e as Error).message
  }
}

export async function tagAction(ctx: ActionContext, source: string, target: string): Promise<number> {
  for (const [name, isTarget] of [[source, false], [target, true]] as const) {
    const problem = parseProblem(name, isTarget)
    if (problem) {
      ctx.stderr.write(`Error parsing reference: "${name}" is not a valid repository/tag: ${problem}\n`)
      return 1
    }
  }
  if (parseReference(target).digest) {
    ctx.stderr.write('refusing to create a tag with a digest reference\n')
    return 1
  }
  try {
    await ctx.process.wait(ctx.api.tagImage(source, target))
    return 0
  } catch (e) {
    ctx.stderr.write(`${imageErrorText(e)}\n`)
    return 1
  }
}

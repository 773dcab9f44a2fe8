/** echo: arguments joined by spaces and a newline. Leading words made only of -n, -e, -E letters are options
 *  (-n: no newline; -e: interpret backslash escapes, where \c ends all output; -E: don't). `--` is printed. */
import type { Builtin } from '../builtin'
import { decodeEscapes } from '../escape-sequences'

export const echoBuiltin: Builtin = async (ctx) => {
  const args = ctx.argv.slice(1)
  let newline = true
  let escapes = false
  while (args.length && /^-[neE]+$/.test(args[0])) {
    for (const flag of args.shift()!.slice(1)) {
      if (flag === 'n') newline = false
      else escapes = flag === 'e'
    }
  }
  let text = args.join(' ')
  if (escapes) {
    const decoded = decodeEscapes(text, 'echo')
    text = decoded.text
    if (decoded.stopped) newline = false
  }
  ctx.stdout.write(newline ? text + '\n' : text)
  return 0
}

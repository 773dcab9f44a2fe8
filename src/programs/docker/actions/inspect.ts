/** docker inspect: for each name, the first kind of object that has it — containers first, then images (then
 *  networks, volumes, … which this sandbox does not model yet). A kind that answers "not found" (or, for images,
 *  "invalid reference format") is skipped; when none has it: `Error: No such object: <name>`. With --type only
 *  that kind is asked, and its own error is printed.
 *  Each kind's inspector (./inspect-container, ./image-inspect) returns the raw JSON of its Engine API endpoint and
 *  a typed view for templates, or throws the daemon's error. */
import { EngineError, isEngineError } from '../../../engine/engine-error'
import type { ActionContext } from './action-context'
import { inspectEach, inspectImageJson, type Inspected, type Inspector } from './image-inspect'
import { inspectContainerJson } from './inspect-container'
import { imageErrorText } from './image-errors'

const ALL_TYPES = ['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume']

const notModelled = (message: (name: string) => string): Inspector => async (_ctx, name) => { throw new EngineError('not_found', message(name)) }
const SWARM = 'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.'

/** In docker/cli's order. Swarm kinds are only asked when the daemon is a swarm manager, which it never is here. */
const KINDS: { type: string; swarm?: boolean; sizeSupported?: boolean; inspect: Inspector }[] = [
  { type: 'container', sizeSupported: true, inspect: inspectContainerJson },
  { type: 'image', inspect: inspectImageJson },
  { type: 'network', inspect: notModelled((n) => `network ${n} not found`) },
  { type: 'volume', inspect: notModelled((n) => `get ${n}: no such volume`) },
  { type: 'service', swarm: true, inspect: notModelled(() => SWARM) },
  { type: 'task', swarm: true, inspect: notModelled(() => SWARM) },
  { type: 'node', swarm: true, inspect: notModelled(() => SWARM) },
  { type: 'plugin', inspect: notModelled((n) => `plugin "${n}" not found`) },
  { type: 'secret', swarm: true, inspect: notModelled(() => SWARM) },
  { type: 'config', swarm: true, inspect: notModelled(() => SWARM) },
]

const skippable = (e: unknown) => isEngineError(e) && (e.code === 'not_found' || e.message.includes('not supported') || e.message.includes('invalid reference format'))

export interface InspectFlags { format: string; type: string; typeChanged: boolean; size: boolean }

export async function inspectAction(ctx: ActionContext, names: readonly string[], flags: InspectFlags): Promise<number> {
  const quoted = `"${ALL_TYPES.join('", "')}"`
  if (flags.typeChanged && flags.type === '') {
    ctx.stderr.write(`type is empty: must be one of ${quoted}\n`)
    return 1
  }
  if (flags.type !== '' && !ALL_TYPES.includes(flags.type)) {
    ctx.stderr.write(`unknown type: "${flags.type}": must be one of ${quoted}\n`)
    return 1
  }
  return inspectEach(ctx, names, flags.format, async (name): Promise<Inspected | { error: string }> => {
    for (const kind of KINDS) {
      if (flags.type !== '' && kind.type !== flags.type) continue
      if (flags.type === '' && kind.swarm) continue
      try {
        const found = await kind.inspect(ctx, name)
        if (flags.size && !kind.sizeSupported) ctx.stderr.write(`WARNING: --size ignored for ${kind.type}\n`)
        return found
      } catch (e) {
        if (flags.type === '' && skippable(e)) continue
        return { error: imageErrorText(e) }
      }
    }
    return { error: `Error: No such object: ${name}` }
  })
}

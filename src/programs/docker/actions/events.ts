/** docker events: the daemon's event stream as the CLI prints it, one line per event, until Ctrl-C:
 *    <RFC3339 with 9 fraction digits> <type> <action> <actor id> (<attributes, sorted, k=v, ", ">)
 *  Only events from now on are shown (--since/--until and filters are not modelled yet). */
import type { EngineEvent } from '../../../engine/events'
import type { ContainerRecord } from '../../../engine/container/container-record'
import type { ActionContext } from './action-context'
import { daemonUnreachable } from '../../../engine/engine-error'
import { reportDaemonError } from './daemon-error'

const stamp = (ms: number): string => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z')

function line(e: EngineEvent, at: number, container: (id: string) => ContainerRecord | undefined): string | undefined {
  const attrs = (a: Record<string, string | number>) => {
    const keys = Object.keys(a).sort()
    return keys.length ? ` (${keys.map((k) => `${k}=${a[k]}`).join(', ')})` : ''
  }
  const forContainer = (id: string, action: string, extra: Record<string, string | number> = {}) => {
    const c = container(id)
    return `${stamp(at)} container ${action} ${id}${attrs({ ...extra, ...(c ? { image: c.imageRef, name: c.name } : {}) })}`
  }
  switch (e.type) {
    case 'container.created': return forContainer(e.id, 'create')
    case 'container.started': return forContainer(e.id, 'start')
    case 'container.exited': return forContainer(e.id, 'die', { exitCode: e.exitCode })
    case 'container.removed': return forContainer(e.id, 'destroy')
    case 'container.paused': return forContainer(e.id, 'pause')
    case 'container.unpaused': return forContainer(e.id, 'unpause')
    case 'container.renamed': return forContainer(e.id, 'rename')
    case 'tag.added': return `${stamp(at)} image tag ${e.image}${attrs({ name: e.ref })}`
    case 'tag.removed': return `${stamp(at)} image untag ${e.image}${attrs({ name: e.image })}`
    case 'image.deleted': return `${stamp(at)} image delete ${e.image}${attrs({ name: e.image })}`
    case 'manifest.fetched': return `${stamp(at)} image pull ${e.ref}${attrs({ name: e.ref.split(/[:@]/)[0] })}`
    default: return undefined
  }
}

export async function eventsAction(ctx: ActionContext): Promise<number> {
  if (!ctx.api.isRunning()) return reportDaemonError(ctx.stderr, daemonUnreachable())
  const known = new Map<string, ContainerRecord>()
  const off = ctx.api.events.subscribe((e) => {
    const find = (id: string) => {
      const c = ctx.api.isRunning() ? ctx.api.resolveContainer(id) : undefined
      if (c) known.set(id, c)
      return c ?? known.get(id)
    }
    const text = line(e, ctx.process.host.now(), find)
    if (text) ctx.stdout.write(`${text}\n`)
  })
  try {
    // Streams until the learner presses Ctrl-C (the wait then ends the process with 130, as the real CLI does).
    await ctx.process.wait(new Promise<never>(() => {}))
    return 0
  } finally {
    off()
  }
}

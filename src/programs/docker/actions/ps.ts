/** docker ps / docker container ls: running containers (all with -a), newest first. */
import { shortId } from '../../../engine/ids'
import { isRunning, type ContainerRecord } from '../../../engine/container/container-record'
import type { ActionContext } from './action-context'
import { tabwrite } from '../format/tabwriter'
import { humanDuration } from '../format/units'
import { reportDaemonError } from './daemon-error'
import type { DockerApi } from '../docker-api'

export interface PsFlags { all: boolean; quiet: boolean; noTrunc: boolean; latest: boolean; last: number }

/** Go's %q for the COMMAND column. */
export const goQuote = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

export function commandText(c: ContainerRecord, noTrunc: boolean): string {
  const full = [c.path, ...c.args].map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' ')
  const chars = [...full]
  return goQuote(!noTrunc && chars.length > 20 ? chars.slice(0, 19).join('') + '…' : full)
}

export function statusText(c: ContainerRecord, now: number): string {
  const s = c.state
  switch (s.status) {
    case 'created': return 'Created'
    case 'running': return `Up ${humanDuration(now - s.startedAt)}`
    case 'paused': return `Up ${humanDuration(now - s.startedAt)} (Paused)`
    case 'restarting': return `Restarting (${s.exitCode}) ${humanDuration(now - s.finishedAt)} ago`
    case 'removing': return 'Removal In Progress'
    case 'dead': return 'Dead'
    default: return `Exited (${s.exitCode}) ${humanDuration(now - s.finishedAt)} ago`
  }
}

/** The IMAGE column: the reference as given, unless it no longer names the container's image. */
export function imageText(api: DockerApi, c: ContainerRecord): string {
  return api.resolveImage(c.imageRef)?.id === c.image ? c.imageRef : shortId(c.image)
}

export function portsText(c: ContainerRecord): string {
  if (c.state.status !== 'running' && c.state.status !== 'paused') return ''
  const out: string[] = []
  for (const [port, bindings] of Object.entries(c.hostConfig.portBindings)) {
    for (const b of bindings) {
      if (b.hostIp) out.push(`${b.hostIp}:${b.hostPort}->${port}`)
      else out.push(`0.0.0.0:${b.hostPort}->${port}`, `[::]:${b.hostPort}->${port}`)
    }
  }
  for (const port of c.config.exposedPorts) if (!c.hostConfig.portBindings[port]) out.unshift(port)
  return out.join(', ')
}

export async function psAction(ctx: ActionContext, flags: PsFlags): Promise<number> {
  let list: ContainerRecord[]
  try {
    list = ctx.api.containers()
  } catch (e) {
    return reportDaemonError(ctx.stderr, e)
  }
  if (flags.latest) list = list.slice(0, 1)
  else if (flags.last > 0) list = list.slice(0, flags.last)
  else if (!flags.all) list = list.filter(isRunning)
  const id = (c: ContainerRecord) => (flags.noTrunc ? c.id : shortId(c.id))
  if (flags.quiet) {
    for (const c of list) ctx.stdout.write(`${id(c)}\n`)
    return 0
  }
  const now = ctx.process.host.now()
  const rows = list.map((c) => [id(c), imageText(ctx.api, c), commandText(c, flags.noTrunc), `${humanDuration(now - c.created)} ago`, statusText(c, now), portsText(c), c.name])
  ctx.stdout.write(tabwrite([['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'], ...rows]))
  return 0
}

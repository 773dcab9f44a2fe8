/** docker volume create / ls / rm / inspect, for the local driver: names print on success, `ls` is a DRIVER /
 *  VOLUME NAME table sorted by name, `rm` handles its arguments in turn and reports every failure at the end,
 *  `inspect` prints Docker's JSON (4-space indent, keys in the API's order). */
import type { ActionContext } from './action-context'
import { reportDaemonError, daemonErrorText } from './daemon-error'
import { tabwrite } from '../format/tabwriter'
import { confirm } from './image-prune'
import { humanSize } from '../format/units'

const rfc3339 = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

export async function volumeCreateAction(ctx: ActionContext, name: string | undefined): Promise<number> {
  try {
    const v = await ctx.process.wait(ctx.api.createVolume(name))
    ctx.stdout.write(`${v.name}\n`)
    return 0
  } catch (e) {
    return reportDaemonError(ctx.stderr, e)
  }
}

export async function volumeLsAction(ctx: ActionContext, quiet: boolean): Promise<number> {
  try {
    const names = (await ctx.process.wait(ctx.api.volumes())).map((v) => v.name).sort()
    ctx.stdout.write(quiet ? names.map((n) => `${n}\n`).join('') : tabwrite([['DRIVER', 'VOLUME NAME'], ...names.map((n) => ['local', n])]))
    return 0
  } catch (e) {
    return reportDaemonError(ctx.stderr, e)
  }
}

export async function volumeRmAction(ctx: ActionContext, names: readonly string[], force: boolean): Promise<number> {
  const errors: string[] = []
  for (const n of names) {
    try {
      await ctx.process.wait(ctx.api.removeVolume(n, force))
      ctx.stdout.write(`${n}\n`)
    } catch (e) {
      errors.push(daemonErrorText(e))
    }
  }
  if (errors.length) ctx.stderr.write(errors.map((e) => `${e}\n`).join(''))
  return errors.length ? 1 : 0
}

export async function volumeInspectAction(ctx: ActionContext, names: readonly string[]): Promise<number> {
  let all
  try { all = await ctx.process.wait(ctx.api.volumes()) } catch (e) { return reportDaemonError(ctx.stderr, e) }
  const found = names.map((n) => all.find((v) => v.name === n))
  const docs = found.filter((v) => v !== undefined).map((v) => ({
    CreatedAt: rfc3339(v!.created), Driver: 'local', Labels: v!.anonymous ? { 'com.docker.volume.anonymous': '' } : {},
    Mountpoint: `/var/lib/docker/volumes/${v!.name}/_data`, Name: v!.name, Options: {}, Scope: 'local',
  }))
  ctx.stdout.write(`${JSON.stringify(docs, null, 4)}\n`)
  const missing = names.filter((_, i) => !found[i])
  for (const n of missing) ctx.stderr.write(`Error response from daemon: get ${n}: no such volume\n`)
  return missing.length ? 1 : 0
}

const ANONYMOUS_WARNING = 'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue?'
const ALL_WARNING = 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue?'

/** The volume pruner's part of the output (also in `docker system prune --volumes`): `Deleted Volumes:`, one name a
 *  line, and a blank line, or nothing. */
export const deletedVolumesBlock = (deleted: readonly string[]): string =>
  (deleted.length ? `Deleted Volumes:\n${deleted.map((n) => `${n}\n`).join('')}\n` : '')

/** docker volume prune (docker/cli volume/prune.go): asks first unless -f; -a (the `all=true` filter) takes named
 *  volumes too. Only `all` and `label` filters exist; labels are not modelled, so a label filter matches none. */
export async function volumePruneAction(ctx: ActionContext, flags: { all: boolean; force: boolean; filter: readonly string[] }): Promise<number> {
  let all = flags.all
  for (const f of flags.filter) {
    const [key, value = ''] = f.split(/=(.*)/s)
    if (key === 'all') all = value === 'true' || value === '1'
    else if (key !== 'label' && key !== 'label!') { ctx.stderr.write(`Error response from daemon: invalid filter '${key}'\n`); return 1 }
  }
  if (!flags.force && !(await confirm(ctx, all ? ALL_WARNING : ANONYMOUS_WARNING))) return 0
  try {
    const labelled = flags.filter.some((f) => f.startsWith('label=') || f.startsWith('label!='))
    const report = labelled ? { deleted: [], reclaimed: 0 } : await ctx.process.wait(ctx.api.pruneVolumes(all))
    ctx.stdout.write(`${deletedVolumesBlock(report.deleted)}Total reclaimed space: ${humanSize(report.reclaimed)}\n`)
    return 0
  } catch (e) {
    return reportDaemonError(ctx.stderr, e)
  }
}

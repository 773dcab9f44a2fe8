/** docker volume create / ls / rm / inspect, for the local driver: names print on success, `ls` is a DRIVER /
 *  VOLUME NAME table sorted by name, `rm` handles its arguments in turn and reports every failure at the end,
 *  `inspect` prints Docker's JSON (4-space indent, keys in the API's order). */
import type { ActionContext } from './action-context'
import { reportDaemonError, daemonErrorText } from './daemon-error'
import { tabwrite } from '../format/tabwriter'

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

/** The multi-container commands (docker/cli container/stop.go, kill.go, rm.go, restart.go, pause.go, unpause.go,
 *  wait.go) and rename: each argument is handled in order; successes print the argument as typed on stdout, and the
 *  errors are printed together at the end on stderr (exit 1 if any). `rm -f` of a missing container is not an
 *  error for the exit status, though it is still printed. */
import { isEngineError } from '../../../engine/engine-error'
import type { ActionContext } from './action-context'
import { daemonErrorText } from './daemon-error'
import { readRestartPolicy } from './restart-policy'

/** Runs `op` for every name; prints names that succeeded, then all errors. */
export async function eachContainer(ctx: ActionContext, names: readonly string[], op: (name: string) => Promise<string | void>, ignore?: (e: unknown) => boolean): Promise<number> {
  const errors: string[] = []
  let failed = false
  for (const name of names) {
    try {
      const out = await ctx.process.wait(op(name))
      ctx.stdout.write(`${out ?? name}\n`)
    } catch (e) {
      if ((e as { name?: string }).name === 'Killed') throw e
      errors.push(daemonErrorText(e))
      if (!ignore?.(e)) failed = true
    }
  }
  if (errors.length) ctx.stderr.write(`${errors.join('\n')}\n`)
  return failed ? 1 : 0
}

export interface StopFlags { signal: string; timeout: number; time: number; changed: ReadonlySet<string> }

const stopOptions = (f: StopFlags) => ({
  signal: f.changed.has('signal') ? f.signal : undefined,
  timeout: f.changed.has('timeout') ? f.timeout : f.changed.has('time') ? f.time : undefined,
})

export const stopAction = (ctx: ActionContext, names: readonly string[], f: StopFlags) =>
  eachContainer(ctx, names, (n) => ctx.api.stopContainer(n, stopOptions(f)))

export const restartAction = (ctx: ActionContext, names: readonly string[], f: StopFlags) =>
  eachContainer(ctx, names, (n) => ctx.api.restartContainer(n, stopOptions(f)))

export const killAction = (ctx: ActionContext, names: readonly string[], signal: string) =>
  eachContainer(ctx, names, (n) => ctx.api.killContainer(n, signal || 'SIGKILL'))

export const pauseAction = (ctx: ActionContext, names: readonly string[]) => eachContainer(ctx, names, (n) => ctx.api.pauseContainer(n))
export const unpauseAction = (ctx: ActionContext, names: readonly string[]) => eachContainer(ctx, names, (n) => ctx.api.unpauseContainer(n))

export const rmAction = (ctx: ActionContext, names: readonly string[], f: { force: boolean; volumes: boolean; link: boolean }) =>
  f.link
    ? eachContainer(ctx, names, async (n) => { ctx.api.container(n); throw new Error(`Error response from daemon: Cannot remove link for container ${n}: not supported`) })
    : eachContainer(ctx, names, (n) => ctx.api.removeContainer(n, { force: f.force, volumes: f.volumes }), (e) => f.force && isEngineError(e) && e.code === 'not_found')

/** docker wait: each exit code, in order (it blocks until each stops). */
export const waitAction = (ctx: ActionContext, names: readonly string[]) =>
  eachContainer(ctx, names, async (n) => String(await ctx.api.waitContainer(ctx.api.container(n).id, 'not-running')))

export async function renameAction(ctx: ActionContext, from: string, to: string): Promise<number> {
  if (from.trim() === '' || to.trim() === '') { ctx.stderr.write('Error: Neither old nor new names may be empty\n'); return 1 }
  try {
    await ctx.process.wait(ctx.api.renameContainer(from, to))
    return 0
  } catch (e) {
    ctx.stderr.write(`${daemonErrorText(e)}\nError: failed to rename container named ${from}\n`)
    return 1
  }
}

/** docker start without -a: errors as they come, then the list of those that failed. */
export async function startAction(ctx: ActionContext, names: readonly string[]): Promise<number> {
  const failed: string[] = []
  for (const name of names) {
    try {
      await ctx.process.wait(ctx.api.startNamed(name))
      ctx.stdout.write(`${name}\n`)
    } catch (e) {
      if ((e as { name?: string }).name === 'Killed') throw e
      ctx.stderr.write(`${daemonErrorText(e)}\n`)
      failed.push(name)
    }
  }
  if (!failed.length) return 0
  ctx.stderr.write(`Error: failed to start containers: ${failed.join(', ')}\n`)
  return 1
}

/** docker update: only --restart changes anything here; resource limits are taken and ignored. */
export async function updateAction(ctx: ActionContext, names: readonly string[], restart: string, changed: ReadonlySet<string>): Promise<number> {
  let policy: ReturnType<typeof readRestartPolicy> | undefined
  if (changed.has('restart')) {
    policy = readRestartPolicy(restart)
    if ('error' in policy) { ctx.stderr.write(`${policy.error}\n`); return 1 }
  }
  return eachContainer(ctx, names, (n) => ctx.api.updateContainer(n, { restart: policy && !('error' in policy) ? policy : undefined }))
}

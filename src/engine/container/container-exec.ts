/** docker exec, the daemon side (POST /containers/{id}/exec, then /exec/{id}/start): a new process in a running
 *  container's sandbox, with the container's environment plus the exec's own, its working directory and user.
 *  The client is attached before the process starts, so when runc cannot start it the error arrives as output
 *  (`OCI runtime exec failed: …`) and the exec's exit code is 126 or 127. */
import { EngineError } from '../engine-error'
import { randomHex } from '../random'
import type { DaemonContext } from '../daemon/daemon-context'
import { getContainer, notRunning } from './container-lifecycle'
import { processEnv } from './process-env'
import { startFailureMessage, type ContainerStdio } from './runtime'
import { moduleState } from './container-state'

export interface ExecOptions {
  cmd: string[]
  env?: string[]
  workingDir?: string
  user?: string
  tty?: boolean
  detach?: boolean
}

export interface ExecHandle {
  id: string
  /** The exec's exit status (at once for -d: 0). */
  exited: Promise<number>
  kill(sig: 'SIGINT' | 'SIGTERM' | 'SIGKILL' | 'SIGHUP' | 'SIGQUIT'): void
  /** Leaves the process running without the client's terminal (detach keys). */
  detach(): void
}

/** Checks the container the way the exec create endpoint does. */
export function execTarget(ctx: DaemonContext, input: string) {
  const c = getContainer(ctx, input)
  if (c.state.status === 'paused') throw new EngineError('conflict', `Container ${input} is paused, unpause the container before exec`)
  if (c.state.status !== 'running' || !ctx.processes.has(c.id)) throw notRunning(c)
  return c
}

export function execContainer(ctx: DaemonContext, input: string, o: ExecOptions, stdio: ContainerStdio): ExecHandle {
  const c = execTarget(ctx, input)
  const id = randomHex(ctx.random, 64)
  c.execIds = [...(c.execIds ?? []), id]
  ctx.touch(c.id)
  const spec = {
    argv: o.cmd, env: processEnv(c, o.tty ?? false, o.env ?? []), cwd: o.workingDir || c.config.workingDir || '/',
    user: o.user ?? c.config.user, tty: o.tty ?? false,
  }
  const session = { id, containerId: c.id, running: true } as { id: string; containerId: typeof c.id; running: boolean; exitCode?: number }
  moduleState(ctx).execs.set(id, session)
  const done = (code: number) => {
    session.running = false
    session.exitCode = code
    c.execIds = (c.execIds ?? []).filter((e) => e !== id)
    ctx.touch(c.id)
    return code
  }
  const failure = ctx.runtime.check(c.id, spec)
  if (failure) {
    const code = failure.reason === 'permission_denied' || failure.reason === 'is_directory' ? 126 : 127
    if (!o.detach) stdio.stdout.write(`${startFailureMessage(failure, 'exec')}\n`)
    return { id, exited: Promise.resolve(done(o.detach ? 0 : code)), kill() {}, detach() {} }
  }
  const proc = ctx.runtime.exec(c.id, spec, o.detach ? { stdin: null, stdout: { write() {} }, stderr: { write() {} } } : stdio)
  const exited = proc.exited.then(done)
  return { id, exited: o.detach ? Promise.resolve(0) : exited, kill: (sig) => proc.kill(sig), detach: () => proc.detachTerminal?.() }
}

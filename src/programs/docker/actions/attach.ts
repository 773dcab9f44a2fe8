/** docker attach and docker start -a: the client joins a container's streams — its output from now on, its stdin
 *  (with -i / unless --no-stdin), its TTY. It returns the container's exit status when it stops. The detach keys
 *  leave it running: `docker attach` then reports `read escape sequence` (exit 1), `docker start -a` says nothing. */
import type { Tty } from '../../../os/tty'
import type { ContainerRecord } from '../../../engine/container/container-record'
import type { ActionContext } from './action-context'
import { daemonErrorText } from './daemon-error'
import { parseDetachKeys, watchDetachKeys } from './detach-keys'

interface Session { stdin: boolean; sigProxy: boolean; detachKeys: string; escapeMessage: boolean }

/** Attached to a running container until it stops (its status) or the user detaches. */
async function stayAttached(ctx: ActionContext, c: ContainerRecord, s: Session, start?: () => Promise<unknown>): Promise<number> {
  const p = ctx.process
  const tty = c.config.tty
  const terminal = tty && s.stdin && c.config.openStdin ? (p.tty as Tty) : undefined
  const proxy = s.sigProxy && !tty ? p.onSignal((sig) => {
    if (sig === 'SIGINT' || sig === 'SIGTERM' || sig === 'SIGHUP' || sig === 'SIGQUIT') ctx.api.signalContainer(c.id, sig)
  }) : () => {}
  let detach!: () => void
  const detached = new Promise<'detached'>((resolve) => { detach = () => resolve('detached') })
  const exited = ctx.api.waitContainer(c.id, 'next-exit')
  let handle: { detach(): void } | undefined
  let stopWatching = () => {}
  try {
    const client = { stdout: ctx.stdout, stderr: ctx.stderr }
    const stdin = s.stdin && !tty ? p.stdin : undefined
    if (start) handle = await p.wait(ctx.api.startContainer(c.id, { client, stdin, terminal }) as Promise<{ detach(): void }>)
    else handle = ctx.api.attachContainer(c.id, client, { stdin, terminal })
    if (terminal) stopWatching = watchDetachKeys(p, parseDetachKeys(s.detachKeys) ?? '\x10\x11', () => { handle?.detach(); detach() })
    const r = await p.wait(Promise.race([exited, detached]))
    if (r === 'detached') {
      if (s.escapeMessage) { ctx.stderr.write('read escape sequence\n'); return 1 }
      return 0
    }
    return r
  } catch (e) {
    ctx.stderr.write(`${daemonErrorText(e)}\n`)
    return 1
  } finally {
    stopWatching()
    proxy()
    handle?.detach()
  }
}

export interface AttachFlags { 'no-stdin': boolean; 'sig-proxy': boolean; 'detach-keys': string }

export async function attachAction(ctx: ActionContext, name: string, f: AttachFlags): Promise<number> {
  let c: ContainerRecord
  try {
    c = ctx.api.container(name)
  } catch (e) {
    ctx.stderr.write(`${daemonErrorText(e)}\n`)
    return 1
  }
  if (c.state.status === 'paused') { ctx.stderr.write('You cannot attach to a paused container, unpause it first\n'); return 1 }
  if (c.state.status !== 'running') { ctx.stderr.write('You cannot attach to a stopped container, start it first\n'); return 1 }
  if (c.config.tty && !f['no-stdin'] && c.config.openStdin && !ctx.process.isatty(0)) { ctx.stderr.write('the input device is not a TTY\n'); return 1 }
  return stayAttached(ctx, c, { stdin: !f['no-stdin'], sigProxy: f['sig-proxy'], detachKeys: f['detach-keys'], escapeMessage: true })
}

export interface StartFlags { attach: boolean; interactive: boolean; 'detach-keys': string }

export async function startAttachAction(ctx: ActionContext, names: readonly string[], f: StartFlags): Promise<number> {
  if (names.length > 1) { ctx.stderr.write('you cannot start and attach multiple containers at once\n'); return 1 }
  let c: ContainerRecord
  try {
    c = ctx.api.container(names[0])
  } catch (e) {
    ctx.stderr.write(`${daemonErrorText(e)}\n`)
    return 1
  }
  if (c.config.tty && f.interactive && !ctx.process.isatty(0)) { ctx.stderr.write('the input device is not a TTY\n'); return 1 }
  const running = c.state.status === 'running'
  return stayAttached(ctx, c, { stdin: f.interactive, sigProxy: true, detachKeys: f['detach-keys'], escapeMessage: false }, running ? undefined : () => Promise.resolve())
}

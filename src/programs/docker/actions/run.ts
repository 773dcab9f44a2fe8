/** docker run = create (pulling the image first if it is missing) + start + attach or print the ID; docker create
 *  is the first half. The client checks its flags first (ports, --pull, --restart, TTY), then asks the daemon.
 *  Attached, the CLI streams the container's output and exits with its status (for --rm, once it is removed);
 *  with -t the container's pty is the learner's terminal and Ctrl-P Ctrl-Q detaches, silently, leaving it
 *  running; signals the CLI receives are passed to the container (--sig-proxy). */
import { familiarString, parseReference, withDefaultTag, type Reference } from '../../../engine/reference/reference'
import type { ContainerRecord } from '../../../engine/container/container-record'
import type { ImageRecord } from '../../../engine/image/image-store'
import type { Tty } from '../../../os/tty'
import type { ContainerRuntime } from '../../../os/container-runtime'
import type { ActionContext } from './action-context'
import { daemonUnreachable } from '../../../engine/engine-error'
import { pullWithProgress } from './pull'
import { reportRunError } from './daemon-error'
import { createOptionsFrom, validatePull, type ContainerFlags } from './run-options'
import { parseDetachKeys, watchDetachKeys } from './detach-keys'

export interface RunFlags extends ContainerFlags {
  detach: boolean
  pull: string
  quiet: boolean
  'detach-keys': string
  'sig-proxy': boolean
}

type Mode = 'run' | 'create'

/** Finds the image, pulling it when --pull says so; throws the daemon's error. */
async function imageFor(ctx: ActionContext, image: string, ref: Reference, pull: string, quiet: boolean): Promise<ImageRecord> {
  const p = ctx.process
  let img: ImageRecord | undefined = pull === 'always' ? undefined : ctx.api.resolveImage(image)
  if (img) return img
  if (pull === 'never') throw new Error(`Error response from daemon: No such image: ${familiarString(withDefaultTag(ref))}`)
  if (pull !== 'always') ctx.stderr.write(`Unable to find image '${familiarString(withDefaultTag(ref))}' locally\n`)
  const report = await pullWithProgress(ctx, ref, quiet ? null : ctx.stderr, p.isatty(2))
  img = ctx.api.images().get(report.image)
  return img!
}

export async function createAction(ctx: ActionContext, image: string, command: string[], flags: RunFlags, changed: ReadonlySet<string>): Promise<number> {
  const made = await createFromFlags(ctx, image, command, flags, changed, 'create')
  if (typeof made === 'number') return made
  ctx.stdout.write(`${made.id}\n`)
  return 0
}

async function createFromFlags(ctx: ActionContext, image: string, command: string[], flags: RunFlags, changed: ReadonlySet<string>, mode: Mode): Promise<ContainerRecord | number> {
  const p = ctx.process
  const fail = (e: unknown) => reportRunError(ctx.stderr, e, mode)
  const options = createOptionsFrom(p, flags, changed, { id: '' as never, ref: image }, command)
  if ('error' in options) return fail(new Error(options.error))
  const pullError = validatePull(flags.pull)
  if (pullError) return fail(new Error(pullError))
  let ref: Reference
  try {
    ref = parseReference(image)
  } catch (e) {
    return fail(e)
  }
  if (mode === 'run' && !flags.detach && flags.tty && flags.interactive && !p.isatty(0)) {
    ctx.stderr.write('the input device is not a TTY\n')
    return 1
  }
  if (!ctx.api.isRunning()) return fail(daemonUnreachable())
  // A bind mount's source is on the host: the runtime learns where the host's files are from its client.
  if (options.binds?.some((b) => b.startsWith('/'))) p.host.service<ContainerRuntime>('runtime')?.provideHostFs(p.fs)
  try {
    const img = await imageFor(ctx, image, ref, flags.pull, flags.quiet)
    const attached = mode === 'run' && !flags.detach
    return await p.wait(ctx.api.createContainer({
      ...options, image: img.id,
      attachStdin: attached && flags.interactive, attachStdout: attached || (mode === 'create'), attachStderr: attached || (mode === 'create'),
      stdinOnce: attached && flags.interactive,
      consoleSize: flags.tty && p.tty ? [p.tty.rows, p.tty.cols] : [0, 0],
    }))
  } catch (e) {
    return fail(e)
  }
}

export async function runAction(ctx: ActionContext, image: string, command: string[], flags: RunFlags, changed: ReadonlySet<string>): Promise<number> {
  const p = ctx.process
  const made = await createFromFlags(ctx, image, command, flags, changed, 'run')
  if (typeof made === 'number') return made
  const record = made

  if (flags.detach) {
    try {
      await p.wait(ctx.api.startContainer(record.id))
    } catch (e) {
      return reportRunError(ctx.stderr, e)
    }
    ctx.stdout.write(`${record.id}\n`)
    return 0
  }

  const proxy = flags['sig-proxy'] ? p.onSignal((sig) => {
    if (sig === 'SIGINT' || sig === 'SIGTERM' || sig === 'SIGHUP' || sig === 'SIGQUIT') ctx.api.signalContainer(record.id, sig)
  }) : () => {}
  let detach: (() => void) | undefined
  const detached = new Promise<'detached'>((resolve) => { detach = () => resolve('detached') })
  let stopWatching = () => {}
  try {
    // Like the CLI, wait before starting, so even a container that exits at once is seen to exit.
    const exited = ctx.api.waitContainer(record.id, flags.rm ? 'removed' : 'next-exit')
    const attachment = await p.wait(ctx.api.startContainer(record.id, {
      client: { stdout: ctx.stdout, stderr: ctx.stderr },
      stdin: flags.interactive && !flags.tty ? p.stdin : undefined,
      terminal: flags.tty && flags.interactive ? (p.tty as Tty) : undefined,
    }))
    if (flags.tty && flags.interactive) {
      stopWatching = watchDetachKeys(p, parseDetachKeys(flags['detach-keys']) ?? '\x10\x11', () => { attachment.detach(); detach?.() })
    }
    const r = await p.wait(Promise.race([exited, detached]))
    return r === 'detached' ? 0 : r
  } catch (e) {
    return reportRunError(ctx.stderr, e)
  } finally {
    stopWatching()
    proxy()
  }
}

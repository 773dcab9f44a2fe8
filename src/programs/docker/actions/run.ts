/** docker run = create (pulling the image first if it is missing) + start + attach or print the ID.
 *  Attached, the CLI streams the container's output and exits with its status; with -t the container's pty is the
 *  learner's terminal; Ctrl-C is proxied to the container (sig-proxy). */
import { familiarString, parseReference, withDefaultTag, type Reference } from '../../../engine/reference/reference'
import type { ContainerRecord } from '../../../engine/container/container-record'
import type { ImageRecord } from '../../../engine/image/image-store'
import type { Tty } from '../../../os/tty'
import type { ActionContext } from './action-context'
import { pullWithProgress } from './pull'
import { reportRunError } from './daemon-error'

export interface RunFlags {
  detach: boolean
  interactive: boolean
  tty: boolean
  name?: string
  rm: boolean
  env: string[]
  workdir?: string
  user?: string
  entrypoint?: string
  hostname?: string
  pull: 'missing' | 'always' | 'never'
  quiet: boolean
}

export async function runAction(ctx: ActionContext, image: string, command: string[], flags: RunFlags): Promise<number> {
  const p = ctx.process
  let ref: Reference
  try {
    ref = parseReference(image)
  } catch (e) {
    return reportRunError(ctx.stderr, e)
  }
  if (flags.tty && !p.isatty(0)) {
    ctx.stderr.write('the input device is not a TTY\n')
    return 1
  }
  if (!ctx.api.isRunning()) return reportRunError(ctx.stderr, new Error('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'))
  let record: ContainerRecord
  try {
    let img: ImageRecord | undefined = flags.pull === 'always' ? undefined : ctx.api.resolveImage(image)
    if (!img) {
      if (flags.pull === 'never') throw new Error(`Error response from daemon: No such image: ${familiarString(withDefaultTag(ref))}`)
      if (flags.pull === 'missing') ctx.stderr.write(`Unable to find image '${familiarString(withDefaultTag(ref))}' locally\n`)
      const report = await pullWithProgress(ctx, ref, flags.quiet ? null : ctx.stderr, p.isatty(2))
      img = ctx.api.images().get(report.image)
    }
    record = await p.wait(ctx.api.createContainer({
      image: img!.id, imageRef: image, name: flags.name, cmd: command, env: flags.env.map(withEnvValue(p.env)),
      entrypoint: flags.entrypoint !== undefined ? (flags.entrypoint === '' ? null : [flags.entrypoint]) : undefined,
      workingDir: flags.workdir, user: flags.user, hostname: flags.hostname,
      tty: flags.tty, openStdin: flags.interactive, autoRemove: flags.rm,
    }))
  } catch (e) {
    return reportRunError(ctx.stderr, e)
  }

  if (flags.detach) {
    try {
      await ctx.api.startContainer(record.id)
    } catch (e) {
      return reportRunError(ctx.stderr, e)
    }
    ctx.stdout.write(`${record.id}\n`)
    return 0
  }

  const proxy = p.onSignal((sig) => {
    if (sig === 'SIGINT' || sig === 'SIGTERM' || sig === 'SIGHUP' || sig === 'SIGQUIT') ctx.api.signalContainer(record.id, sig)
  })
  try {
    await ctx.api.startContainer(record.id, {
      stdout: ctx.stdout,
      stderr: ctx.stderr,
      stdin: flags.interactive && !flags.tty ? p.stdin : null,
      terminal: flags.tty ? (p.tty as Tty) : undefined,
    })
  } catch (e) {
    proxy()
    return reportRunError(ctx.stderr, e)
  }
  try {
    return await ctx.api.waitContainer(record.id)
  } finally {
    proxy()
  }
}

/** `-e FOO` takes FOO's value from the client's environment (and is dropped when unset), as the CLI does. */
const withEnvValue = (env: Record<string, string>) => (e: string): string => (e.includes('=') ? e : env[e] !== undefined ? `${e}=${env[e]}` : e)

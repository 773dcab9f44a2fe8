/** docker exec: the CLI inspects the container first (missing → No such container, stopped → not running,
 *  paused → unpause first), then checks its own TTY for -it, then runs the process attached (or not, with -d)
 *  and exits with its status. With -t the process gets its own pty on the learner's terminal; Ctrl-P Ctrl-Q
 *  detaches and leaves it running. */
import type { Tty } from '../../../os/tty'
import type { ActionContext } from './action-context'
import { daemonErrorText } from './daemon-error'
import { parseDetachKeys, watchDetachKeys } from './detach-keys'

export interface ExecFlags {
  detach: boolean; interactive: boolean; tty: boolean; user: string; workdir: string; env: readonly string[]
  'env-file': readonly string[]; privileged: boolean; 'detach-keys': string
}

export async function execAction(ctx: ActionContext, name: string, cmd: string[], f: ExecFlags, changed: ReadonlySet<string>): Promise<number> {
  const p = ctx.process
  try {
    ctx.api.execTarget(name)
  } catch (e) {
    ctx.stderr.write(`${daemonErrorText(e)}\n`)
    return 1
  }
  if (!f.detach && f.tty && f.interactive && !p.isatty(0)) {
    ctx.stderr.write('the input device is not a TTY\n')
    return 1
  }
  const env = [...f.env]
  for (const file of f['env-file']) {
    try {
      for (const line of p.fs.readText(file.startsWith('/') ? file : `${p.cwd}/${file}`).split('\n')) if (line.trim() && !line.startsWith('#')) env.push(line.trim())
    } catch {
      ctx.stderr.write(`open ${file}: no such file or directory\n`)
      return 1
    }
  }
  let stopWatching = () => {}
  let proxy = () => {}
  try {
    const terminal = f.tty && !f.detach ? (p.tty as Tty | null) ?? undefined : undefined
    const handle = ctx.api.execContainer(name, {
      cmd, env, workingDir: changed.has('workdir') ? f.workdir : undefined, user: changed.has('user') ? f.user : undefined,
      tty: f.tty, detach: f.detach,
    }, {
      stdin: f.interactive && !f.tty ? p.stdin : null, stdout: ctx.stdout, stderr: f.tty ? ctx.stdout : ctx.stderr,
      terminal: f.interactive ? terminal : undefined,
    })
    if (f.detach) return 0
    let detach!: () => void
    const detached = new Promise<'detached'>((resolve) => { detach = () => resolve('detached') })
    if (f.tty && f.interactive) stopWatching = watchDetachKeys(p, parseDetachKeys(f['detach-keys']) ?? '\x10\x11', () => { handle.detach(); detach() })
    // With a TTY, Ctrl-C reaches the process through its terminal.
    if (f.tty) proxy = p.onSignal((sig) => { if (sig === 'SIGINT' || sig === 'SIGQUIT') handle.kill(sig) })
    const r = await p.wait(Promise.race([handle.exited, detached]))
    return r === 'detached' ? 0 : r
  } catch (e) {
    ctx.stderr.write(`${daemonErrorText(e)}\n`)
    return 1
  } finally {
    stopWatching()
    proxy()
  }
}

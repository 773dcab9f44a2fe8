/** The OS side of the runtime port (runc's job): runs a container's processes with the kernel, inside the
 *  container's merged rootfs, with its own hostname and environment, on a pseudo-terminal when it has a TTY. */
import type { ContainerStdio, ProcessSpec, Runtime, RuntimeProcess, StartFailure } from '../engine/container/runtime'
import type { Kernel } from './kernel'
import type { HostServices } from './process'
import { createPty, type Pty } from './pty'
import type { Reader, Writer } from './stream'
import type { Tty } from './tty'

export interface ContainerRuntime extends Runtime {
  /** The pty of a running container with a TTY (for attach and exec -it). */
  pty(containerId: string): Pty | undefined
}

const envRecord = (env: readonly string[]): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const e of env) {
    const i = e.indexOf('=')
    if (i > 0) out[e.slice(0, i)] = e.slice(i + 1)
  }
  return out
}

export function createContainerRuntime(kernel: Kernel, now: () => number): ContainerRuntime {
  const ptys = new Map<string, Pty>()

  function check(spec: ProcessSpec): StartFailure | undefined {
    const cmd = spec.argv[0]
    const path = envRecord(spec.env).PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
    const found = kernel.which(spec.rootfs, cmd, path)
    if (!found) return { reason: cmd.includes('/') ? 'no_such_file' : 'not_found', path: cmd }
    const st = spec.rootfs.stat(found)!
    if (st.type === 'dir') return { reason: 'is_directory', path: cmd }
    if (!(st.mode & 0o111)) return { reason: 'permission_denied', path: cmd }
    return undefined
  }

  function start(spec: ProcessSpec, stdio: ContainerStdio): RuntimeProcess {
    const host: HostServices = { hostname: spec.hostname, now, service: () => undefined }
    let tty: Tty | null = null
    let stdin: Reader | undefined = stdio.stdin ?? undefined
    let stdout: Writer = stdio.stdout
    let stderr: Writer = stdio.stderr
    if (spec.tty) {
      const pty = createPty(stdio.stdout)
      if (stdio.terminal) pty.attach(stdio.terminal as Tty)
      ptys.set(spec.containerId, pty)
      tty = pty
      const w = { write: (d: string | Uint8Array) => pty.write(typeof d === 'string' ? d : new TextDecoder().decode(d)), tty: pty }
      stdout = w
      stderr = w
      stdin = { tty: pty, async read() { const r = await pty.readLine({ prompt: '' }); return r.kind === 'line' ? r.line + '\n' : null } } as Reader
    }
    const handle = kernel.spawn({
      argv: spec.argv, fs: spec.rootfs, env: envRecord(spec.env), cwd: spec.cwd, host,
      stdin, stdout, stderr, tty, shellName: 'sh',
    })
    const exited = handle.exited.finally(() => ptys.delete(spec.containerId))
    return { pid: handle.pid, exited, kill: (sig) => handle.kill(sig) }
  }

  return { check, start, pty: (id) => ptys.get(id) }
}

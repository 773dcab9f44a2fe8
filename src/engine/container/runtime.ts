/** The runtime port: how the daemon gets a container's processes run (runc's job in real Docker). The engine owns
 *  container records and filesystems; the runtime, supplied by the host OS (src/os), owns processes. Streams are
 *  structural twins of the OS's Reader/Writer so the engine needs nothing from src/os. */
import type { UnionFs } from '../graphdriver/union-fs'

export interface OutputSink { write(data: string | Uint8Array): void }
export interface InputSource { read(): Promise<string | Uint8Array | null> }

export interface ContainerStdio {
  stdin: InputSource | null
  stdout: OutputSink
  stderr: OutputSink
  /** The client's terminal when the container has a TTY and a client is attached (opaque to the engine). */
  terminal?: unknown
}

export interface ProcessSpec {
  containerId: string
  hostname: string
  rootfs: UnionFs
  argv: string[]
  env: string[]
  cwd: string
  user: string
  tty: boolean
}

export interface RuntimeProcess {
  pid: number
  /** Resolves to the exit status (128+n when killed by signal n). */
  exited: Promise<number>
  kill(signal: 'SIGTERM' | 'SIGKILL' | 'SIGINT' | 'SIGQUIT' | 'SIGHUP' | 'SIGWINCH'): void
}

export type StartFailure = { reason: 'not_found' | 'no_such_file' | 'permission_denied' | 'is_directory'; path: string }

export interface Runtime {
  /** Checks that argv[0] can be executed in rootfs, as runc does before it starts anything. */
  check(spec: ProcessSpec): StartFailure | undefined
  start(spec: ProcessSpec, stdio: ContainerStdio): RuntimeProcess
}

/** runc's wording for a process that cannot start, as the daemon reports it. */
export function startFailureMessage(f: StartFailure, phase: 'create' | 'exec'): string {
  const detail =
    f.reason === 'not_found' ? `exec: "${f.path}": executable file not found in $PATH`
    : f.reason === 'no_such_file' ? `exec: "${f.path}": stat ${f.path}: no such file or directory`
    : f.reason === 'is_directory' ? `exec: "${f.path}": is a directory`
    : `exec: "${f.path}": permission denied`
  return phase === 'create'
    ? `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${detail}: unknown`
    : `OCI runtime exec failed: exec failed: unable to start container process: ${detail}: unknown`
}

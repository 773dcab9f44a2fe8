/** The runtime port: how the daemon gets a container's processes run (runc's job in real Docker). The engine owns
 *  container records, filesystems and the network plan (addresses, published ports); the runtime, supplied by the
 *  host OS (src/os), owns the sandbox those become (process table, network namespace, pseudo-terminal) and the
 *  processes in it. Streams are structural twins of the OS's Reader/Writer so the engine needs nothing from src/os.
 *
 *  A sandbox lives from `createSandbox` (before the main process starts) to `destroySandbox` (after it exits); the
 *  main process is its pid 1, `exec` adds processes to it. */
import type { Fs } from '../graphdriver/fs'

export interface OutputSink { write(data: string | Uint8Array): void }
export interface InputSource { read(): Promise<string | Uint8Array | null> }

export interface ContainerStdio {
  stdin: InputSource | null
  stdout: OutputSink
  stderr: OutputSink
  /** The client's terminal when the process has a TTY and a client is attached (opaque to the engine). */
  terminal?: unknown
  /** The container's log alone (a TTY's echo of what is typed belongs in the log, but the client already saw it). */
  log?: OutputSink
}

export interface PublishedPort { hostIp: string; hostPort: number; containerPort: number; proto: 'tcp' | 'udp' }

export interface SandboxSpec {
  containerId: string
  hostname: string
  /** The container's filesystem as its processes see it: rootfs with volumes, binds and /etc files mounted. */
  fs: Fs
  /** The bridge endpoint, or null (`--network none`). */
  network: { ip: string; gateway: string; mac: string; ports: PublishedPort[] } | null
  tty: boolean
}

export interface ProcessSpec {
  argv: string[]
  env: string[]
  cwd: string
  user: string
  tty: boolean
}

export type SignalName = 'SIGTERM' | 'SIGKILL' | 'SIGINT' | 'SIGQUIT' | 'SIGHUP' | 'SIGWINCH' | 'SIGSTOP' | 'SIGCONT'

export interface RuntimeProcess {
  pid: number
  /** Resolves to the exit status (128+n when killed by signal n). */
  exited: Promise<number>
  kill(signal: SignalName): void
  /** Disconnects the client's terminal from this process's pty (the process keeps running). */
  detachTerminal?(): void
}

/** A row of `docker top`: what `ps -ef` shows on the host for one of the container's processes. */
export interface ProcessInfo {
  /** Host pid (docker top shows host pids). */
  pid: number
  ppid: number
  /** The pid inside the container's namespace. */
  nsPid: number
  user: string
  /** The user's uid in the container's /etc/passwd (docker top shows the host's name for it). */
  uid: number
  started: number
  tty: string
  /** argv as ps shows it (nginx rewrites its own: `nginx: master process nginx -g daemon off;`). */
  command: string
}

export type StartFailure = { reason: 'not_found' | 'no_such_file' | 'permission_denied' | 'is_directory'; path: string }

export interface Runtime {
  /** The host's filesystem, where bind-mount sources live; undefined until the host has told the runtime. */
  hostFs(): Fs | undefined
  createSandbox(spec: SandboxSpec): void
  destroySandbox(containerId: string): void
  /** Checks that argv[0] can be executed in the sandbox, as runc does before it starts anything. */
  check(containerId: string, spec: ProcessSpec): StartFailure | undefined
  /** Starts the sandbox's main process. */
  start(containerId: string, spec: ProcessSpec, stdio: ContainerStdio): RuntimeProcess
  /** Starts another process in the sandbox (docker exec). */
  exec(containerId: string, spec: ProcessSpec, stdio: ContainerStdio): RuntimeProcess
  /** Connects a client terminal to the main process's TTY, or disconnects it (null). */
  attachTerminal(containerId: string, terminal: unknown): void
  /** Freezes every process of the sandbox (their waits block) / thaws them. */
  pause(containerId: string): void
  unpause(containerId: string): void
  processes(containerId: string): ProcessInfo[]
  /** Bytes the sandbox's network interface received and sent. */
  netStats?(containerId: string): { rx: number; tx: number } | undefined
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

/** The OS side of the runtime port (runc's job): makes a container's sandbox — its filesystem view with /proc and
 *  /dev mounted, its network namespace on the bridge with the published ports (docker-proxy), its PID namespace
 *  and freezer — and runs its processes there with the kernel, on a pseudo-terminal when they have a TTY.
 *  PID 1 semantics: the kernel gives a signal without a handler its default action, but Linux never does that for
 *  a namespace's init: a signal reaches the main process only when it handles signals (or waits for a child it
 *  passes them on to); SIGKILL always does. So `docker stop` on `sleep 3600` waits 10 s, then kills. */
import type {
  ContainerStdio, ProcessInfo, ProcessSpec, Runtime, RuntimeProcess, SandboxSpec, SignalName, StartFailure,
} from '../engine/container/runtime'
import { buildTree, emptyDir } from '../engine/layer/file-tree'
import { createUnionFs } from '../engine/graphdriver/union-fs'
import { createMountFs } from '../engine/graphdriver/mount-fs'
import type { Fs } from './fs'
import type { Kernel } from './kernel'
import type { HostServices } from './process'
import { createPty, type Pty } from './pty'
import type { Reader, Writer } from './stream'
import type { Tty } from './tty'
import { createNetStack, type NetNamespace, type NetStack } from './netstack'
import { createSandbox, type Sandbox } from './sandbox'

export interface ContainerRuntime extends Runtime {
  /** The pty of a running container with a TTY (for attach and exec -it). */
  pty(containerId: string): Pty | undefined
  sandbox(containerId: string): Sandbox | undefined
  /** The machine's network: the host's namespace is where host programs (curl) connect from. */
  readonly net: NetStack
  /** Tells the runtime where the host's files are (bind-mount sources). */
  provideHostFs(fs: Fs): void
}

const envRecord = (env: readonly string[]): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const e of env) {
    const i = e.indexOf('=')
    if (i > 0) out[e.slice(0, i)] = e.slice(i + 1)
  }
  return out
}

const KERNEL = 'Linux version 3.10.0-1160.el7.x86_64 (mockbuild@kbuilder.bsys.centos.org) (gcc version 4.8.5 20150623 (Red Hat 4.8.5-44) (GCC) ) #1 SMP Mon Oct 19 16:18:59 UTC 2020\n'

function procTree(now: number, hostname: string) {
  return buildTree({
    'net/if_inet6': '00000000000000000000000000000001 01 80 10 80       lo\n',
    'net/dev': 'Inter-|   Receive                                                |  Transmit\n face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n    lo:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0\n  eth0:    1046      13    0    0    0     0          0         0      126       1    0    0    0     0       0          0\n',
    version: KERNEL,
    cpuinfo: [0, 1].map((n) => `processor\t: ${n}\nvendor_id\t: GenuineIntel\ncpu family\t: 6\nmodel\t\t: 85\nmodel name\t: Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz\ncpu MHz\t\t: 2499.998\ncache size\t: 36608 KB\ncpu cores\t: 2\n\n`).join(''),
    meminfo: 'MemTotal:        3880968 kB\nMemFree:         2403316 kB\nMemAvailable:    3218748 kB\nBuffers:            2108 kB\nCached:           936512 kB\nSwapTotal:       2097148 kB\nSwapFree:        2097148 kB\n',
    uptime: `${(now / 1000 % 100000).toFixed(2)} ${((now / 1000 % 100000) * 1.9).toFixed(2)}\n`,
    loadavg: '0.00 0.01 0.05 1/128 1\n',
    mounts: 'overlay / overlay rw,relatime,lowerdir=/var/lib/docker/overlay2/l/A:/var/lib/docker/overlay2/l/B,upperdir=/var/lib/docker/overlay2/C/diff,workdir=/var/lib/docker/overlay2/C/work 0 0\nproc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\ntmpfs /dev tmpfs rw,nosuid,size=65536k,mode=755 0 0\nsysfs /sys sysfs ro,nosuid,nodev,noexec,relatime 0 0\n/dev/mapper/centos-root /etc/resolv.conf xfs rw,relatime 0 0\n/dev/mapper/centos-root /etc/hostname xfs rw,relatime 0 0\n/dev/mapper/centos-root /etc/hosts xfs rw,relatime 0 0\nshm /dev/shm tmpfs rw,nosuid,nodev,noexec,relatime,size=65536k 0 0\n',
    'sys/kernel/hostname': `${hostname}\n`,
    'sys/kernel/osrelease': '3.10.0-1160.el7.x86_64\n',
    self: { link: '1' },
  }, now)
}

function devTree(now: number) {
  return buildTree({
    null: { data: '', mode: 0o666 }, zero: { data: '', mode: 0o666 }, full: { data: '', mode: 0o666 },
    random: { data: '', mode: 0o666 }, urandom: { data: '', mode: 0o666 }, tty: { data: '', mode: 0o666 },
    console: { data: '', mode: 0o620 }, 'pts/': {}, 'shm/': { mode: 0o1777 }, 'mqueue/': { mode: 0o1777 },
    fd: { link: '/proc/self/fd' }, stdin: { link: '/proc/self/fd/0' }, stdout: { link: '/proc/self/fd/1' },
    stderr: { link: '/proc/self/fd/2' }, core: { link: '/proc/kcore' }, ptmx: { link: 'pts/ptmx' },
  }, now)
}

interface Box {
  sandbox: Sandbox
  fs: Fs
  net: (NetNamespace & { destroy(): void }) | null
  unpublish: (() => void)[]
  pty?: Pty
  main?: { pid: number; kill(sig: SignalName): void }
  /** Signals sent while frozen, delivered on thaw. */
  queued: (() => void)[]
}

/** `shared`: services of the embedder that container processes may use too (the browser's file editor, so that
 *  `docker exec -it web vi FILE` opens it on the container's file). */
export function createContainerRuntime(kernel: Kernel, now: () => number, hostFs?: Fs, shared: Record<string, unknown> = {}): ContainerRuntime {
  const boxes = new Map<string, Box>()
  const net = createNetStack()
  let host: Fs | undefined = hostFs
  let shimPid = 2_100

  const box = (id: string) => {
    const b = boxes.get(id)
    if (!b) throw new Error(`no sandbox for container ${id}`)
    return b
  }

  function check(id: string, spec: ProcessSpec): StartFailure | undefined {
    const fs = box(id).fs
    const cmd = spec.argv[0]
    const path = envRecord(spec.env).PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
    const found = kernel.which(fs, cmd, path)
    if (!found) return { reason: cmd.includes('/') ? 'no_such_file' : 'not_found', path: cmd }
    const st = fs.stat(found)!
    if (st.type === 'dir') return { reason: 'is_directory', path: cmd }
    if (!(st.mode & 0o111)) return { reason: 'permission_denied', path: cmd }
    return undefined
  }

  function services(b: Box): HostServices {
    return {
      hostname: b.sandbox.hostname,
      now,
      service<T>(name: string): T | undefined {
        if (name === 'sandbox') return b.sandbox as T
        if (name === 'net') return (b.net ?? undefined) as T | undefined
        if (name === 'kernel') return { processes: () => processTable(b) } as T
        if (name === 'editor') return shared.editor as T | undefined
        return undefined
      },
    }
  }

  /** runc sets HOME, when nothing else did, to the user's home in the container's passwd ("/" without an entry). */
  function withHome(b: Box, env: Record<string, string>, user: string): Record<string, string> {
    if (env.HOME !== undefined) return env
    const u = user.split(':')[0] || 'root'
    let passwd = ''
    try { passwd = b.fs.readText('/etc/passwd') } catch { /* no passwd */ }
    const entry = passwd.split('\n').map((l) => l.split(':')).find((f) => (/^\d+$/.test(u) ? f[2] === u : f[0] === u))
    return { ...env, HOME: entry?.[5] || '/' }
  }

  /** A process's user as ps in the container names it: the passwd name, or the bare uid when it has none. */
  function displayUser(b: Box, spec: string): string {
    const u = spec.split(':')[0] || 'root'
    if (!/^\d+$/.test(u)) return u
    let passwd = ''
    try { passwd = b.fs.readText('/etc/passwd') } catch { /* no passwd */ }
    return passwd.split('\n').find((l) => l.split(':')[2] === u)?.split(':')[0] ?? u
  }

  /** The sandbox's processes as the kernel would list them in the container's PID namespace (for ps and kill). */
  function processTable(b: Box) {
    const host = kernel.processes()
    return new Map(b.sandbox.processes().map((sp) => [sp.nsPid, {
      argv: sp.title.split(' '), started: sp.started, user: displayUser(b, sp.user), tty: sp.tty === '?' ? null : sp.tty,
      ppid: sp.parent && !sp.parent.exited && !sp.parent.hidden ? sp.parent.nsPid : 0,
      kill: (sig: SignalName) => (sp.nsPid === 1 && b.main ? b.main.kill(sig) : host.get(sp.hostPid)?.kill(sig)),
    }]))
  }

  /** Runs one process in the sandbox; `main` makes it pid 1 (and the pty's owner). */
  function run(id: string, spec: ProcessSpec, stdio: ContainerStdio, main: boolean): RuntimeProcess {
    const b = box(id)
    let tty: Tty | null = null
    let own: Pty | undefined
    let stdin: Reader | undefined = stdio.stdin ?? undefined
    let stdout: Writer = stdio.stdout
    let stderr: Writer = stdio.stderr
    if (spec.tty) {
      const pty = createPty(stdio.stdout, main ? stdio.log : undefined)
      if (main) b.pty = pty
      own = pty
      if (stdio.terminal) pty.attach(stdio.terminal as Tty)
      tty = pty
      const w = { write: (d: string | Uint8Array) => pty.write(typeof d === 'string' ? d : new TextDecoder().decode(d)), tty: pty }
      stdout = w
      stderr = w
      stdin = { tty: pty, async read() { const r = await pty.readLine({ prompt: '' }); return r.kind === 'line' ? r.line + '\n' : null } } as Reader
    }
    const handle = kernel.spawn({
      argv: spec.argv, fs: b.fs, env: withHome(b, envRecord(spec.env), spec.user), cwd: spec.cwd, host: services(b),
      stdin, stdout, stderr, tty, shellName: 'sh',
    })
    b.sandbox.expectRoot(handle.pid, spec.argv, spec.tty ? 'pts/0' : '?', spec.user || 'root')
    const kill = (sig: SignalName) => {
      if (sig === 'SIGKILL') { handle.kill('SIGKILL'); return }
      if (sig === 'SIGSTOP' || sig === 'SIGCONT') return
      const deliver = () => {
        const me = b.sandbox.byHostPid(handle.pid)
        if (main && me && !me.handlesSignals && me.waitingForChild === 0) return
        handle.kill(sig)
      }
      if (b.sandbox.frozen) b.queued.push(deliver)
      else deliver()
    }
    if (main) b.main = { pid: handle.pid, kill }
    return { pid: handle.pid, exited: handle.exited, kill, detachTerminal: () => own?.detach() }
  }

  return {
    net,
    hostFs: () => host,
    provideHostFs(fs) { host ??= fs },
    createSandbox(spec: SandboxSpec) {
      const t = now()
      const fs = createMountFs(spec.fs, [
        { at: '/proc', fs: createUnionFs([procTree(t, spec.hostname)], emptyDir(t), now), root: '/', readOnly: true },
        { at: '/dev', fs: createUnionFs([devTree(t)], emptyDir(t), now), root: '/' },
        { at: '/sys', fs: createUnionFs([emptyDir(t, 0o555)], emptyDir(t), now), root: '/', readOnly: true },
      ])
      const ns = spec.network ? net.createNamespace(spec.containerId, spec.network.ip) : null
      const unpublish = spec.network ? spec.network.ports.map((p) => net.publish(p.hostIp, p.hostPort, spec.network!.ip, p.containerPort)) : []
      shimPid += 17
      const sandbox = createSandbox({ id: spec.containerId, hostname: spec.hostname, net: ns, now, shimPid })
      boxes.set(spec.containerId, { sandbox, fs, net: ns, unpublish, queued: [] })
    },
    destroySandbox(id) {
      const b = boxes.get(id)
      if (!b) return
      for (const u of b.unpublish) u()
      b.net?.destroy()
      b.sandbox.thaw()
      boxes.delete(id)
    },
    check,
    start: (id, spec, stdio) => run(id, spec, stdio, true),
    exec: (id, spec, stdio) => run(id, spec, stdio, false),
    attachTerminal(id, terminal) {
      const pty = boxes.get(id)?.pty
      if (!pty) return
      if (terminal) pty.attach(terminal as Tty)
      else pty.detach()
    },
    pause(id) { box(id).sandbox.freeze() },
    unpause(id) {
      const b = box(id)
      b.sandbox.thaw()
      for (const q of b.queued.splice(0)) q()
    },
    processes(id): ProcessInfo[] {
      const b = boxes.get(id)
      if (!b) return []
      let passwd = ''
      try { passwd = b.fs.readText('/etc/passwd') } catch { /* no passwd */ }
      const uidOf = (user: string) => {
        if (/^\d+$/.test(user)) return Number(user)
        const line = passwd.split('\n').find((l) => l.split(':')[0] === user)
        return line ? Number(line.split(':')[2]) : 0
      }
      return b.sandbox.processes().map((p) => ({
        pid: p.hostPid, ppid: p.parent && !p.parent.exited ? p.parent.hostPid : b.sandbox.shimPid, nsPid: p.nsPid,
        user: p.user.split(':')[0], uid: uidOf(p.user.split(':')[0]), started: p.started, tty: p.tty, command: p.title,
      }))
    },
    netStats(id) {
      const n = boxes.get(id)?.net
      return n ? { ...n.counters } : undefined
    },
    pty: (id) => boxes.get(id)?.pty,
    sandbox: (id) => boxes.get(id)?.sandbox,
  }
}

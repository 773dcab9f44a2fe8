/** What `ps` sees: the kernel's live processes (the host's, and containers' processes with their own argv) under
 *  the CentOS 7 boot processes that a minimal install runs (systemd, kernel threads, sshd, crond, …, with pids below
 *  the kernel's first pid, 1000). The login shell is a child of the sshd session `sshd: root@pts/0`.
 *  A kernel entry may say its parent and terminal (`ppid`, `tty`); when it does not, the parent is guessed as the
 *  nearest older shell and the terminal as the login's pts/0, and a container's main process (known from the
 *  engine) has none. Inside a container, the process table a `kernel` service offers is shown as is. */
import { BASE_SERVICES } from '../../os/centos-base'
import type { Process, SignalName } from '../../os/process'

export interface ProcRow {
  pid: number
  ppid: number
  user: string
  tty: string
  stat: string
  started: number
  argv: readonly string[]
  vsz: number
  rss: number
  kernelThread?: boolean
  /** CPU time used, ms. */
  cpu?: number
  kill?: (sig: SignalName) => void
}

/** A kernel table entry, with the optional facts a kernel may add. */
export interface KernelEntry {
  argv: readonly string[]
  started: number
  kill(sig: SignalName): void
  ppid?: number
  tty?: string | null
  user?: string
}

export interface KernelView { processes(): ReadonlyMap<number, KernelEntry> }

interface ContainerLike { id: string; state: { status: string; pid: number }; config: { tty: boolean } }
interface EngineLike { isRunning(): boolean; containers(): ContainerLike[] }
interface RuntimeLike { processes?(id: string): { pid: number; ppid: number; user: string; tty: string; command: string; started: number }[] }
interface MachineLike { units: Record<string, { active: boolean }> }

type Boot = [pid: number, ppid: number, user: string, tty: string, stat: string, vsz: number, rss: number, cmd: string]

const BOOT: readonly Boot[] = [
  [1, 0, 'root', '?', 'Ss', 128_092, 6_788, '/usr/lib/systemd/systemd --switched-root --system --deserialize 22'],
  [2, 0, 'root', '?', 'S', 0, 0, '[kthreadd]'],
  [4, 2, 'root', '?', 'S<', 0, 0, '[kworker/0:0H]'],
  [6, 2, 'root', '?', 'S', 0, 0, '[ksoftirqd/0]'],
  [7, 2, 'root', '?', 'S', 0, 0, '[migration/0]'],
  [8, 2, 'root', '?', 'S', 0, 0, '[rcu_bh]'],
  [9, 2, 'root', '?', 'R', 0, 0, '[rcu_sched]'],
  [10, 2, 'root', '?', 'S<', 0, 0, '[lru-add-drain]'],
  [11, 2, 'root', '?', 'S', 0, 0, '[watchdog/0]'],
  [13, 2, 'root', '?', 'S', 0, 0, '[kdevtmpfs]'],
  [14, 2, 'root', '?', 'S<', 0, 0, '[netns]'],
  [15, 2, 'root', '?', 'S', 0, 0, '[khungtaskd]'],
  [16, 2, 'root', '?', 'S<', 0, 0, '[writeback]'],
  [17, 2, 'root', '?', 'S<', 0, 0, '[kintegrityd]'],
  [18, 2, 'root', '?', 'S<', 0, 0, '[bioset]'],
  [21, 2, 'root', '?', 'S<', 0, 0, '[kblockd]'],
  [22, 2, 'root', '?', 'S<', 0, 0, '[md]'],
  [28, 2, 'root', '?', 'S', 0, 0, '[kswapd0]'],
  [36, 2, 'root', '?', 'S<', 0, 0, '[kthrotld]'],
  [362, 2, 'root', '?', 'S', 0, 0, '[xfsaild/dm-0]'],
  [456, 1, 'root', '?', 'Ss', 39_060, 2_352, '/usr/lib/systemd/systemd-journald'],
  [478, 1, 'root', '?', 'Ss', 124_916, 1_436, '/usr/sbin/lvmetad -f'],
  [488, 1, 'root', '?', 'Ss', 48_304, 2_532, '/usr/lib/systemd/systemd-udevd'],
  [612, 1, 'root', '?', 'S<sl', 55_532, 1_036, '/sbin/auditd'],
  [635, 1, 'dbus', '?', 'Ssl', 58_104, 2_332, '/usr/bin/dbus-daemon --system --address=systemd: --nofork --nopidfile --systemd-activation'],
  [637, 1, 'polkitd', '?', 'Ssl', 614_328, 11_120, '/usr/lib/polkit-1/polkitd --no-debug'],
  [639, 1, 'root', '?', 'Ss', 26_380, 1_756, '/usr/lib/systemd/systemd-logind'],
  [645, 1, 'chrony', '?', 'S', 117_808, 1_780, '/usr/sbin/chronyd'],
  [650, 1, 'root', '?', 'Ss', 126_288, 1_612, '/usr/sbin/crond -n'],
  [653, 1, 'root', 'tty1', 'Ss+', 110_108, 848, '/sbin/agetty --noclear tty1 linux'],
  [662, 1, 'root', '?', 'Ssl', 358_588, 29_376, '/usr/bin/python2 -Es /usr/sbin/firewalld --nofork --nopid'],
  [664, 1, 'root', '?', 'Ssl', 551_940, 9_016, '/usr/sbin/NetworkManager --no-daemon'],
  [973, 1, 'root', '?', 'Ssl', 574_204, 17_488, '/usr/bin/python2 -Es /usr/sbin/tuned -l -P'],
  [975, 1, 'root', '?', 'Ss', 112_920, 4_304, '/usr/sbin/sshd -D'],
  [977, 1, 'root', '?', 'Ssl', 214_452, 4_880, '/usr/sbin/rsyslogd -n'],
  [984, 1, 'root', '?', 'Ss', 89_708, 2_084, '/usr/libexec/postfix/master -w'],
  [986, 984, 'postfix', '?', 'S', 89_812, 4_072, 'pickup -l -t unix -u'],
  [987, 984, 'postfix', '?', 'S', 89_880, 4_096, 'qmgr -l -t unix -u'],
  [996, 975, 'root', '?', 'Ss', 158_928, 5_604, 'sshd: root@pts/0'],
]

/** Typical memory of a program, by name: [VSZ, RSS] in KiB. */
const MEMORY: Record<string, [number, number]> = {
  bash: [115_544, 2_040], sh: [1_640, 1_016], ps: [155_448, 1_876], sleep: [108_052, 356], dockerd: [1_266_316, 58_736],
  containerd: [1_322_128, 34_880], nginx: [11_412, 7_384], 'redis-server': [54_348, 9_904], mysqld: [1_322_684, 386_440],
  postgres: [217_096, 24_972], httpd: [5_952, 4_448], node: [656_312, 44_872], python3: [31_924, 9_884], top: [162_100, 2_200],
}

const comm = (argv: readonly string[]) => (argv[0] ?? '').split('/').pop()!.replace(/^-/, '')

export function processRows(p: Process): ProcRow[] {
  const kernel = p.host.service<KernelView>('kernel')
  const onHost = p.host.service('machine') !== undefined
  if (!kernel) {
    // A container without a process-table service sees only itself.
    return [{ pid: p.pid, ppid: 0, user: 'root', tty: p.tty ? 'pts/0' : '?', stat: 'R', started: p.host.now(), argv: p.argv, vsz: 1_640, rss: 1_016, kill: (s) => p.signal(s) }]
  }
  const table = [...kernel.processes()].sort((a, b) => a[0] - b[0])
  const rows: ProcRow[] = []
  const firstStart = Math.min(p.host.now(), ...table.map(([, e]) => e.started))
  if (onHost) {
    const boot = firstStart - 90_000
    const units = p.host.service<MachineLike>('machine')?.units ?? {}
    for (const [pid, ppid, user, tty, stat, vsz, rss, cmd] of BOOT) {
      // A base service stopped with systemctl is gone from the table (and its children with it).
      const unit = BASE_SERVICES.find((s) => s.pid === pid || (pid === 986 || pid === 987 ? s.pid === 984 : false))
      if (unit && units[unit.unit]?.active === false) continue
      rows.push({ pid, ppid, user, tty, stat, started: boot, argv: cmd.split(' '), vsz, rss, kernelThread: cmd.startsWith('['), cpu: pid === 1 ? 2_310 : 0 })
    }
  }
  // Containers' processes, as the runtime knows them (their parent is the container's shim).
  const engine = onHost ? p.host.service<EngineLike>('engine') : undefined
  const runtime = onHost ? p.host.service<RuntimeLike>('runtime') : undefined
  const inContainer = new Map<number, { ppid: number; user: string; tty: string; command: string; id: string }>()
  try {
    if (engine?.isRunning()) {
      for (const c of engine.containers()) {
        if (c.state.status !== 'running' && c.state.status !== 'paused') continue
        for (const info of runtime?.processes?.(c.id) ?? []) inContainer.set(info.pid, { ...info, id: c.id })
      }
    }
  } catch { /* the daemon is stopping */ }
  const shims = new Map<number, string>()
  for (const info of inContainer.values()) if (!table.some(([pid]) => pid === info.ppid) && !inContainer.has(info.ppid)) shims.set(info.ppid, info.id)
  for (const [pid, id] of shims) {
    rows.push({ pid, ppid: 1, user: 'root', tty: '?', stat: 'Sl', started: table.find(([hp]) => inContainer.get(hp)?.id === id)?.[1].started ?? p.host.now(), argv: ['/usr/bin/containerd-shim-runc-v2', '-namespace', 'moby', '-id', id, '-address', '/run/containerd/containerd.sock'], vsz: 1_238_524, rss: 9_840 })
  }
  const shells: number[] = []
  for (const [pid, e] of table) {
    const c = inContainer.get(pid)
    const argv = c ? c.command.split(' ') : e.argv
    const name = comm(argv)
    const [vsz, rss] = MEMORY[name] ?? [108_000 + (pid % 7) * 1_024, 1_200 + (pid % 5) * 96]
    const daemon = name === 'dockerd' || name === 'containerd'
    let ppid = c?.ppid ?? e.ppid
    if (ppid === undefined) ppid = daemon ? 1 : pid === 1000 && onHost ? 996 : [...shells].reverse().find((s) => s < pid) ?? 1
    const tty = c ? c.tty : e.tty === undefined ? (daemon ? '?' : 'pts/0') : e.tty ?? '?'
    const self = pid === p.pid
    const leader = argv[0]?.startsWith('-') || (c !== undefined && !inContainer.has(ppid)) || daemon
    const stat = self ? 'R+' : `S${leader ? 's' : ''}${daemon ? 'l' : ''}${tty !== '?' && !leader ? '+' : ''}`
    rows.push({ pid, ppid, user: c?.user ?? e.user ?? 'root', tty, stat, started: e.started, argv, vsz, rss, kill: e.kill, cpu: name === 'dockerd' ? 1_120 : 0 })
    if (!c && (name === 'bash' || name === 'sh' || name === 'ash')) shells.push(pid)
  }
  rows.sort((a, b) => a.pid - b.pid)
  return rows
}

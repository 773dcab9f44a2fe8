/** free and df: the host is a 2 GB CentOS 7 VM with a 17 GB xfs root on LVM. Memory in use grows with the
 *  processes that run (and the daemon); disk in use grows with the daemon's images. A container sees the same
 *  memory, and its own `overlay` root plus the usual docker mounts. */
import type { Process } from '../../os/process'
import { createTool, parseOptions, type Applet, type Flavor } from './applet'
import type { KernelView } from './process-table'

const MEM_TOTAL = 1_863_224
const SWAP_TOTAL = 2_097_148
const BUFF_CACHE = 285_856
const SHARED = 8_852

interface EngineLike { isRunning(): boolean; imageRows?(): { size: number }[]; images?(): ReadonlyMap<string, { size: number }>; containers(): { id: string; state: { status: string } }[] }

function memoryUsed(p: Process): number {
  const kernel = p.host.service<KernelView>('kernel')
  const n = kernel ? kernel.processes().size : 1
  const engine = p.host.service<EngineLike>('engine')
  const daemon = engine?.isRunning() ? 93_616 : 0
  return 164_028 + n * 2_304 + daemon
}

/** procps 3.3.10's -h: one decimal under 10, units B K M G T. */
function human(kib: number, flavor: Flavor, legacy: boolean): string {
  const bytes = kib * 1024
  if (bytes === 0) return legacy || flavor === 'busybox' ? '0B' : '0B'
  const units = ['B', 'K', 'M', 'G', 'T']
  let v = bytes
  let u = 0
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++ }
  const num = v < 10 && u > 0 ? v.toFixed(1) : String(Math.round(v))
  return `${num}${units[u]}${legacy || flavor === 'busybox' || u === 0 ? '' : 'i'}`
}

export const free: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'free', flavor)
  const o = parseOptions(t, args, { short: 'bkmghtws:c:', long: { bytes: 'b', kilo: 'k', mega: 'm', giga: 'g', human: 'h', total: 't', wide: 'w' } })
  if (typeof o === 'number') return o
  const used = memoryUsed(p)
  const freeKb = MEM_TOTAL - used - BUFF_CACHE
  const available = freeKb + Math.round(BUFF_CACHE * 0.72)
  const fmt = (kib: number) => {
    if (o.has('h')) return human(kib, flavor, t.legacy)
    if (o.has('b')) return String(kib * 1024)
    if (o.has('m')) return String(Math.floor(kib / 1024))
    if (o.has('g')) return String(Math.floor(kib / 1024 / 1024))
    return String(kib)
  }
  const first = t.legacy || !t.gnu ? 19 : 20
  const row = (label: string, cells: number[]) => p.stdout.write(`${label.padEnd(first - 12)}${cells.map((c, i) => fmt(c).padStart(i === 0 ? 12 : 12)).join('')}\n`.replace(/ +\n$/, '\n'))
  p.stdout.write(`${' '.repeat(first - 5)}total        used        free      shared  buff/cache   available\n`)
  row('Mem:', [MEM_TOTAL, used, freeKb, SHARED, BUFF_CACHE, available])
  row('Swap:', [SWAP_TOTAL, 0, SWAP_TOTAL])
  if (o.has('t')) row('Total:', [MEM_TOTAL + SWAP_TOTAL, used, freeKb + SWAP_TOTAL])
  return 0
}

interface Mount { fs: string; type: string; size: number; used: number; mount: string }

function hexOf(id: string): string {
  let h = 0x811c9dc5
  let out = ''
  for (let round = 0; out.length < 64; round++) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i) ^ round, 16777619)
    out += (h >>> 0).toString(16).padStart(8, '0')
  }
  return out.slice(0, 64)
}

function mounts(p: Process): Mount[] {
  const engine = p.host.service<EngineLike>('engine')
  let imageBytes = 0
  const running: string[] = []
  try {
    if (engine?.isRunning()) {
      for (const r of engine.imageRows?.() ?? []) imageBytes += r.size
      for (const c of engine.containers()) if (c.state.status === 'running') running.push(c.id)
    }
  } catch { /* daemon stopping */ }
  const rootUsed = 1_261_888 + Math.round(imageBytes / 1024) + (p.fs.stat('/usr/bin/dockerd') ? 104_220 : 0)
  const root: Mount = { fs: '/dev/mapper/centos-root', type: 'xfs', size: 17_811_456, used: rootUsed, mount: '/' }
  if (!p.host.service('machine')) {
    return [
      { ...root, fs: 'overlay', type: 'overlay' },
      { fs: 'tmpfs', type: 'tmpfs', size: 65_536, used: 0, mount: '/dev' },
      { fs: 'tmpfs', type: 'tmpfs', size: 931_612, used: 0, mount: '/sys/fs/cgroup' },
      { fs: 'shm', type: 'tmpfs', size: 65_536, used: 0, mount: '/dev/shm' },
      { ...root, mount: '/etc/hosts' },
      { fs: 'tmpfs', type: 'tmpfs', size: 931_612, used: 0, mount: '/proc/acpi' },
      { fs: 'tmpfs', type: 'tmpfs', size: 931_612, used: 0, mount: '/proc/scsi' },
      { fs: 'tmpfs', type: 'tmpfs', size: 931_612, used: 0, mount: '/sys/firmware' },
    ]
  }
  const list: Mount[] = [
    root,
    { fs: 'devtmpfs', type: 'devtmpfs', size: 919_504, used: 0, mount: '/dev' },
    { fs: 'tmpfs', type: 'tmpfs', size: 931_612, used: 0, mount: '/dev/shm' },
    { fs: 'tmpfs', type: 'tmpfs', size: 931_612, used: 9_832 + running.length * 8, mount: '/run' },
    { fs: 'tmpfs', type: 'tmpfs', size: 931_612, used: 0, mount: '/sys/fs/cgroup' },
    { fs: '/dev/sda1', type: 'xfs', size: 1_038_336, used: 149_480, mount: '/boot' },
    { fs: 'tmpfs', type: 'tmpfs', size: 186_324, used: 0, mount: '/run/user/0' },
  ]
  for (const id of running) list.push({ ...root, fs: 'overlay', type: 'overlay', mount: `/var/lib/docker/overlay2/${hexOf(id)}/merged` })
  return list
}

export const df: Applet = async (p, args, flavor) => {
  const t = createTool(p, 'df', flavor)
  const o = parseOptions(t, args, { short: 'ahHiklmPTt:x:B:', long: { all: 'a', 'human-readable': 'h', si: 'H', inodes: 'i', local: 'l', portability: 'P', 'print-type': 'T', type: 't:', total: 'total' } })
  if (typeof o === 'number') return o
  let list = mounts(p)
  if (o.has('t')) list = list.filter((m) => o.values.get('t')!.includes(m.type))
  if (o.operands.length) {
    const picked: Mount[] = []
    for (const f of o.operands) {
      const abs = t.abs(f)
      if (!p.fs.stat(abs)) { t.err(t.gnu ? `${t.qa(f)}: No such file or directory` : `${f}: No such file or directory`); return 1 }
      const real = p.fs.realpath(abs) ?? abs
      const best = list.filter((m) => real === m.mount || real.startsWith(m.mount === '/' ? '/' : `${m.mount}/`)).sort((a, b) => b.mount.length - a.mount.length)[0]
      if (best) picked.push(best)
    }
    list = picked
  }
  const h = o.has('h')
  const size = (kib: number) => (h ? dfHuman(kib, flavor) : String(kib))
  const avail = (m: Mount) => m.size - m.used
  const pct = (m: Mount) => (m.size === 0 ? '-' : `${Math.ceil((m.used / m.size) * 100)}%`)
  if (!t.gnu) {
    p.stdout.write(`${'Filesystem'.padEnd(20)} ${(h ? 'Size' : '1K-blocks').padStart(9)} ${'Used'.padStart(9)} ${'Available'.padStart(9)} Use% Mounted on\n`)
    // A device name longer than the column gets a line of its own.
    for (const m of list) p.stdout.write(`${m.fs.length > 20 ? `${m.fs}\n${' '.repeat(20)}` : m.fs.padEnd(20)} ${size(m.size).padStart(9)} ${size(m.used).padStart(9)} ${size(avail(m)).padStart(9)} ${pct(m).padStart(4)} ${m.mount}\n`)
    return 0
  }
  const header = ['Filesystem', ...(o.has('T') ? ['Type'] : []), h ? 'Size' : '1K-blocks', 'Used', h ? 'Avail' : 'Available', 'Use%', 'Mounted on']
  const rows = list.map((m) => [m.fs, ...(o.has('T') ? [m.type] : []), size(m.size), size(m.used), size(avail(m)), pct(m), m.mount])
  const all = [header, ...rows]
  // df.c's minimum widths: Filesystem 14, Type 4, the numbers 5, Use% 4.
  const minimum = [14, ...(o.has('T') ? [4] : []), 5, 5, 5, 4, 0]
  const widths = header.map((_, i) => Math.max(minimum[i], ...all.map((r) => r[i].length)))
  const typed = o.has('T') ? 1 : 0
  for (const r of all) {
    const cells = r.map((c, i) => {
      if (i === r.length - 1) return c
      if (i === 0 || (typed && i === 1)) return c.padEnd(widths[i])
      return c.padStart(widths[i])
    })
    p.stdout.write(`${cells.join(' ')}\n`)
  }
  return 0
}

/** df -h: GNU rounds up (one decimal under 10), busybox prints one decimal from K up. */
function dfHuman(kib: number, flavor: Flavor): string {
  if (kib === 0) return '0'
  const units = ['K', 'M', 'G', 'T']
  let v = kib
  let u = 0
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++ }
  if (flavor === 'busybox') return `${v.toFixed(1)}${units[u]}`
  if (v < 10) { const r = Math.ceil(v * 10) / 10; return `${r >= 10 ? '10' : r.toFixed(1)}${units[u]}` }
  return `${Math.ceil(v)}${units[u]}`
}

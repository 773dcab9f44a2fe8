/** Runs a command line's argv through the real kernel on a small disk: the CentOS host's (GNU, LANG=en_US.UTF-8,
 *  coreutils 8.22) or an alpine-like one (busybox, no LANG), with files given as a TreeSpec. Reads back stdout,
 *  stderr, the exit status and the disk. */
import { createVirtualClock } from '../../engine/clock'
import { buildTree, type TreeSpec } from '../../engine/layer/file-tree'
import { createUnionFs, type UnionFs } from '../../engine/graphdriver/union-fs'
import { emptyDir } from '../../engine/layer/file-tree'
import { createKernel, type ProgramTable } from '../../os/kernel'
import type { HostServices } from '../../os/process'
import { createBufferWriter, createStaticReader } from '../../os/stream'
import { coreutils, createBusybox } from './coreutils'

export interface RunResult { stdout: string; stderr: string; status: number; fs: UnionFs }

export interface RunOptions {
  flavor?: 'gnu' | 'busybox'
  files?: TreeSpec
  stdin?: string
  cwd?: string
  env?: Record<string, string>
  services?: Record<string, unknown>
  /** Share a disk between runs. */
  fs?: UnionFs
}

const GNU_BIN = 'awk basename cat chmod cp cut date df dirname echo env false find free grep head hostname id kill ls mkdir mv printenv ps pwd readlink realpath rm rmdir seq sleep sort stat tail tee touch tr true uname uniq wc which whoami xargs yes'

export const T0 = Date.UTC(2026, 0, 1, 9, 30)

export function hostDisk(files: TreeSpec = {}, flavor: 'gnu' | 'busybox' = 'gnu'): UnionFs {
  const spec: TreeSpec = { 'tmp/': { mode: 0o1777 }, 'root/': { mode: 0o550 } }
  for (const b of GNU_BIN.split(' ')) spec[`usr/bin/${b}`] = flavor === 'gnu' ? { program: 'coreutils', size: 62_000 } : { link: '/bin/busybox' }
  if (flavor === 'busybox') spec['bin/busybox'] = { program: 'busybox', size: 808_712 }
  if (flavor === 'gnu') spec['etc/centos-release'] = 'CentOS Linux release 7.9.2009 (Core)\n'
  // Who's who: CentOS lists no members in root's group; alpine puts root in ten groups.
  spec['etc/passwd'] = 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n'
  spec['etc/group'] = flavor === 'gnu' ? 'root:x:0:\nnobody:x:65534:\n'
    : 'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nsys:x:3:root,bin\nadm:x:4:root,daemon\ndisk:x:6:root\nwheel:x:10:root\nfloppy:x:11:root\ndialout:x:20:root\ntape:x:26:root\nvideo:x:27:root\nnobody:x:65534:\n'
  spec['etc/hostname'] = flavor === 'gnu' ? 'localhost.localdomain\n' : 'c0ffee123456\n'
  return createUnionFs([buildTree({ ...spec, ...files }, T0 - 86_400_000)], emptyDir(), () => T0)
}

export async function run(argv: string[], o: RunOptions = {}): Promise<RunResult> {
  const flavor = o.flavor ?? 'gnu'
  const clock = createVirtualClock(T0)
  const programs: ProgramTable = { coreutils: async () => coreutils, busybox: async () => createBusybox(async () => 0) }
  const kernel = createKernel(clock, programs, 1000)
  const fs = o.fs ?? hostDisk(o.files, flavor)
  if (o.fs && o.files) for (const [path, v] of Object.entries(o.files)) if (typeof v === 'string') fs.writeFile(`/${path}`, v)
  const services: Record<string, unknown> = { kernel, ...o.services }
  const host: HostServices = { hostname: flavor === 'gnu' ? 'localhost' : 'c0ffee123456', now: () => clock.now(), service: <T>(n: string) => services[n] as T | undefined }
  const stdout = createBufferWriter()
  const stderr = createBufferWriter()
  const env = flavor === 'gnu'
    ? { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/root/bin', LANG: 'en_US.UTF-8', HOME: '/root', USER: 'root', ...o.env }
    : { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', ...o.env }
  const handle = kernel.spawn({ argv, fs, env, cwd: o.cwd ?? '/tmp', host, stdin: createStaticReader(o.stdin ?? ''), stdout, stderr })
  // Time passes only while the program waits for it (sleep): run the clock's next timer whenever it is idle.
  let done = false
  void handle.exited.finally(() => { done = true })
  // (A macrotask: the core tsconfig has no timer types, the test runner has timers.)
  const later = (globalThis as unknown as { setTimeout(f: () => void, ms: number): unknown }).setTimeout
  while (!done) {
    await new Promise<void>((r) => later(r, 0))
    if (!done) clock.runNext()
  }
  const status = await handle.exited
  return { stdout: stdout.text(), stderr: stderr.text(), status, fs }
}

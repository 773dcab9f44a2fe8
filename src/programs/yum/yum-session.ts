/** One run of yum: its process, the -y answer, the output width and the rpm database; and the preamble every
 *  command prints (plugins, mirrors, and on first use the repositories' metadata downloads). */
import type { Process } from '../../os/process'
import type { RpmDb } from './rpmdb'
import { downloadLine } from './yum-text'

export const MIRROR = 'mirrors.aliyun.com'
export const CACHE_MARK = '/var/cache/yum/x86_64/7/timedhosts.txt'

export interface Yum {
  p: Process; yes: boolean; width: number; db: RpmDb; out(s?: string): void
  /** Running in a centos container (/.dockerenv): the image's repositories only (no docker-ce-stable), and the
   *  ovl plugin the image ships. */
  container?: boolean
}

/** `Loaded plugins…` and the mirror lines (and, the first time, the repositories' metadata). */
export async function preamble(y: Yum, mirrors = true): Promise<void> {
  y.out('Loaded plugins: fastestmirror')
  if (!mirrors) return
  const fresh = !y.p.fs.stat(CACHE_MARK)
  y.out(fresh ? 'Determining fastest mirrors' : 'Loading mirror speeds from cached hostfile')
  for (const r of ['base', 'extras', 'updates']) y.out(` * ${r}: ${MIRROR}`)
  if (!fresh) return
  await y.p.sleep(600)
  const ours = ([r]: [string, ...unknown[]]) => !y.container || !r.startsWith('docker-ce-stable')
  const meta = ([['base', 3_600], ['docker-ce-stable', 3_500], ['extras', 2_900], ['updates', 2_900]] as [string, number][]).filter(ours)
  for (const [r, n] of meta) y.out(downloadLine(r, n, 0, y.width).replace(/00:00:00/, '   00:00'))
  const files = ([['base/7/x86_64/group_gz', 153_000, 0], ['docker-ce-stable/7/x86_64/updateinfo', 55, 0], ['extras/7/x86_64/primary_db', 253_000, 0], ['docker-ce-stable/7/x86_64/primary_db', 152_000, 0], ['base/7/x86_64/primary_db', 6_100_000, 1], ['updates/7/x86_64/primary_db', 27_000_000, 3]] as [string, number, number][]).filter(ours)
  for (const [i, [name, n, s]] of files.entries()) {
    await y.p.sleep(s * 300 + 80)
    y.out(downloadLine(`(${i + 1}/${files.length}): ${name}`, n, s, y.width).replace(/00:00:0(\d)/, '   00:0$1'))
  }
  try {
    y.p.fs.mkdir('/var/cache/yum/x86_64/7', { parents: true })
    y.p.fs.writeFile(CACHE_MARK, `${MIRROR} 0.0213 ${Math.floor(y.p.host.now() / 1000)}\n`)
  } catch { /* read-only */ }
}


/** apt-get and apt on Debian and Ubuntu images: update, install, remove/purge, with apt's transcript — the Get:
 *  and Hit: lines of `update`, `Reading package lists...`, the package lists wrapped to the terminal, the summary
 *  counts, `Do you want to continue? [Y/n]` (only when more than the named packages change, or something is
 *  removed, unless -y), downloads, and dpkg's Selecting/Preparing/Unpacking/Setting up lines.
 *  A container's package lists start empty, as real images ship them (`E: Unable to locate package vim` until
 *  `apt-get update`). Installed packages are written to /var/lib/dpkg/status; a package whose program is already
 *  on the disk (curl in buildpack-deps, procps in ubuntu) counts as installed. Sizes use apt's SizeToStr. */
import type { Process, Program } from '../../os/process'
import { ask } from '../coreutils/input'
import { ALTERNATIVE_PRIORITY, archiveFor, type Archive, type DebPkg } from './deb-index'
import { installFiles, removeFiles } from './package-files'

const LISTS = '/var/lib/apt/lists'
const STATUS = '/var/lib/dpkg/status'

/** apt's SizeToStr: 1000-based, one decimal under 100 of a unit, then `B` appended by the caller. */
export function sizeToStr(bytes: number): string {
  const ext = ['', 'k', 'M', 'G', 'T']
  let size = bytes
  for (let i = 0; i < ext.length; i++) {
    if (size < 100 && i !== 0) return `${size.toFixed(1)} ${ext[i]}`
    if (size < 10000) return `${size.toFixed(0)} ${ext[i]}`
    size /= 1000
  }
  return `${size.toFixed(0)} P`
}

interface Apt {
  p: Process
  archive: Archive
  yes: boolean
  width: number
  /** apt (not apt-get). */
  apt: boolean
  out(s?: string): void
}

function readOsRelease(p: Process): Record<string, string> {
  let text = ''
  try { text = p.fs.readText('/etc/os-release') } catch { /* none */ }
  return Object.fromEntries([...text.matchAll(/^(\w+)=(.*)$/gm)].map((m) => [m[1], m[2].replace(/^"|"$/g, '')]))
}

const hasLists = (p: Process) => {
  try { return p.fs.readdir(LISTS).some((n) => n.includes('_Packages')) } catch { return false }
}

const readingLists = (a: Apt) => a.out(a.p.isatty(1) ? 'Reading package lists... Done' : 'Reading package lists...')
function readingState(a: Apt) {
  readingLists(a)
  a.out(a.p.isatty(1) ? 'Building dependency tree... Done' : 'Building dependency tree...')
  a.out(a.p.isatty(1) ? 'Reading state information... Done' : 'Reading state information...')
}

/** `  a b c` wrapped at the terminal's width, as apt's ShowList does. */
function showList(a: Apt, title: string, items: string[]) {
  if (!items.length) return
  a.out(title)
  let line = ' '
  for (const item of items) {
    if (line.length > 1 && line.length + 1 + item.length >= a.width) { a.out(line); line = ' ' }
    line += ` ${item}`
  }
  a.out(line)
}

function statusText(p: Process): string {
  try { return p.fs.stat(STATUS)?.type === 'file' ? p.fs.readText(STATUS) : '' } catch { return '' }
}

function installedSet(a: Apt): Set<string> {
  const status = statusText(a.p)
  const out = new Set<string>()
  for (const pkg of a.archive.packages) {
    const recorded = new RegExp(`^Package: ${pkg.name.replace(/[.+]/g, '\\$&')}\\nStatus: install ok installed$`, 'm').test(status)
    const probe = Object.entries(pkg.files ?? {}).find(([, v]) => typeof v === 'object' && v.program)?.[0]
    if (recorded || (probe && a.p.fs.stat(`/${probe}`))) out.add(pkg.name)
  }
  return out
}

const find = (a: Apt, name: string) => a.archive.packages.find((x) => x.name === name.replace(/:amd64$/, ''))
const qualified = (x: DebPkg) => (x.multiArch ? `${x.name}:amd64` : x.name)
const debName = (x: DebPkg) => `${x.name}_${x.version.replace(/:/g, '%3a')}_${x.arch}.deb`

/** What installing `wanted` brings in, dependencies first. */
function plan(a: Apt, wanted: DebPkg[], installed: Set<string>): DebPkg[] {
  const out: DebPkg[] = []
  const seen = new Set(installed)
  const visit = (x: DebPkg) => {
    if (seen.has(x.name)) return
    seen.add(x.name)
    for (const dep of x.deps) { const y = find(a, dep); if (y) visit(y) }
    out.push(x)
  }
  for (const w of wanted) visit(w)
  return out
}

async function update(a: Apt): Promise<number> {
  const p = a.p
  const fresh = !hasLists(p)
  let n = 0
  let total = 0
  for (const [url, what, size] of a.archive.update) {
    if (!fresh && !what.endsWith('InRelease')) continue
    n++
    await p.sleep(fresh ? 120 + size / 20_000 : 60)
    if (fresh) { total += size; a.out(`Get:${n} ${url} ${what} [${sizeToStr(size)}B]`) }
    else a.out(`Hit:${n} ${url} ${what}`)
  }
  if (fresh) {
    const seconds = Math.max(1, Math.round(total / 7_000_000))
    a.out(`Fetched ${sizeToStr(total)}B in ${seconds}s (${sizeToStr(total / seconds * 0.7)}B/s)`)
  }
  try {
    if (!p.fs.stat(LISTS)) p.fs.mkdir(LISTS, { parents: true })
    for (const l of a.archive.lists) p.fs.writeFile(`${LISTS}/${l}`, '')
  } catch { /* read-only */ }
  readingLists(a)
  if (a.apt) {
    a.out(p.isatty(1) ? 'Building dependency tree... Done' : 'Building dependency tree...')
    a.out(p.isatty(1) ? 'Reading state information... Done' : 'Reading state information...')
    a.out('All packages are up to date.')
  }
  return 0
}

async function install(a: Apt, names: string[]): Promise<number> {
  const p = a.p
  readingState(a)
  const lists = hasLists(p)
  const missing = names.filter((n) => !lists || !find(a, n))
  if (missing.length) {
    for (const n of missing) p.stderr.write(`E: Unable to locate package ${n}\n`)
    return 100
  }
  const installed = installedSet(a)
  const wanted = names.map((n) => find(a, n)!)
  for (const w of wanted) if (installed.has(w.name)) a.out(`${w.name} is already the newest version (${w.version}).`)
  const todo = plan(a, wanted, installed)
  const extra = todo.filter((x) => !wanted.includes(x))
  const byName = (x: DebPkg, y: DebPkg) => (x.name < y.name ? -1 : 1)
  showList(a, 'The following additional packages will be installed:', [...extra].sort(byName).map((x) => x.name))
  showList(a, 'Suggested packages:', todo.flatMap((x) => x.suggests ?? []))
  showList(a, 'The following NEW packages will be installed:', [...todo].sort(byName).map((x) => x.name))
  a.out(`0 upgraded, ${todo.length} newly installed, 0 to remove and 0 not upgraded.`)
  if (!todo.length) return 0
  const download = todo.reduce((n, x) => n + x.size, 0)
  a.out(`Need to get ${sizeToStr(download)}B of archives.`)
  a.out(`After this operation, ${sizeToStr(todo.reduce((n, x) => n + x.installedKb, 0) * 1024)}B of additional disk space will be used.`)
  if (extra.length && !a.yes) {
    const answer = ((await ask(p, 'Do you want to continue? [Y/n] ')) ?? '').trim().toLowerCase()
    if (answer !== '' && answer !== 'y' && answer !== 'yes') { a.out('Abort.'); return 1 }
  }
  for (const [i, x] of todo.entries()) {
    await p.sleep(40 + x.size / 9_000)
    a.out(`Get:${i + 1} ${a.archive.url(x.suite)} ${x.suite} amd64 ${x.name} ${x.arch} ${x.version} [${sizeToStr(x.size)}B]`)
  }
  a.out('debconf: delaying package configuration, since apt-utils is not installed')
  const seconds = Math.round(download / 9_000_000)
  a.out(`Fetched ${sizeToStr(download)}B in ${seconds}s (${sizeToStr(download / Math.max(seconds, 0.35))}B/s)`)
  const manExcluded = !!(p.fs.stat('/etc/dpkg/dpkg.cfg.d/docker') || p.fs.stat('/etc/dpkg/dpkg.cfg.d/excludes'))
  const width = String(todo.length - 1).length

  for (const [i, x] of todo.entries()) {
    a.out(`Selecting previously unselected package ${qualified(x)}.`)
    if (i === 0) a.out(`(Reading database ... ${databaseCount(a)} files and directories currently installed.)`)
    a.out(`Preparing to unpack .../${todo.length > 1 ? `${String(i).padStart(width, '0')}-` : ''}${debName(x)} ...`)
    a.out(`Unpacking ${qualified(x)} (${x.version}) ...`)
    await p.sleep(30 + x.installedKb / 200)
    installFiles(p, x.files)
  }
  for (const x of todo) {
    a.out(`Setting up ${qualified(x)} (${x.version}) ...`)
    let chosen = true
    for (const l of x.setup ?? []) {
      const alt = /^update-alternatives: using (\S+) to provide (\S+) \((\S+)\)/.exec(l)
      if (alt) chosen = alternative(p, alt[1], alt[2], alt[3])
      // A link group that keeps a better alternative prints nothing for it, warnings included.
      if (chosen && (manExcluded || !l.includes('warning: skip creation'))) a.out(l)
    }
    record(p, x)
    await p.sleep(20)
  }
  if (todo.some((x) => x.multiArch)) a.out(`Processing triggers for libc-bin (${a.archive.libcBin}) ...`)
  const ca = todo.find((x) => x.name === 'ca-certificates')
  if (ca) {
    a.out(`Processing triggers for ca-certificates (${ca.version}) ...`)
    a.out('Updating certificates in /etc/ssl/certs...')
    a.out('0 added, 0 removed; done.')
    a.out('Running hooks in /etc/ca-certificates/update.d...')
    a.out('done.')
  }
  return 0
}

/** update-alternatives --install in auto mode: the link group points at the highest priority. Whether `target`
 *  won (and so is announced). */
function alternative(p: Process, target: string, link: string, name: string): boolean {
  const record = `/var/lib/dpkg/alternatives/${name}`
  const priority = ALTERNATIVE_PRIORITY[target] ?? 0
  try {
    const current = p.fs.stat(record) ? p.fs.readText(record).split('\n') : []
    if (current.length > 1 && Number(current[1]) >= priority && current[0] !== target) return false
    if (!p.fs.stat('/var/lib/dpkg/alternatives')) p.fs.mkdir('/var/lib/dpkg/alternatives', { parents: true })
    p.fs.writeFile(record, `${target}\n${priority}\n`)
    if (!p.fs.stat('/etc/alternatives')) p.fs.mkdir('/etc/alternatives', { parents: true })
    for (const [path, to] of [[`/etc/alternatives/${name}`, target], [link, `/etc/alternatives/${name}`]]) {
      if (p.fs.lstat(path)) p.fs.unlink(path)
      p.fs.symlink(to, path)
    }
  } catch { /* read-only */ }
  return true
}

function databaseCount(a: Apt): number {
  const p = a.p
  const base = p.fs.stat('/etc/lsb-release') ? 4_381 : p.fs.stat('/usr/bin/gcc') ? 25_112 : p.fs.stat('/etc/dpkg/dpkg.cfg.d/docker') ? 4_182 : 6_089
  const installed = installedSet(a)
  return base + a.archive.packages.filter((x) => installed.has(x.name) && statusText(p).includes(`Package: ${x.name}\n`)).reduce((n, x) => n + x.fileCount, 0)
}

function record(p: Process, x: DebPkg) {
  const stanza = `Package: ${x.name}\nStatus: install ok installed\nPriority: optional\nInstalled-Size: ${x.installedKb}\nMaintainer: Debian Developers\nArchitecture: ${x.arch}\n${x.multiArch ? 'Multi-Arch: same\n' : ''}Version: ${x.version}\nDescription: ${x.name}\n\n`
  try {
    const text = statusText(p)
    p.fs.writeFile(STATUS, `${text}${text && !text.endsWith('\n\n') ? '\n' : ''}${stanza}`)
  } catch { /* read-only */ }
}

function unrecord(p: Process, name: string) {
  const text = statusText(p)
  const kept = text.split(/\n\n+/).filter((s) => s.trim() && !s.startsWith(`Package: ${name}\n`))
  try { p.fs.writeFile(STATUS, kept.map((s) => `${s}\n\n`).join('')) } catch { /* read-only */ }
}

async function remove(a: Apt, names: string[], purge: boolean): Promise<number> {
  const p = a.p
  readingState(a)
  const installed = installedSet(a)
  const targets: DebPkg[] = []
  for (const n of names) {
    const x = find(a, n)
    if (!x && !hasLists(p)) { p.stderr.write(`E: Unable to locate package ${n}\n`); return 100 }
    if (!x || !installed.has(x.name)) { a.out(`Package '${n}' is not installed, so not removed`); continue }
    targets.push(x)
  }
  showList(a, 'The following packages will be REMOVED:', targets.map((x) => (purge ? `${x.name}*` : x.name)).sort())
  a.out(`0 upgraded, 0 newly installed, ${targets.length} to remove and 0 not upgraded.`)
  if (!targets.length) return 0
  a.out(`After this operation, ${sizeToStr(targets.reduce((n, x) => n + x.installedKb, 0) * 1024)}B disk space will be freed.`)
  if (!a.yes) {
    const answer = ((await ask(p, 'Do you want to continue? [Y/n] ')) ?? '').trim().toLowerCase()
    if (answer !== '' && answer !== 'y' && answer !== 'yes') { a.out('Abort.'); return 1 }
  }
  a.out(`(Reading database ... ${databaseCount(a)} files and directories currently installed.)`)
  for (const x of targets) {
    a.out(`Removing ${qualified(x)} (${x.version}) ...`)
    await p.sleep(40)
    removeFiles(p, x.files)
    unrecord(p, x.name)
  }
  return 0
}

const APT_GET_USAGE = (version: string) => `apt ${version} (amd64)
Usage: apt-get [options] command
       apt-get [options] install|remove pkg1 [pkg2 ...]
       apt-get [options] source pkg1 [pkg2 ...]

apt-get is a command line interface for retrieval of packages
and information about them from authenticated sources and
for management of packages and their dependencies.

Most used commands:
  update - Retrieve new lists of packages
  upgrade - Perform an upgrade
  install - Install new packages (pkg is libc6 not libc6.deb)
  reinstall - Reinstall packages (pkg is libc6 not libc6.deb)
  remove - Remove packages
  purge - Remove packages and config files
  autoremove - Automatically remove all unused packages
  dist-upgrade - Distribution upgrade, see apt-get(8)
  dselect-upgrade - Follow dselect selections
  build-dep - Configure build-dependencies for source packages
  satisfy - Satisfy dependency strings
  clean - Erase downloaded archive files
  autoclean - Erase old downloaded archive files
  check - Verify that there are no broken dependencies
  source - Download source archives
  download - Download the binary package into the current directory
  changelog - Download and display the changelog for the given package

See apt-get(8) for more information about the available commands.
Configuration options and syntax is detailed in apt.conf(5).
Information about how to configure sources can be found in sources.list(5).
Package and version choices can be expressed via apt_preferences(5).
Security details are available in apt-secure(8).
                                        This APT has Super Cow Powers.
`

function run(isApt: boolean): Program {
  return async (p) => {
    const args = p.argv.slice(1)
    const os = readOsRelease(p)
    const archive = archiveFor(os.ID ?? '', os.VERSION_CODENAME ?? '')
    const aptVersion = os.VERSION_CODENAME === 'noble' ? '2.7.14' : os.VERSION_CODENAME === 'jammy' ? '2.4.14' : '2.6.1'
    const words = args.filter((x) => !x.startsWith('-'))
    const [command, ...names] = words
    if (!archive || !command || args.includes('-h') || args.includes('--help')) {
      p.stdout.write(APT_GET_USAGE(aptVersion).replace(/apt-get/g, isApt ? 'apt' : 'apt-get'))
      return command || args.includes('-h') || args.includes('--help') ? 0 : 1
    }
    if (isApt && !p.isatty(1)) p.stderr.write('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n')
    const yes = args.some((x) => x === '-y' || x === '--yes' || x === '--assume-yes' || /^-[a-z]*y[a-z]*$/.test(x))
    const quiet = args.includes('-q') || args.includes('-qq')
    const a: Apt = { p, archive, yes, apt: isApt, width: p.isatty(1) && p.tty ? p.tty.cols : 80, out: (s = '') => { if (!quiet) p.stdout.write(`${s}\n`) } }
    switch (command) {
      case 'update': return update(a)
      case 'install': return install(a, names)
      case 'remove': case 'purge': return remove(a, names, command === 'purge')
      case 'upgrade': case 'dist-upgrade': case 'full-upgrade':
        readingState(a)
        a.out('Calculating upgrade... Done')
        a.out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.')
        return 0
      case 'clean': case 'autoclean': return 0
      case 'autoremove':
        readingState(a)
        a.out('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.')
        return 0
      default:
        p.stderr.write(`E: Invalid operation ${command}\n`)
        return 100
    }
  }
}

export const aptGet: Program = run(false)
export const apt: Program = run(true)

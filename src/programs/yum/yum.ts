/** /usr/bin/yum (yum 3.4.3 on CentOS 7) and yum-config-manager: install, remove/erase, list, info, repolist,
 *  makecache, clean, update, with yum's transcript — mirror lines, dependency resolution rounds, the transaction
 *  table, downloads, GPG key imports on first use, rpm's progress counters — and its prompts
 *  (`Is this ok [y/d/N]: `, answered from stdin unless -y). Installing writes the packages' files (Docker CE's from
 *  os/centos-base.ts); removing docker-ce runs its scriptlet (stop and disable the service) first.
 *  Time passes while it "downloads" and "installs" (p.sleep).
 *  In a centos:7 container it installs from the same catalogue into the container's filesystem (its RW layer),
 *  where the real image's dead mirrors would fail: the image's repositories only, and the ovl plugin. */
import type { TreeSpec } from '../../engine/layer/file-tree'
import { dockerPackage } from '../../os/docker-package'
import { installTree } from '../../os/install-tree'
import type { Program } from '../../os/process'
import { serviceManager, type ManagedMachine } from '../../os/service-manager'
import { ask } from '../coreutils/input'
import { ALIASES, envra, findAvailable, nvra, resolve, yumSize, type Pkg } from './package-catalog'
import { isBaseInstalled, openRpmDb } from './rpmdb'
import { clock, downloadLine, mb, packageColumns, progressLine, row, transactionTable } from './yum-text'
import { configManager, info, list, repolist } from './yum-query'
import { CACHE_MARK, preamble, type Yum } from './yum-session'


const DOCKER_FILES: Record<string, string[]> = {
  'docker-ce': ['usr/bin/dockerd', 'usr/bin/docker-proxy', 'usr/lib/systemd/system/docker.service', 'usr/lib/systemd/system/docker.socket', 'etc/docker/'],
  'docker-ce-cli': ['usr/bin/docker'],
  'containerd.io': ['usr/bin/containerd', 'usr/bin/containerd-shim-runc-v2', 'usr/bin/ctr', 'usr/bin/runc', 'usr/lib/systemd/system/containerd.service', 'etc/containerd/config.toml'],
  'docker-buildx-plugin': ['usr/libexec/docker/cli-plugins/docker-buildx'],
  'docker-compose-plugin': ['usr/libexec/docker/cli-plugins/docker-compose'],
}

export function filesOf(p: Pkg): TreeSpec {
  const paths = DOCKER_FILES[p.name]
  if (paths) {
    const all = dockerPackage()
    return Object.fromEntries(paths.map((k) => [k, all[k]]))
  }
  return p.files?.() ?? {}
}

const USAGE = `Usage: yum [options] COMMAND

List of Commands:

check          Check for problems in the rpmdb
check-update   Check for available package updates
clean          Remove cached data
deplist        List a package's dependencies
distribution-synchronization Synchronize installed packages to the latest available versions
downgrade      downgrade a package
erase          Remove a package or packages from your system
fs             Acts on the filesystem data of the host, mainly for removing docs/lanuages for minimal hosts.
fssnapshot     Creates filesystem snapshots, or lists/deletes current snapshots.
groups         Display, or use, the groups information
help           Display a helpful usage message
history        Display, or use, the transaction history
info           Display details about a package or group of packages
install        Install a package or packages on your system
langavailable  Check available languages
langinfo       List languages information
langinstall    Install appropriate language packs for a language
langlist       List installed languages
langremove     Remove installed language packs for a language
list           List a package or groups of packages
load-transaction load a saved transaction from filename
makecache      Generate the metadata cache
provides       Find what package provides the given value
reinstall      reinstall a package
repo-pkgs      Treat a repo. as a group of packages, so we can install/remove all of them
repolist       Display the configured software repositories
search         Search package details for the given string
shell          Run an interactive yum shell
swap           Simple way to swap packages, instead of using shell
update         Update a package or packages on your system
update-minimal Works like upgrade, but goes to the 'newest' package match which fixes a problem that affects your system
updateinfo     Acts on repository update information
upgrade        Update packages taking obsoletes into account
version        Display a version for the machine and/or available repos.


Options:
  -h, --help            show this help message and exit
  -y, --assumeyes       answer yes for all questions
  --assumeno            answer no for all questions
  -q, --quiet           quiet operation
  -v, --verbose         verbose operation
  --nogpgcheck          disable gpg signature checking
`

export const yum: Program = async (p) => {
  if (p.argv[0].endsWith('yum-config-manager')) return configManager(p)
  const args = p.argv.slice(1)
  const yes = args.some((a) => a === '-y' || a === '--assumeyes' || /^-[a-z]*y[a-z]*$/.test(a))
  const quiet = args.includes('-q') || args.includes('--quiet')
  const words = args.filter((a) => !a.startsWith('-'))
  const width = p.isatty(1) && p.tty ? p.tty.cols : 80
  const container = !!p.fs.stat('/.dockerenv')
  // The centos image ships yum-plugin-ovl too, so its plugin line names it wherever yum prints that line.
  const plugins = (s: string) => (container && s === 'Loaded plugins: fastestmirror' ? 'Loaded plugins: fastestmirror, ovl' : s)
  const y: Yum = { p, yes, width, container, db: openRpmDb(p.fs), out: (s = '') => { if (!quiet || !s.startsWith('Loaded plugins')) p.stdout.write(`${plugins(s)}\n`) } }
  if (args.includes('-h') || args.includes('--help') || words[0] === 'help') { y.out('Loaded plugins: fastestmirror'); p.stdout.write(USAGE); return 0 }
  const [command, ...names] = words
  if (!command) {
    y.out('Loaded plugins: fastestmirror')
    p.stderr.write('You need to give some command\n')
    p.stderr.write(USAGE)
    return 1
  }
  switch (command) {
    case 'install': return install(y, names)
    case 'remove': case 'erase': return remove(y, names)
    case 'list': return list(y, names)
    case 'info': return info(y, names)
    case 'repolist': return repolist(y)
    case 'makecache': await preamble(y); y.out('Metadata Cache Created'); return 0
    case 'clean':
      y.out('Loaded plugins: fastestmirror')
      y.out('Cleaning repos: base docker-ce-stable extras updates')
      y.out('Cleaning up list of fastest mirrors')
      try { if (p.fs.stat(CACHE_MARK)) p.fs.unlink(CACHE_MARK) } catch { /* gone */ }
      return 0
    case 'update': case 'upgrade': case 'check-update':
      await preamble(y)
      if (command !== 'check-update') y.out('No packages marked for update')
      return 0
    case 'version': y.out('Loaded plugins: fastestmirror'); y.out('Installed: 7/x86_64                     318:e3a4f08f0c4a8e04a6d1dc8e37a2d1ae4dd2b7dd'); y.out('version'); return 0
    default:
      y.out('Loaded plugins: fastestmirror')
      p.stderr.write(`No such command: ${command}. Please use /usr/bin/yum --help\n`)
      return 1
  }
}

async function confirm(y: Yum, question: string): Promise<string> {
  if (y.yes) return 'y'
  const a = (await ask(y.p, question)) ?? ''
  return a.trim().toLowerCase()
}

async function install(y: Yum, names: string[]): Promise<number> {
  const p = y.p
  await preamble(y)
  if (names.length === 0) { p.stderr.write('Error: Need to pass a list of pkgs to install\n Mini usage:\n\ninstall PACKAGE...\n\nInstall a package or packages on your system\n\naliases: install-n, install-na, install-nevra\n'); return 1 }
  const installed = y.db.installed()
  const wanted: string[] = []
  let matched = false
  for (const raw of names) {
    const name = ALIASES[raw] ?? raw
    const found = findAvailable(name)
    const pkg = y.container && found?.repo === 'docker-ce-stable' ? undefined : found
    if (!pkg) {
      const base = isBaseInstalled(raw)
      if (base) { matched = true; y.out(`Package ${baseEnvra(base)} already installed and latest version`); continue }
      y.out(`No package ${raw} available.`)
      continue
    }
    matched = true
    if (installed.has(pkg.name)) { y.out(`Package ${envra(pkg)} already installed and latest version`); continue }
    if (name !== raw && raw === 'docker') y.out(`Package ${raw} is obsoleted by ${pkg.name}, trying to install ${envra(pkg)} instead`)
    if (!wanted.includes(pkg.name)) wanted.push(pkg.name)
  }
  if (wanted.length === 0) {
    if (!matched) { p.stderr.write('Error: Nothing to do\n'); return 1 }
    y.out('Nothing to do')
    return 0
  }
  y.out('Resolving Dependencies')
  const rounds = resolve(wanted, new Set(installed.keys()))
  for (const round of rounds) {
    y.out('--> Running transaction check')
    for (const pkg of round) {
      y.out(`---> Package ${pkg.name}.${pkg.arch} ${pkg.epoch}:${pkg.version}-${pkg.release} will be installed`)
      for (const [req, dep] of pkg.requires ?? []) {
        if (!installed.has(dep)) y.out(`--> Processing Dependency: ${req} for package: ${envra(pkg)}`)
      }
    }
    await p.sleep(150)
  }
  y.out('--> Finished Dependency Resolution')
  y.out()
  y.out('Dependencies Resolved')
  y.out()
  const all = rounds.flat()
  const requested = all.filter((x) => wanted.includes(x.name))
  const deps = all.filter((x) => !wanted.includes(x.name)).sort((a, b) => (a.name < b.name ? -1 : 1))
  p.stdout.write(transactionTable([['Installing', requested.map((x) => row(x, x.repo, yumSize(x.size)))], ['Installing for dependencies', deps.map((x) => row(x, x.repo, yumSize(x.size)))]], y.width))
  y.out()
  y.out('Transaction Summary')
  y.out('='.repeat(y.width))
  y.out(`Install  ${requested.length} Package${requested.length > 1 ? 's' : ''}${deps.length ? ` (+${deps.length} Dependent package${deps.length > 1 ? 's' : ''})` : ''}`)
  y.out()
  const download = all.reduce((n, x) => n + x.size, 0)
  y.out(`Total download size: ${yumSize(download)}`)
  y.out(`Installed size: ${yumSize(all.reduce((n, x) => n + x.installedSize, 0))}`)
  const answer = await confirm(y, 'Is this ok [y/d/N]: ')
  if (answer === 'd' || answer === 'download') {
    y.out('Background downloading packages, then exiting:')
    await downloads(y, [...all].sort((a, b) => (a.name < b.name ? -1 : 1)), download)
    y.out('exiting because "Download Only" specified')
    return 1
  }
  if (answer !== 'y' && answer !== 'yes') {
    y.out('Exiting on user command')
    const stamp = new Date(p.host.now()).toISOString().replace(/T/, '.').replace(/:/g, '-').slice(0, 16)
    y.out('Your transaction was saved, rerun it with:')
    y.out(` yum load-transaction /tmp/yum_save_tx.${stamp}.${randomish(p.host.now())}.yumtx`)
    return 1
  }
  y.out('Downloading packages:')
  const order = [...all].sort((a, b) => (a.name < b.name ? -1 : 1))
  await downloads(y, order, download)
  const keys = y.db.keys()
  const needsCentOS = all.some((x) => x.repo !== 'docker-ce-stable') && !keys.has('f4a80eb5')
  const needsDocker = all.some((x) => x.repo === 'docker-ce-stable') && !keys.has('621e9f35')
  for (const [need, id, lines] of [[needsCentOS, 'f4a80eb5', CENTOS_KEY], [needsDocker, '621e9f35', DOCKER_KEY]] as const) {
    if (!need) continue
    for (const l of lines) y.out(y.container ? l.replace('(@anaconda)', '(@CentOS)') : l)
    if (!y.yes) {
      const a = await confirm(y, 'Is this ok [y/N]: ')
      if (a !== 'y' && a !== 'yes') { y.out(); y.out(`Public key for ${nvra(all.find((x) => (id === '621e9f35') === (x.repo === 'docker-ce-stable'))!)}.rpm is not installed`); y.out(); y.out(' Failing package is: ' + nvra(all[0])); y.out(' GPG Keys are configured as: ' + (id === '621e9f35' ? 'https://download.docker.com/linux/centos/gpg' : 'file:///etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-7')); y.out(); return 1 }
    }
    y.db.importKey(id)
  }
  y.out('Running transaction check')
  y.out('Running transaction test')
  await p.sleep(300)
  y.out('Transaction test succeeded')
  y.out('Running transaction')
  const installOrder = [...rounds].reverse().flat()
  for (const [i, pkg] of installOrder.entries()) {
    await p.sleep(Math.min(1500, 80 + pkg.installedSize / (60 * 1024)))
    y.out(progressLine('Installing', envra(pkg), i + 1, all.length, y.width))
    installTree(p.fs, filesOf(pkg), p.host.now())
    y.db.add(pkg, pkg.repo)
  }
  for (const [i, pkg] of installOrder.entries()) {
    await p.sleep(20)
    y.out(progressLine('Verifying', envra(pkg), i + 1, all.length, y.width))
  }
  y.out()
  y.out('Installed:')
  p.stdout.write(packageColumns(requested, y.width))
  y.out()
  if (deps.length) {
    y.out('Dependency Installed:')
    p.stdout.write(packageColumns(deps, y.width))
    y.out()
  }
  y.out('Complete!')
  return 0
}

async function downloads(y: Yum, order: Pkg[], total: number) {
  let warnedCentOS = false
  let warnedDocker = false
  const keys = y.db.keys()
  for (const [i, pkg] of order.entries()) {
    const seconds = pkg.size / (22 * 1024 * 1024)
    await y.p.sleep(Math.max(40, seconds * 1000))
    const label = `(${i + 1}/${order.length}): ${nvra(pkg)}.rpm`
    const docker = pkg.repo === 'docker-ce-stable'
    if (docker && !warnedDocker && !keys.has('621e9f35')) {
      warnedDocker = true
      y.out(`warning: /var/cache/yum/x86_64/7/docker-ce-stable/packages/${nvra(pkg)}.rpm: Header V4 RSA/SHA512 Signature, key ID 621e9f35: NOKEY`)
      y.out(`Public key for ${nvra(pkg)}.rpm is not installed`)
    }
    y.out(downloadLine(label, pkg.size, seconds, y.width))
    if (!docker && !warnedCentOS && !keys.has('f4a80eb5')) {
      warnedCentOS = true
      y.out(`warning: /var/cache/yum/x86_64/7/${pkg.repo}/packages/${nvra(pkg)}.rpm: Header V3 RSA/SHA256 Signature, key ID f4a80eb5: NOKEY`)
      y.out(`Public key for ${nvra(pkg)}.rpm is not installed`)
    }
  }
  const seconds = Math.max(1, Math.round(total / (22 * 1024 * 1024)))
  y.out('-'.repeat(y.width))
  const right = `| ${mb(total).padStart(6)}  ${clock(seconds)}     `
  const rate = `${Math.round(total / seconds / 1_000_000)} MB/s `
  y.out(`Total${rate.padStart(y.width - right.length - 5)}${right}`)
}

const CENTOS_KEY = [
  'Retrieving key from file:///etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-7',
  'Importing GPG key 0xF4A80EB5:',
  ' Userid     : "CentOS-7 Key (CentOS 7 Official Signing Key) <security@centos.org>"',
  ' Fingerprint: 6341 ab27 53d7 8a78 a7c2 7bb1 24c6 a8a7 f4a8 0eb5',
  ' Package    : centos-release-7-9.2009.0.el7.centos.x86_64 (@anaconda)',
  ' From       : /etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-7',
] as const

const DOCKER_KEY = [
  'Retrieving key from https://download.docker.com/linux/centos/gpg',
  'Importing GPG key 0x621E9F35:',
  ' Userid     : "Docker Release (CE rpm) <docker@docker.com>"',
  ' Fingerprint: 060a 61c5 1b55 8a7f 742b 77aa c52f eb6b 621e 9f35',
  ' From       : https://download.docker.com/linux/centos/gpg',
] as const

const baseEnvra = ([na, v]: [string, string, string]) => {
  const arch = na.slice(na.lastIndexOf('.') + 1)
  const name = na.slice(0, na.lastIndexOf('.'))
  const m = /^(\d+):(.*)$/.exec(v)
  return m ? `${m[1]}:${name}-${m[2]}.${arch}` : `${name}-${v}.${arch}`
}

const randomish = (n: number) => {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
  let out = ''
  for (let i = 0, x = n; i < 6; i++, x = Math.floor(x / 62) + 7919 * (i + 1)) out += chars[x % 62]
  return out
}

async function remove(y: Yum, names: string[]): Promise<number> {
  const p = y.p
  y.out('Loaded plugins: fastestmirror')
  if (names.length === 0) { p.stderr.write('Error: Need to pass a list of pkgs to remove\n'); return 1 }
  const installed = y.db.installed()
  const targets: Pkg[] = []
  for (const raw of names) {
    const name = ALIASES[raw] ?? raw
    const hit = installed.get(name)
    if (!hit) {
      if (isBaseInstalled(raw)) { y.out(`Removing ${raw} would remove protected packages; not supported here.`); continue }
      y.out(`No Match for argument: ${raw}`)
      continue
    }
    if (!targets.includes(hit.pkg)) targets.push(hit.pkg)
  }
  if (targets.length === 0) { y.out('No Packages marked for removal'); return 1 }
  y.out('Resolving Dependencies')
  y.out('--> Running transaction check')
  for (const t of targets) y.out(`---> Package ${t.name}.${t.arch} ${t.epoch}:${t.version}-${t.release} will be erased`)
  y.out('--> Finished Dependency Resolution')
  y.out()
  y.out('Dependencies Resolved')
  y.out()
  p.stdout.write(transactionTable([['Removing', targets.map((t) => row(t, `@${installed.get(t.name)!.repo}`, yumSize(t.installedSize)))]], y.width))
  y.out()
  y.out('Transaction Summary')
  y.out('='.repeat(y.width))
  y.out(`Remove  ${targets.length} Package${targets.length > 1 ? 's' : ''}`)
  y.out()
  y.out(`Installed size: ${yumSize(targets.reduce((n, t) => n + t.installedSize, 0))}`)
  const answer = await confirm(y, 'Is this ok [y/N]: ')
  if (answer !== 'y' && answer !== 'yes') { y.out('Exiting on user command'); return 1 }
  y.out('Downloading packages:')
  y.out('Running transaction check')
  y.out('Running transaction test')
  y.out('Transaction test succeeded')
  y.out('Running transaction')
  const machine = p.host.service<ManagedMachine>('machine')
  for (const [i, t] of targets.entries()) {
    // %preun: systemd_preun stops and disables the package's units.
    const units = t.name === 'docker-ce' ? ['docker.service', 'docker.socket'] : t.name === 'containerd.io' ? ['containerd.service'] : []
    if (machine && units.length) {
      const m = serviceManager(machine)
      for (const u of units) { for (const link of m.disable(u) ?? []) y.out(`Removed symlink ${link}.`) }
      for (const u of units) await m.stop(u)
    }
    await p.sleep(200)
    y.out(progressLine('Erasing', envra(t), i + 1, targets.length, y.width))
    for (const path of Object.keys(filesOf(t))) {
      const abs = `/${path.replace(/\/$/, '')}`
      try { if (!path.endsWith('/') && p.fs.lstat(abs)) p.fs.unlink(abs) } catch { /* already gone */ }
    }
    y.db.remove(t.name)
  }
  for (const [i, t] of targets.entries()) y.out(progressLine('Verifying', envra(t), i + 1, targets.length, y.width))
  y.out()
  y.out('Removed:')
  p.stdout.write(packageColumns(targets, y.width))
  y.out()
  y.out('Complete!')
  return 0
}

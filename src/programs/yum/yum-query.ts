/** yum's read-only commands — list [installed|available|all|NAME…], info NAME, repolist — and yum-config-manager
 *  (--add-repo URL, --enable/--disable REPO), which the Docker docs use to add the docker-ce repository. */
import type { Process } from '../../os/process'
import { ALIASES, AVAILABLE, BASE_INSTALLED, evr, findAvailable, yumSize, type Pkg } from './package-catalog'
import { preamble, type Yum } from './yum-session'

function listLine(na: string, version: string, repo: string, width: number): string {
  const c1 = Math.max(38, Math.floor(width * 0.48))
  const c2 = Math.max(26, Math.floor(width * 0.32))
  if (na.length >= c1) return `${na}\n${' '.repeat(c1)}${version.padEnd(c2)}${repo}`
  return `${na.padEnd(c1)}${version.padEnd(c2)}${repo}`
}

export async function list(y: Yum, args: string[]): Promise<number> {
  const installed = y.db.installed()
  const scope = ['installed', 'available', 'all', 'updates', 'extras', 'obsoletes', 'recent'].includes(args[0] ?? '') ? args.shift()! : 'all'
  const patterns = args.map((a) => new RegExp(`^${a.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`))
  const matches = (name: string, na: string) => patterns.length === 0 || patterns.some((re) => re.test(name) || re.test(na))
  if (scope !== 'installed') await preamble(y)
  else y.out('Loaded plugins: fastestmirror')
  const rowsInstalled: [string, string, string][] = []
  if (scope === 'installed' || scope === 'all') {
    for (const [na, v, repo] of BASE_INSTALLED) if (matches(na.slice(0, na.lastIndexOf('.')), na)) rowsInstalled.push([na, v, repo])
    for (const { pkg, repo } of installed.values()) if (matches(pkg.name, `${pkg.name}.${pkg.arch}`)) rowsInstalled.push([`${pkg.name}.${pkg.arch}`, evr(pkg), `@${repo}`])
  }
  const rowsAvailable: [string, string, string][] = []
  if (scope === 'available' || scope === 'all') {
    for (const pkg of AVAILABLE) if (!installed.has(pkg.name) && matches(pkg.name, `${pkg.name}.${pkg.arch}`)) rowsAvailable.push([`${pkg.name}.${pkg.arch}`, evr(pkg), pkg.repo])
  }
  const byName = (a: [string, string, string], b: [string, string, string]) => (a[0].toLowerCase() < b[0].toLowerCase() ? -1 : 1)
  if (rowsInstalled.length === 0 && rowsAvailable.length === 0) {
    y.p.stderr.write('Error: No matching Packages to list\n')
    return 1
  }
  if (rowsInstalled.length) {
    y.out('Installed Packages')
    for (const r of rowsInstalled.sort(byName)) y.out(listLine(r[0], r[1], r[2], y.width))
  }
  if (rowsAvailable.length) {
    y.out('Available Packages')
    for (const r of rowsAvailable.sort(byName)) y.out(listLine(r[0], r[1], r[2], y.width))
  }
  return 0
}

function wrapDescription(text: string): string[] {
  const out: string[] = []
  for (const para of text.split('\n')) out.push(para)
  return out
}

function infoBlock(y: Yum, pkg: Pkg, installedFrom: string | undefined) {
  const field = (k: string, v: string) => y.out(`${k.padEnd(12)}: ${v}`)
  field('Name', pkg.name)
  field('Arch', pkg.arch)
  if (pkg.epoch) field('Epoch', String(pkg.epoch))
  field('Version', pkg.version)
  field('Release', pkg.release)
  field('Size', yumSize(installedFrom ? pkg.installedSize : pkg.size))
  field('Repo', installedFrom ? 'installed' : `${pkg.repo}/7/x86_64`)
  if (installedFrom) field('From repo', installedFrom)
  field('Summary', pkg.summary)
  if (pkg.url) field('URL', pkg.url)
  field('License', pkg.license ?? 'GPLv2+')
  const desc = wrapDescription(pkg.description ?? pkg.summary)
  desc.forEach((l, i) => y.out(`${(i === 0 ? 'Description' : '').padEnd(12)}: ${l}`.replace(/ +$/, ' ')))
  y.out()
}

export async function info(y: Yum, names: string[]): Promise<number> {
  await preamble(y)
  const installed = y.db.installed()
  const inst: Pkg[] = []
  const avail: Pkg[] = []
  for (const raw of names) {
    const pkg = findAvailable(ALIASES[raw] ?? raw) ?? findAvailable(raw)
    if (!pkg) continue
    if (installed.has(pkg.name)) inst.push(pkg)
    else avail.push(pkg)
  }
  if (inst.length === 0 && avail.length === 0) {
    y.p.stderr.write('Error: No matching Packages to list\n')
    return 1
  }
  if (inst.length) { y.out('Installed Packages'); for (const p of inst) infoBlock(y, p, installed.get(p.name)!.repo) }
  if (avail.length) { y.out('Available Packages'); for (const p of avail) infoBlock(y, p, undefined) }
  return 0
}

export async function repolist(y: Yum): Promise<number> {
  await preamble(y)
  const rows: [string, string, string][] = [['base/7/x86_64', 'CentOS-7 - Base', '10,072'], ['docker-ce-stable/7/x86_64', 'Docker CE Stable - x86_64', '294'], ['extras/7/x86_64', 'CentOS-7 - Extras', '526'], ['updates/7/x86_64', 'CentOS-7 - Updates', '6,173']]
  y.out(`${'repo id'.padEnd(41)}${'repo name'.padEnd(41)}status`)
  for (const [id, name, n] of rows) y.out(`${id.padEnd(41)}${name.padEnd(41)}${n.padStart(6)}`)
  y.out('repolist: 17,065')
  return 0
}

const DOCKER_REPO = (base: string) => ['stable', 'stable-debuginfo', 'stable-source', 'test', 'test-debuginfo', 'test-source'].map((ch) => {
  const [channel, kind] = ch.split('-')
  const name = `Docker CE ${channel[0].toUpperCase()}${channel.slice(1)} - ${kind === 'debuginfo' ? 'Debuginfo $basearch' : kind === 'source' ? 'Sources' : '$basearch'}`
  const url = `${base}/linux/centos/$releasever/${kind === 'source' ? 'source' : kind === 'debuginfo' ? 'debug-$basearch' : '$basearch'}/${channel}`
  return `[docker-ce-${ch}]\nname=${name}\nbaseurl=${url}\nenabled=${ch === 'stable' ? 1 : 0}\ngpgcheck=1\ngpgkey=${base}/linux/centos/gpg\n`
}).join('\n')

/** yum-config-manager (yum-utils). */
export async function configManager(p: Process): Promise<number> {
  const args = p.argv.slice(1)
  p.stdout.write('Loaded plugins: fastestmirror\n')
  const at = args.findIndex((a) => a === '--add-repo' || a.startsWith('--add-repo='))
  if (at >= 0) {
    const url = args[at].includes('=') ? args[at].slice(args[at].indexOf('=') + 1) : args[at + 1]
    if (!url) { p.stderr.write('Usage: yum-config-manager [options] [section ...]\n\nyum-config-manager: error: --add-repo option requires an argument\n'); return 2 }
    p.stdout.write(`adding repo from: ${url}\n`)
    const file = url.split('/').pop()!
    if (/^https?:\/\//.test(url) && file.endsWith('.repo')) {
      const dest = `/etc/yum.repos.d/${file}`
      p.stdout.write(`grabbing file ${url} to ${dest}\n`)
      const base = url.includes('aliyun') ? 'https://mirrors.aliyun.com/docker-ce' : url.replace(/\/linux\/centos\/.*$/, '')
      p.fs.writeFile(dest, file === 'docker-ce.repo' ? DOCKER_REPO(base) : `[${file.replace(/\.repo$/, '')}]\nname=${file.replace(/\.repo$/, '')}\nbaseurl=${url.replace(/[^/]*$/, '')}\nenabled=1\n`)
      p.stdout.write(`repo saved to ${dest}\n`)
      return 0
    }
    const id = url.replace(/^\w+:\/\//, '').replace(/[/:]/g, '_')
    const dest = `/etc/yum.repos.d/${id}.repo`
    p.fs.writeFile(dest, `\n[${id}]\nname=added from: ${url}\nbaseurl=${url}\nenabled=1\n\n`)
    p.stdout.write(`\n[${id}]\nname=added from: ${url}\nbaseurl=${url}\nenabled=1\n\n\n`)
    return 0
  }
  const toggle = args.find((a) => a === '--enable' || a === '--disable')
  if (toggle) {
    const repo = args.filter((a) => !a.startsWith('-'))[0]
    if (!repo) return 0
    const path = '/etc/yum.repos.d/docker-ce.repo'
    const known = p.fs.stat(path) && p.fs.readText(path).includes(`[${repo}]`)
    if (!known) return 0
    const text = p.fs.readText(path)
    const value = toggle === '--enable' ? 1 : 0
    p.fs.writeFile(path, text.replace(new RegExp(`(\\[${repo.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')}\\][^[]*?enabled=)\\d`), `$1${value}`))
    p.stdout.write(`${'='.repeat(30)} repo: ${repo} ${'='.repeat(Math.max(3, 43 - repo.length))}\n[${repo}]\nenabled = ${value === 1 ? 'True' : 'False'}\n`)
    return 0
  }
  return 0
}

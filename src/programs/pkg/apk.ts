/** /sbin/apk (apk-tools 2.14 on alpine): add, del, update, upgrade, info, search, list, with apk's transcript —
 *  `fetch <repo>/x86_64/APKINDEX.tar.gz` while the indexes are not cached (always with --no-cache or -U),
 *  `(k/N) Installing name (version)`, scripts and the busybox trigger, then `OK: N MiB in M packages` (the installed
 *  size truncated to MiB, as apk divides). Unknown names fail the whole transaction, as apk's solver does.
 *  Packages come from ./apk-index.ts; their programs land in the container's filesystem and run. */
import type { Process, Program } from '../../os/process'
import { APK_ALL, APK_BASE, APK_REPO_STATE, BUSYBOX_TRIGGER, findApk, type ApkPkg } from './apk-index'
import { openApkDb, type ApkDb } from './apk-db'
import { installFiles, removeFiles } from './package-files'

const APK_VERSION = '2.14.9'

const USAGE = `apk-tools ${APK_VERSION}, compiled for x86_64.

usage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]

Package installation and removal:
  add        Add packages to WORLD and commit changes
  del        Remove packages from WORLD and commit changes

System maintenance:
  fix        Fix, reinstall or upgrade packages without modifying WORLD
  update     Update repository indexes
  upgrade    Install upgrades available from repositories
  cache      Manage the local package cache

Querying package information:
  info       Give detailed information about packages or repositories
  list       List packages matching a pattern or other criteria
  dot        Render dependencies as graphviz graphs
  policy     Show repository policy for packages
  search     Search for packages by name or description

Repository maintenance:
  index      Create repository index file from packages
  fetch      Download packages from global repositories to a local directory
  manifest   Show checksums of package contents
  verify     Verify package integrity and signature

Miscellaneous:
  audit      Audit system for changes
  stats      Show statistics about repositories and installations
  version    Compare package versions or perform tests on version strings

This apk has coffee making abilities.
For more information: man 8 apk
`

interface Apk {
  p: Process
  db: ApkDb
  branch: string
  noCache: boolean
  quiet: boolean
  out(s: string): void
  err(s: string): void
}

const repos = (a: Apk) => (['main', 'community'] as const).map((r) => `https://dl-cdn.alpinelinux.org/alpine/${a.branch}/${r}`)

function branchOf(p: Process): string {
  let release = ''
  try { release = p.fs.readText('/etc/alpine-release').trim() } catch { /* not alpine */ }
  const m = /^(\d+)\.(\d+)/.exec(release)
  return m ? `v${m[1]}.${m[2]}` : 'v3.22'
}

async function fetchIndexes(a: Apk, force: boolean): Promise<void> {
  if (!force && !a.noCache && a.db.hasIndex()) return
  for (const r of repos(a)) {
    a.out(`fetch ${r}/x86_64/APKINDEX.tar.gz`)
    await a.p.sleep(350)
  }
  if (!a.noCache) { try { a.db.cacheIndex() } catch { /* read-only */ } }
}

const summary = (installed: ApkPkg[]) => `OK: ${Math.floor(installed.reduce((n, x) => n + x.installedSize, 0) / (1024 * 1024))} MiB in ${installed.length} packages`

const hasPrograms = (x: ApkPkg) => Object.entries(x.files ?? {}).some(([path, v]) => /^(usr\/)?s?bin\//.test(path) && typeof v === 'object' && (v.program !== undefined || v.link !== undefined || v.data !== undefined))

/** Packages to add for `names`, dependencies first (apk's install order), none already installed. */
function plan(wanted: ApkPkg[], installed: Set<string>): ApkPkg[] {
  const out: ApkPkg[] = []
  const seen = new Set(installed)
  const visit = (x: ApkPkg) => {
    if (seen.has(x.name)) return
    seen.add(x.name)
    for (const d of x.deps) { const dep = findApk(d); if (dep) visit(dep) }
    out.push(x)
  }
  for (const w of wanted) visit(w)
  return out
}

async function add(a: Apk, args: string[]): Promise<number> {
  const names = args.filter((x) => !x.startsWith('-'))
  await fetchIndexes(a, args.includes('-U') || args.includes('--update'))
  const missing = names.filter((n) => !findApk(n))
  if (missing.length) {
    a.err('ERROR: unable to select packages:')
    for (const n of missing) { a.err(`  ${n} (no such package):`); a.err(`    required by: world[${n}]`) }
    return missing.length
  }
  const installed = a.db.installed()
  const todo = plan(names.map((n) => findApk(n)!), new Set(installed.map((x) => x.name)))
  for (const [i, x] of todo.entries()) {
    a.out(`(${i + 1}/${todo.length}) Installing ${x.name} (${x.version})`)
    await a.p.sleep(60 + x.installedSize / 40_000)
    installFiles(a.p, x.files)
    if (x.postInstall) {
      a.out(`Executing ${x.name}-${x.version}.post-install`)
      if (x.name === 'bash') addShell(a.p, '/bin/bash')
    }
  }
  if (todo.some(hasPrograms)) { a.out(`Executing ${BUSYBOX_TRIGGER}`); await a.p.sleep(40) }
  const now = [...installed, ...todo]
  const world = [...new Set([...a.db.world(), ...names])]
  a.db.save(now, world)
  a.out(summary(now))
  return 0
}

function addShell(p: Process, shell: string) {
  try {
    const text = p.fs.stat('/etc/shells') ? p.fs.readText('/etc/shells') : ''
    if (!text.split('\n').includes(shell)) p.fs.writeFile('/etc/shells', `${text}${shell}\n`)
  } catch { /* read-only */ }
}

async function del(a: Apk, names: string[]): Promise<number> {
  const installed = a.db.installed()
  const world = a.db.world().filter((w) => !names.includes(w))
  // What the remaining world still needs; the rest of what is installed goes.
  const keep = new Set<string>()
  const need = (n: string) => {
    if (keep.has(n)) return
    keep.add(n)
    for (const d of findApk(n)?.deps ?? []) need(d)
  }
  for (const w of world) need(w)
  // The minirootfs's packages stay (world and install_if rules hold them), unless named.
  for (const b of APK_BASE) if (!names.includes(b.name)) need(b.name)
  const removed = installed.filter((x) => !keep.has(x.name))
  // The named packages first, then what they pulled in, as apk purges.
  removed.sort((x, y) => Number(!names.includes(x.name)) - Number(!names.includes(y.name)))
  for (const [i, x] of removed.entries()) {
    a.out(`(${i + 1}/${removed.length}) Purging ${x.name} (${x.version})`)
    if (x.preDeinstall) a.out(`Executing ${x.name}-${x.version}.pre-deinstall`)
    await a.p.sleep(40)
    removeFiles(a.p, x.files)
  }
  if (removed.some(hasPrograms)) a.out(`Executing ${BUSYBOX_TRIGGER}`)
  const now = installed.filter((x) => keep.has(x.name))
  a.db.save(now, world)
  a.out(summary(now))
  return 0
}

async function update(a: Apk): Promise<number> {
  await fetchIndexes(a, true)
  const state = APK_REPO_STATE[a.branch] ?? APK_REPO_STATE['v3.22']
  const [main, community] = repos(a)
  a.out(`${state.main} [${main}]`)
  a.out(`${state.community} [${community}]`)
  a.out(`OK: ${state.distinct} distinct packages available`)
  return 0
}

function info(a: Apk, args: string[]): number {
  const installed = a.db.installed()
  const names = args.filter((x) => !x.startsWith('-'))
  const verbose = args.includes('-v')
  if (!names.length) {
    for (const x of installed) a.out(verbose ? `${x.name}-${x.version}` : x.name)
    return 0
  }
  if (args.includes('-e') || args.includes('--installed')) {
    let missing = 0
    for (const n of names) { if (installed.some((x) => x.name === n)) a.out(n); else missing++ }
    return missing
  }
  const known = a.db.hasIndex() ? APK_ALL : installed
  for (const n of names) {
    const x = known.find((k) => k.name === n)
    if (!x) continue
    const id = `${x.name}-${x.version}`
    if (args.includes('-L') || args.includes('--contents')) {
      a.out(`${id} contains:`)
      for (const path of Object.keys(x.files ?? {})) if (!path.endsWith('/')) a.out(path)
      a.out('')
      continue
    }
    a.out(`${id} description:\n${x.description}\n`)
    a.out(`${id} webpage:\n${x.url}\n`)
    a.out(`${id} installed size:\n${Math.round(x.installedSize / 1024)} KiB\n`)
  }
  return 0
}

function search(a: Apk, args: string[]): number {
  const patterns = args.filter((x) => !x.startsWith('-'))
  if (!a.db.hasIndex()) for (const r of repos(a)) a.err(`WARNING: opening from cache ${r}: No such file or directory`)
  const pool = a.db.hasIndex() ? APK_ALL : a.db.installed()
  const glob = (pat: string) => new RegExp(`^${pat.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`)
  const hits = pool.filter((x) => !patterns.length || patterns.some((pat) => (/[*?]/.test(pat) ? glob(pat).test(x.name) : x.name.includes(pat))))
  for (const x of [...hits].sort((p, q) => (p.name < q.name ? -1 : 1))) a.out(args.includes('-q') ? x.name : `${x.name}-${x.version}`)
  return 0
}

export const apk: Program = async (p) => {
  const args = p.argv.slice(1)
  const quiet = args.includes('-q') || args.includes('--quiet')
  const a: Apk = {
    p, db: openApkDb(p.fs), branch: branchOf(p), noCache: args.includes('--no-cache'), quiet,
    out: (s) => { if (!quiet || s.startsWith('ERROR')) p.stdout.write(`${s}\n`) },
    err: (s) => p.stderr.write(`${s}\n`),
  }
  const command = args.find((x) => !x.startsWith('-'))
  if (args.includes('-h') || args.includes('--help')) { p.stdout.write(USAGE); return 0 }
  if (args.includes('-V') || args.includes('--version')) { p.stdout.write(`apk-tools ${APK_VERSION}, compiled for x86_64.\n`); return 0 }
  if (!command) { p.stdout.write(USAGE); return 1 }
  const rest = args.slice(args.indexOf(command) + 1)
  const global = args.slice(0, args.indexOf(command))
  switch (command) {
    case 'add': {
      const virtual = rest.findIndex((x) => x === '-t' || x === '--virtual')
      const list = virtual >= 0 ? rest.filter((_, i) => i !== virtual && i !== virtual + 1) : rest
      if (!list.some((x) => !x.startsWith('-'))) { a.out(summary(a.db.installed())); return 0 }
      return add(a, [...global, ...list])
    }
    case 'del': case 'delete': return del(a, rest.filter((x) => !x.startsWith('-')))
    case 'update': return update(a)
    case 'upgrade': await fetchIndexes(a, rest.includes('-U') || global.includes('-U')); a.out(summary(a.db.installed())); return 0
    case 'info': return info(a, rest)
    case 'search': case 'list': return search(a, rest)
    default:
      p.stdout.write(USAGE)
      return 1
  }
}

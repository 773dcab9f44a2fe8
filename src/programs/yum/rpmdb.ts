/** The rpm database, kept as text in /var/lib/rpm/Packages (one `name epoch:version-release.arch @repo` a line,
 *  and the imported `gpg-pubkey` keys): what yum adds and removes. A disk set up with Docker by a scenario (files
 *  present, no record) counts Docker CE's packages as installed, so yum agrees with the disk. */
import type { Fs } from '../../os/fs'
import { AVAILABLE, BASE_INSTALLED, evr, type Pkg } from './package-catalog'

const DB = '/var/lib/rpm/Packages'
const DOCKER_FAMILY = ['docker-ce', 'docker-ce-cli', 'containerd.io', 'docker-buildx-plugin', 'docker-compose-plugin', 'docker-ce-rootless-extras', 'container-selinux', 'libcgroup', 'fuse-overlayfs', 'fuse3-libs', 'slirp4netns', 'policycoreutils-python', 'audit-libs-python', 'checkpolicy', 'libsemanage-python', 'python-IPy', 'setools-libs']

export interface Installed { pkg: Pkg; repo: string }

export interface RpmDb {
  installed(): Map<string, Installed>
  keys(): Set<string>
  add(pkg: Pkg, repo: string): void
  remove(name: string): void
  importKey(id: string): void
}

export function openRpmDb(fs: Fs): RpmDb {
  const read = (): string[] => {
    try { return fs.stat(DB) ? fs.readText(DB).split('\n').filter(Boolean) : [] } catch { return [] }
  }
  const write = (lines: string[]) => {
    if (!fs.stat('/var/lib/rpm')) fs.mkdir('/var/lib/rpm', { parents: true })
    fs.writeFile(DB, lines.map((l) => `${l}\n`).join(''))
  }
  const db: RpmDb = {
    installed() {
      const out = new Map<string, Installed>()
      const lines = read()
      for (const l of lines) {
        const [name, , repo] = l.split(' ')
        const pkg = AVAILABLE.find((p) => p.name === name)
        if (pkg) out.set(name, { pkg, repo })
      }
      if (fs.stat('/usr/bin/dockerd') && !lines.some((l) => l.startsWith('docker-ce '))) {
        for (const name of DOCKER_FAMILY) {
          const pkg = AVAILABLE.find((p) => p.name === name)!
          if (!out.has(name)) out.set(name, { pkg, repo: pkg.repo })
        }
      }
      return out
    },
    keys: () => new Set(read().filter((l) => l.startsWith('gpg-pubkey ')).map((l) => l.split(' ')[1])),
    add(pkg, repo) { write([...read().filter((l) => !l.startsWith(`${pkg.name} `)), `${pkg.name} ${evr(pkg)}.${pkg.arch} ${repo}`]) },
    remove(name) {
      let lines = read()
      // Removing part of a scenario-installed Docker first writes the rest down.
      if (fs.stat('/usr/bin/dockerd') && !lines.some((l) => l.startsWith('docker-ce '))) {
        lines = [...lines, ...DOCKER_FAMILY.map((n) => { const p = AVAILABLE.find((x) => x.name === n)!; return `${n} ${evr(p)}.${p.arch} ${p.repo}` })]
      }
      write(lines.filter((l) => !l.startsWith(`${name} `)))
    },
    importKey(id) { write([...read(), `gpg-pubkey ${id}`]) },
  }
  return db
}

export const isBaseInstalled = (name: string): [string, string, string] | undefined =>
  BASE_INSTALLED.find(([na]) => na.slice(0, na.lastIndexOf('.')) === name)

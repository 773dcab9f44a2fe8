/** What yum knows: the repositories' packages this sandbox can install (Docker CE 28.2.2 with its dependencies from
 *  docker-ce-stable, base and extras; yum-utils; vim-enhanced; nano) and what a CentOS 7.9 minimal install has
 *  installed. Sizes are the rpm download sizes and installed sizes in bytes.
 *  `docker` resolves to docker-ce (the project's decision: the host always installs Docker CE 28.2.2). */
import type { TreeSpec } from '../../engine/layer/file-tree'
import { dockerPackage } from '../../os/docker-package'

export interface Pkg {
  name: string
  arch: 'x86_64' | 'noarch'
  epoch: number
  version: string
  release: string
  repo: string
  /** Download size, bytes. */
  size: number
  installedSize: number
  summary: string
  url?: string
  license?: string
  description?: string
  /** Packages that pull this one in, in the order yum resolves them ([requirement text, package]). */
  requires?: [string, string][]
  /** Files the package puts on the disk (for the few packages whose programs exist here). */
  files?: () => TreeSpec
}

const K = 1024
const M = 1024 * 1024

const pkg = (name: string, arch: Pkg['arch'], evr: string, repo: string, size: number, installedSize: number, summary: string, extra: Partial<Pkg> = {}): Pkg => {
  const m = /^(?:(\d+):)?([^-]+)-(.+)$/.exec(evr)!
  return { name, arch, epoch: Number(m[1] ?? 0), version: m[2], release: m[3], repo, size, installedSize, summary, ...extra }
}

const DOCKER_DESCRIPTION = `Docker is a product for you to build, ship and run any application as a
lightweight container.

Docker containers are both hardware-agnostic and platform-agnostic. This means
they can run anywhere, from your laptop to the largest cloud compute instance and
everything in between - and they don't require you to use a particular
language, framework or packaging system. That makes them great building blocks
for deploying and scaling web apps, databases, and backend services without
depending on a particular stack or provider.`

export const AVAILABLE: readonly Pkg[] = [
  pkg('docker-ce', 'x86_64', '3:28.2.2-1.el7', 'docker-ce-stable', 22.4 * M, 98.7 * M, 'The open-source application container engine', {
    url: 'https://www.docker.com', license: 'ASL 2.0', description: DOCKER_DESCRIPTION, files: dockerPackage,
    requires: [['container-selinux >= 2:2.74', 'container-selinux'], ['containerd.io >= 1.7.27', 'containerd.io'], ['docker-ce-cli', 'docker-ce-cli'], ['docker-ce-rootless-extras', 'docker-ce-rootless-extras'], ['libcgroup', 'libcgroup']],
  }),
  pkg('container-selinux', 'noarch', '2:2.119.2-1.911c772.el7_8', 'extras', 40 * K, 41 * K, 'SELinux policies for container runtimes', { requires: [['policycoreutils-python', 'policycoreutils-python']] }),
  pkg('containerd.io', 'x86_64', '1.7.27-3.1.el7', 'docker-ce-stable', 34.9 * M, 119 * M, 'An industry-standard container runtime', { url: 'https://containerd.io', license: 'ASL 2.0' }),
  pkg('docker-ce-cli', 'x86_64', '1:28.2.2-1.el7', 'docker-ce-stable', 8.1 * M, 33.8 * M, 'The open-source application container engine', { url: 'https://www.docker.com', license: 'ASL 2.0', description: DOCKER_DESCRIPTION, requires: [['docker-buildx-plugin', 'docker-buildx-plugin'], ['docker-compose-plugin', 'docker-compose-plugin']] }),
  pkg('docker-ce-rootless-extras', 'x86_64', '28.2.2-1.el7', 'docker-ce-stable', 3.9 * M, 11.2 * M, 'Rootless support for Docker', { requires: [['fuse-overlayfs >= 0.7', 'fuse-overlayfs'], ['slirp4netns >= 0.4', 'slirp4netns']] }),
  pkg('libcgroup', 'x86_64', '0.41-21.el7', 'base', 66 * K, 134 * K, 'Library to control and monitor control groups'),
  pkg('docker-buildx-plugin', 'x86_64', '0.24.0-1.el7', 'docker-ce-stable', 14.5 * M, 68.7 * M, 'Docker Buildx plugin for the Docker CLI.'),
  pkg('docker-compose-plugin', 'x86_64', '2.36.2-1.el7', 'docker-ce-stable', 14.1 * M, 68.1 * M, 'Docker Compose (V2) plugin for the Docker CLI.'),
  pkg('fuse-overlayfs', 'x86_64', '0.7.2-6.el7_8', 'extras', 54 * K, 116 * K, 'FUSE overlay+shiftfs implementation for rootless containers', { requires: [['libfuse3.so.3(FUSE_3.2)(64bit)', 'fuse3-libs'], ['libfuse3.so.3(FUSE_3.0)(64bit)', 'fuse3-libs'], ['libfuse3.so.3()(64bit)', 'fuse3-libs']] }),
  pkg('policycoreutils-python', 'x86_64', '2.5-34.el7', 'base', 457 * K, 1.2 * M, 'SELinux policy core python utilities', {
    requires: [['setools-libs >= 3.3.8-4', 'setools-libs'], ['libsemanage-python >= 2.5-14', 'libsemanage-python'], ['audit-libs-python >= 2.1.3-4', 'audit-libs-python'], ['python-IPy', 'python-IPy'], ['libqpol.so.1(VERS_1.4)(64bit)', 'setools-libs'], ['libqpol.so.1(VERS_1.2)(64bit)', 'setools-libs'], ['libapol.so.4(VERS_4.0)(64bit)', 'setools-libs'], ['checkpolicy', 'checkpolicy'], ['libqpol.so.1()(64bit)', 'setools-libs'], ['libapol.so.4()(64bit)', 'setools-libs']],
  }),
  pkg('slirp4netns', 'x86_64', '0.4.3-4.el7_8', 'extras', 81 * K, 169 * K, 'slirp for network namespaces'),
  pkg('audit-libs-python', 'x86_64', '2.8.5-4.el7', 'base', 76 * K, 316 * K, 'Python bindings for libaudit'),
  pkg('checkpolicy', 'x86_64', '2.5-8.el7', 'base', 295 * K, 1.2 * M, 'SELinux policy compiler'),
  pkg('fuse3-libs', 'x86_64', '3.6.1-4.el7', 'extras', 82 * K, 270 * K, 'File System in Userspace (FUSE) v3 libraries'),
  pkg('libsemanage-python', 'x86_64', '2.5-14.el7', 'base', 113 * K, 441 * K, 'semanage python bindings for libsemanage'),
  pkg('python-IPy', 'noarch', '0.75-6.el7', 'base', 32 * K, 119 * K, 'Python module for handling IPv4 and IPv6 Addresses and Networks'),
  pkg('setools-libs', 'x86_64', '3.3.8-4.el7', 'base', 620 * K, 2.0 * M, 'Policy analysis support libraries for SELinux'),
  pkg('yum-utils', 'noarch', '1.1.31-54.el7_8', 'base', 122 * K, 345 * K, 'Utilities based around the yum package manager', {
    url: 'http://yum.baseurl.org/download/yum-utils/', license: 'GPLv2+',
    requires: [['python-kitchen', 'python-kitchen'], ['libxml2-python', 'libxml2-python']],
    files: () => ({ 'usr/bin/yum-config-manager': { program: 'yum', size: 40_281 } }),
  }),
  pkg('python-kitchen', 'noarch', '1.1.1-5.el7', 'base', 267 * K, 1.4 * M, 'Small, useful pieces of code to make python coding easier', { requires: [['python-chardet', 'python-chardet']] }),
  pkg('libxml2-python', 'x86_64', '2.9.1-6.el7.5', 'base', 247 * K, 1.4 * M, 'Python bindings for the libxml2 library'),
  pkg('python-chardet', 'noarch', '2.2.1-3.el7', 'base', 227 * K, 1.1 * M, 'Character encoding auto-detection in Python'),
  pkg('vim-enhanced', 'x86_64', '2:7.4.629-8.el7_9', 'updates', 1.1 * M, 2.2 * M, 'A version of the VIM editor which includes recent enhancements', {
    url: 'http://www.vim.org/', license: 'Vim',
    requires: [['vim-common = 2:7.4.629-8.el7_9', 'vim-common'], ['perl(:MODULE_COMPAT_5.16.3)', 'perl'], ['libperl.so()(64bit)', 'perl-libs'], ['libgpm.so.2()(64bit)', 'gpm-libs']],
    files: () => ({ 'usr/bin/vim': { program: 'vi', size: 2_294_208 }, 'usr/bin/vimtutor': { data: '#!/bin/sh\necho "vimtutor: not available here"\n', mode: 0o755 } }),
  }),
  pkg('nano', 'x86_64', '2.3.1-10.el7', 'base', 440 * K, 1.6 * M, 'A small text editor', {
    url: 'http://www.nano-editor.org', license: 'GPLv3+',
    files: () => ({ 'usr/bin/nano': { program: 'nano', size: 206_904 }, 'usr/bin/rnano': { link: 'nano' }, 'etc/nanorc': '## Sample initialization file for GNU nano.\n' }),
  }),
  pkg('vim-common', 'x86_64', '2:7.4.629-8.el7_9', 'updates', 5.9 * M, 21 * M, 'The common files needed by any version of the VIM editor', { requires: [['vim-filesystem', 'vim-filesystem']] }),
  pkg('vim-filesystem', 'x86_64', '2:7.4.629-8.el7_9', 'updates', 11 * K, 0, 'VIM filesystem layout'),
  pkg('gpm-libs', 'x86_64', '1.20.7-6.el7', 'base', 32 * K, 64 * K, 'Dynamic library for for the gpm'),
  pkg('perl', 'x86_64', '4:5.16.3-299.el7_9', 'updates', 8.0 * M, 23 * M, 'Practical Extraction and Report Language', { requires: [['perl-libs = 4:5.16.3-299.el7_9', 'perl-libs'], ['perl(Socket) >= 1.3', 'perl-Socket'], ['perl(Carp)', 'perl-Carp']] }),
  pkg('perl-libs', 'x86_64', '4:5.16.3-299.el7_9', 'updates', 690 * K, 1.6 * M, 'The libraries for the perl runtime'),
  pkg('perl-Socket', 'x86_64', '2.010-5.el7', 'base', 49 * K, 112 * K, 'Networking constants and support functions'),
  pkg('perl-Carp', 'noarch', '1.26-244.el7', 'base', 19 * K, 28 * K, 'Alternative warn and die for modules'),
]

/** What `docker` (and the docs' other names) asks for. */
export const ALIASES: Record<string, string> = { docker: 'docker-ce', vim: 'vim-enhanced', 'docker-engine': 'docker-ce', 'docker-io': 'docker-ce' }

/** A CentOS 7.9 minimal install's packages (a representative part of its ~300), as `yum list installed` shows. */
export const BASE_INSTALLED: readonly [string, string, string][] = [
  ['GeoIP.x86_64', '1.5.0-14.el7', '@anaconda'], ['NetworkManager.x86_64', '1:1.18.8-1.el7', '@anaconda'],
  ['NetworkManager-libnm.x86_64', '1:1.18.8-1.el7', '@anaconda'], ['NetworkManager-team.x86_64', '1:1.18.8-1.el7', '@anaconda'],
  ['NetworkManager-tui.x86_64', '1:1.18.8-1.el7', '@anaconda'], ['acl.x86_64', '2.2.51-15.el7', '@anaconda'],
  ['audit.x86_64', '2.8.5-4.el7', '@anaconda'], ['audit-libs.x86_64', '2.8.5-4.el7', '@anaconda'],
  ['basesystem.noarch', '10.0-7.el7.centos', '@anaconda'], ['bash.x86_64', '4.2.46-34.el7', '@anaconda'],
  ['bind-libs-lite.x86_64', '32:9.11.4-26.P2.el7', '@anaconda'], ['binutils.x86_64', '2.27-44.base.el7', '@anaconda'],
  ['centos-release.x86_64', '7-9.2009.0.el7.centos', '@anaconda'], ['chrony.x86_64', '3.4-1.el7', '@anaconda'],
  ['coreutils.x86_64', '8.22-24.el7', '@anaconda'], ['cronie.x86_64', '1.4.11-23.el7', '@anaconda'],
  ['curl.x86_64', '7.29.0-59.el7', '@anaconda'], ['device-mapper-persistent-data.x86_64', '0.8.5-3.el7', '@anaconda'],
  ['dracut.x86_64', '033-572.el7', '@anaconda'], ['e2fsprogs.x86_64', '1.42.9-19.el7', '@anaconda'],
  ['filesystem.x86_64', '3.2-25.el7', '@anaconda'], ['findutils.x86_64', '1:4.5.11-6.el7', '@anaconda'],
  ['firewalld.noarch', '0.6.3-11.el7', '@anaconda'], ['gawk.x86_64', '4.0.2-4.el7_3.1', '@anaconda'],
  ['glibc.x86_64', '2.17-317.el7', '@anaconda'], ['grep.x86_64', '2.20-3.el7', '@anaconda'],
  ['grub2.x86_64', '1:2.02-0.86.el7.centos', '@anaconda'], ['hostname.x86_64', '3.13-3.el7_7.1', '@anaconda'],
  ['iproute.x86_64', '4.11.0-30.el7', '@anaconda'], ['iptables.x86_64', '1.4.21-35.el7', '@anaconda'],
  ['kernel.x86_64', '3.10.0-1160.el7', '@anaconda'], ['less.x86_64', '458-9.el7', '@anaconda'],
  ['lvm2.x86_64', '7:2.02.187-6.el7', '@anaconda'], ['openssh-server.x86_64', '7.4p1-21.el7', '@anaconda'],
  ['openssl.x86_64', '1:1.0.2k-19.el7', '@anaconda'], ['passwd.x86_64', '0.79-6.el7', '@anaconda'],
  ['policycoreutils.x86_64', '2.5-34.el7', '@anaconda'], ['postfix.x86_64', '2:2.10.1-9.el7', '@anaconda'],
  ['procps-ng.x86_64', '3.3.10-28.el7', '@anaconda'], ['python.x86_64', '2.7.5-89.el7', '@anaconda'],
  ['rpm.x86_64', '4.11.3-45.el7', '@anaconda'], ['rsyslog.x86_64', '8.24.0-55.el7', '@anaconda'],
  ['sed.x86_64', '4.2.2-7.el7', '@anaconda'], ['selinux-policy-targeted.noarch', '3.13.1-266.el7', '@anaconda'],
  ['sudo.x86_64', '1.8.23-10.el7', '@anaconda'], ['systemd.x86_64', '219-78.el7', '@anaconda'],
  ['tar.x86_64', '2:1.26-35.el7', '@anaconda'], ['tuned.noarch', '2.11.0-9.el7', '@anaconda'],
  ['util-linux.x86_64', '2.23.2-65.el7', '@anaconda'], ['vim-minimal.x86_64', '2:7.4.629-7.el7', '@anaconda'],
  ['xfsprogs.x86_64', '4.5.0-22.el7', '@anaconda'], ['yum.noarch', '3.4.3-168.el7.centos', '@anaconda'],
  ['yum-plugin-fastestmirror.noarch', '1.1.31-54.el7_8', '@anaconda'], ['zlib.x86_64', '1.2.7-18.el7', '@anaconda'],
]

export const findAvailable = (name: string): Pkg | undefined => AVAILABLE.find((p) => p.name === name)

/** `3:28.2.2-1.el7` */
export const evr = (p: Pkg): string => `${p.epoch ? `${p.epoch}:` : ''}${p.version}-${p.release}`
/** yum's ui_envra: `3:docker-ce-28.2.2-1.el7.x86_64` (the epoch only when not 0). */
export const envra = (p: Pkg): string => `${p.epoch ? `${p.epoch}:` : ''}${p.name}-${p.version}-${p.release}.${p.arch}`
/** `docker-ce-28.2.2-1.el7.x86_64` */
export const nvra = (p: Pkg): string => `${p.name}-${p.version}-${p.release}.${p.arch}`

/** yum's size format: `22 M`, `8.1 M`, `40 k`. */
export function yumSize(bytes: number): string {
  const units = [' ', 'k', 'M', 'G']
  let v = bytes
  let u = 0
  while (v >= 999.5 && u < units.length - 1) { v /= 1024; u++ }
  const n = v < 9.95 && u > 0 ? v.toFixed(1) : String(Math.round(v))
  return `${n} ${units[u]}`.trimEnd()
}

/** Resolves what `names` need, in yum's order: the requested packages, then each dependency round
 *  (`--> Running transaction check`). Packages in `installed` are not needed. */
export function resolve(names: string[], installed: ReadonlySet<string>): Pkg[][] {
  const rounds: Pkg[][] = []
  const seen = new Set<string>(installed)
  let current = names.map((n) => findAvailable(n)!).filter((p) => !seen.has(p.name))
  for (const p of current) seen.add(p.name)
  while (current.length) {
    rounds.push(current)
    const next: Pkg[] = []
    for (const p of current) {
      for (const [, dep] of p.requires ?? []) {
        if (seen.has(dep)) continue
        seen.add(dep)
        const d = findAvailable(dep)
        if (d) next.push(d)
      }
    }
    current = next.sort((a, b) => (a.name < b.name ? -1 : 1))
  }
  return rounds
}

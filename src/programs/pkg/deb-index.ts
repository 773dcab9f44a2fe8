/** The Debian and Ubuntu archives apt installs from: a few packages of bookworm (Debian 12: debian, nginx, httpd,
 *  redis, postgres, node, python) and noble (Ubuntu 24.04) with their dependencies and recommends as apt pulls them
 *  in, their versions, download sizes and Installed-Size, and the repositories `apt-get update` fetches.
 *  Packages a base image already has (libc6, libtinfo6, zlib1g…) are not listed: a dependency that is not in the
 *  index counts as satisfied. bullseye and jammy are offered bookworm's and noble's builds, a simplification.
 *  Left out on purpose: noble's vim pulls in python3.12 and tzdata, whose interactive debconf questions this
 *  sandbox does not ask; here noble's vim comes without them. */
import type { TreeSpec } from '../../engine/layer/file-tree'

export interface DebPkg {
  name: string
  version: string
  arch: 'amd64' | 'all'
  /** `bookworm/main`, `noble-updates/universe`: where Get: lines say it comes from. */
  suite: string
  /** Download size, bytes. */
  size: number
  /** Installed-Size, KiB. */
  installedKb: number
  /** Depends and Recommends that are in this index, in the order apt unpacks them (dependencies first). */
  deps: string[]
  suggests?: string[]
  /** Libraries are Multi-Arch: same, so dpkg names them `name:amd64`. */
  multiArch?: boolean
  files?: TreeSpec
  /** Lines a maintainer script prints while `Setting up`. */
  setup?: string[]
  /** What dpkg's database grows by (files and directories). */
  fileCount: number
}

export interface Archive {
  /** `Get:` lines of `apt-get update`: URL, what, size in bytes. */
  update: [string, string, number][]
  /** The lists /var/lib/apt/lists holds afterwards. */
  lists: string[]
  packages: DebPkg[]
  libcBin: string
  /** Mirror URL by suite prefix. */
  url(suite: string): string
}

const kB = 1000

const d = (name: string, version: string, arch: DebPkg['arch'], suite: string, size: number, installedKb: number, fileCount: number, deps: string[] = [], extra: Partial<DebPkg> = {}): DebPkg =>
  ({ name, version, arch, suite, size, installedKb, fileCount, deps, multiArch: name.startsWith('lib') && arch === 'amd64', ...extra })

/** update-alternatives priorities: with both installed, the editor is nano (40 beats vim.basic's 30). */
export const ALTERNATIVE_PRIORITY: Record<string, number> = { '/bin/nano': 40, '/usr/bin/vim.basic': 30, '/usr/bin/w.procps': 50 }

const alternatives = (target: string, links: [string, string][]) => links.map(([name, link]) => `update-alternatives: using ${target} to provide ${link} (${name}) in auto mode`)

const VIM_ALTERNATIVES = (v: string) => alternatives('/usr/bin/vim.basic', [['vim', '/usr/bin/vim'], ['vimdiff', '/usr/bin/vimdiff'], ['rvim', '/usr/bin/rvim'], ['rview', '/usr/bin/rview'], ['vi', '/usr/bin/vi'], ['view', '/usr/bin/view'], ['ex', '/usr/bin/ex'], ['editor', '/usr/bin/editor']])
  .flatMap((l) => (l.includes('(vi)') || l.includes('(view)') || l.includes('(ex)') || l.includes('(editor)')
    ? [l, ...['da', 'de', 'fr', 'it', 'ja', 'pl', 'ru', 'tr'].map((lang) => `update-alternatives: warning: skip creation of /usr/share/man/${lang}/man1/${l.match(/\((\w+)\)/)![1]}.1.gz because associated file /usr/share/vim/${v}/doc/vim-${lang}.1.gz (of link group ${l.match(/\((\w+)\)/)![1]}) doesn't exist`)]
    : [l]))

/** The links of `update-alternatives --install` are made by apt.ts while `Setting up` (the priorities decide). */
const VIM_FILES: TreeSpec = {
  'usr/bin/vim.basic': { program: 'vi' },
  'etc/vim/vimrc': '" All system-wide defaults are set in $VIMRUNTIME/debian.vim and sourced by\n" the call to :runtime you can find below.\nruntime! debian.vim\n',
}
const NANO_FILES: TreeSpec = {
  'bin/nano': { program: 'nano' }, 'bin/rnano': { link: 'nano' },
  'etc/nanorc': '#\n# Sample initialization file for GNU nano.\n#\n',
}
const PROCPS_FILES: TreeSpec = Object.fromEntries(['ps', 'top', 'free', 'pgrep', 'pkill', 'pidof', 'kill', 'uptime', 'watch', 'vmstat'].map((n) => [`usr/bin/${n}`, { program: 'coreutils' }]))
const CURL_FILES: TreeSpec = { 'usr/bin/curl': { program: 'curl' } }
const so = (path: string): TreeSpec => ({ [path]: { data: '' } })
const CA_SETUP = ['Updating certificates in /etc/ssl/certs...', '142 added, 0 removed; done.']

const BOOKWORM_PACKAGES: DebPkg[] = [
  d('vim-common', '2:9.0.1378-2+deb12u2', 'all', 'bookworm/main', 125 * kB, 390, 28, [], { files: { 'etc/vim/vimrc': VIM_FILES['etc/vim/vimrc'] } }),
  d('libgpm2', '1.20.7-10+b1', 'amd64', 'bookworm/main', 14.2 * kB, 49, 8, [], { suggests: ['gpm'], files: so('usr/lib/x86_64-linux-gnu/libgpm.so.2') }),
  d('libsodium23', '1.0.18-1', 'amd64', 'bookworm/main', 161 * kB, 411, 8, [], { files: so('usr/lib/x86_64-linux-gnu/libsodium.so.23.3.0') }),
  d('vim-runtime', '2:9.0.1378-2+deb12u2', 'all', 'bookworm/main', 7027 * kB, 33_756, 2_024, [], { suggests: ['ctags', 'vim-doc', 'vim-scripts'] }),
  d('xxd', '2:9.0.1378-2+deb12u2', 'amd64', 'bookworm/main', 84.1 * kB, 293, 12, [], { files: { 'usr/bin/xxd': { data: '' } } }),
  d('vim', '2:9.0.1378-2+deb12u2', 'amd64', 'bookworm/main', 1568 * kB, 3_743, 12, ['vim-common', 'libgpm2', 'libsodium23', 'vim-runtime', 'xxd'], { files: VIM_FILES, setup: VIM_ALTERNATIVES('vim90') }),
  d('nano', '7.2-1+deb12u1', 'amd64', 'bookworm/main', 690 * kB, 2_857, 137, [], { suggests: ['hunspell'], files: NANO_FILES, setup: alternatives('/bin/nano', [['editor', '/usr/bin/editor'], ['pico', '/usr/bin/pico']]) }),
  d('libproc2-0', '2:4.0.2-3', 'amd64', 'bookworm/main', 62.8 * kB, 182, 8, [], { files: so('usr/lib/x86_64-linux-gnu/libproc2.so.0.0.1') }),
  d('psmisc', '23.6-1', 'amd64', 'bookworm/main', 259 * kB, 862, 58, [], { files: { 'usr/bin/pstree': { data: '' }, 'usr/bin/killall': { data: '' }, 'usr/bin/fuser': { data: '' } } }),
  d('procps', '2:4.0.2-3', 'amd64', 'bookworm/main', 709 * kB, 2_263, 88, ['libproc2-0', 'psmisc'], { files: PROCPS_FILES, setup: alternatives('/usr/bin/w.procps', [['w', '/usr/bin/w']]) }),
  d('openssl', '3.0.16-1~deb12u1', 'amd64', 'bookworm/main', 1427 * kB, 2_298, 62, [], { files: { 'usr/bin/openssl': { data: '' } } }),
  d('ca-certificates', '20230311', 'all', 'bookworm/main', 153 * kB, 392, 152, ['openssl'], { setup: CA_SETUP, files: { 'etc/ssl/certs/ca-certificates.crt': { data: '' } } }),
  d('krb5-locales', '1.20.1-2+deb12u3', 'all', 'bookworm/main', 95.4 * kB, 1_270, 30),
  d('libbrotli1', '1.0.9-2+b6', 'amd64', 'bookworm/main', 275 * kB, 907, 10, [], { files: so('usr/lib/x86_64-linux-gnu/libbrotlicommon.so.1.0.9') }),
  d('libkrb5support0', '1.20.1-2+deb12u3', 'amd64', 'bookworm/main', 33.2 * kB, 114, 8),
  d('libk5crypto3', '1.20.1-2+deb12u3', 'amd64', 'bookworm/main', 79.8 * kB, 280, 8, ['libkrb5support0']),
  d('libkeyutils1', '1.6.3-2', 'amd64', 'bookworm/main', 8808, 46, 8),
  d('libkrb5-3', '1.20.1-2+deb12u3', 'amd64', 'bookworm/main', 332 * kB, 1_092, 9, ['libk5crypto3', 'libkeyutils1', 'krb5-locales'], { suggests: ['krb5-doc', 'krb5-user'] }),
  d('libgssapi-krb5-2', '1.20.1-2+deb12u3', 'amd64', 'bookworm/main', 135 * kB, 432, 8, ['libkrb5-3']),
  d('libsasl2-modules-db', '2.1.28+dfsg-10', 'amd64', 'bookworm/main', 20.3 * kB, 101, 8),
  d('libsasl2-2', '2.1.28+dfsg-10', 'amd64', 'bookworm/main', 59.7 * kB, 197, 8, ['libsasl2-modules-db']),
  d('libldap-2.5-0', '2.5.13+dfsg-5', 'amd64', 'bookworm/main', 183 * kB, 619, 9, ['libsasl2-2']),
  d('libnghttp2-14', '1.52.0-1+deb12u2', 'amd64', 'bookworm/main', 73.0 * kB, 208, 8),
  d('libpsl5', '0.21.2-1', 'amd64', 'bookworm/main', 58.7 * kB, 92, 8),
  d('librtmp1', '2.4+20151223.gitfa8646d.1-2+b2', 'amd64', 'bookworm/main', 60.8 * kB, 153, 8),
  d('libssh2-1', '1.10.0-3+b1', 'amd64', 'bookworm/main', 179 * kB, 289, 8),
  d('libcurl4', '7.88.1-10+deb12u12', 'amd64', 'bookworm/main', 391 * kB, 1_010, 9, ['libbrotli1', 'libgssapi-krb5-2', 'libldap-2.5-0', 'libnghttp2-14', 'libpsl5', 'librtmp1', 'libssh2-1', 'ca-certificates'], { files: so('usr/lib/x86_64-linux-gnu/libcurl.so.4.8.0') }),
  d('libldap-common', '2.5.13+dfsg-5', 'all', 'bookworm/main', 29.3 * kB, 141, 14),
  d('libsasl2-modules', '2.1.28+dfsg-10', 'amd64', 'bookworm/main', 66.6 * kB, 344, 19, [], { suggests: ['libsasl2-modules-gssapi-mit | libsasl2-modules-gssapi-heimdal', 'libsasl2-modules-ldap', 'libsasl2-modules-otp', 'libsasl2-modules-sql'] }),
  d('publicsuffix', '20230209.2326-1', 'all', 'bookworm/main', 126 * kB, 313, 11),
  d('curl', '7.88.1-10+deb12u12', 'amd64', 'bookworm/main', 315 * kB, 500, 12, ['libcurl4', 'libldap-common', 'libsasl2-modules', 'publicsuffix'], { files: CURL_FILES }),
  d('libcap2-bin', '1:2.66-1', 'amd64', 'bookworm/main', 34.3 * kB, 113, 20),
]

const NOBLE_PACKAGES: DebPkg[] = [
  d('vim-common', '2:9.1.0016-1ubuntu7.8', 'all', 'noble-updates/main', 386 * kB, 1_044, 31, [], { files: { 'etc/vim/vimrc': VIM_FILES['etc/vim/vimrc'] } }),
  d('libgpm2', '1.20.7-11', 'amd64', 'noble/main', 14.1 * kB, 49, 8, [], { suggests: ['gpm'], files: so('usr/lib/x86_64-linux-gnu/libgpm.so.2') }),
  d('libsodium23', '1.0.18-1build3', 'amd64', 'noble/main', 161 * kB, 410, 8, [], { files: so('usr/lib/x86_64-linux-gnu/libsodium.so.23.3.0') }),
  d('vim-runtime', '2:9.1.0016-1ubuntu7.8', 'all', 'noble-updates/main', 7281 * kB, 36_917, 2_215, [], { suggests: ['ctags', 'vim-doc', 'vim-scripts'] }),
  d('xxd', '2:9.1.0016-1ubuntu7.8', 'amd64', 'noble-updates/main', 63.7 * kB, 281, 12, [], { files: { 'usr/bin/xxd': { data: '' } } }),
  d('vim', '2:9.1.0016-1ubuntu7.8', 'amd64', 'noble-updates/main', 1881 * kB, 4_227, 12, ['vim-common', 'libgpm2', 'libsodium23', 'vim-runtime', 'xxd'], { files: VIM_FILES, setup: VIM_ALTERNATIVES('vim91') }),
  d('nano', '7.2-2ubuntu0.1', 'amd64', 'noble-updates/main', 280 * kB, 881, 97, [], { suggests: ['hunspell'], files: NANO_FILES, setup: alternatives('/bin/nano', [['editor', '/usr/bin/editor'], ['pico', '/usr/bin/pico']]) }),
  d('openssl', '3.0.13-0ubuntu3.5', 'amd64', 'noble-updates/main', 1003 * kB, 2_243, 62, [], { files: { 'usr/bin/openssl': { data: '' } } }),
  d('ca-certificates', '20240203', 'all', 'noble/main', 159 * kB, 388, 152, ['openssl'], { setup: CA_SETUP.map((l) => l.replace('142', '146')), files: { 'etc/ssl/certs/ca-certificates.crt': { data: '' } } }),
  d('krb5-locales', '1.20.1-6ubuntu2.6', 'all', 'noble-updates/main', 14.1 * kB, 43, 11),
  d('libbrotli1', '1.1.0-2build2', 'amd64', 'noble/main', 331 * kB, 844, 10, [], { files: so('usr/lib/x86_64-linux-gnu/libbrotlicommon.so.1.1.0') }),
  d('libkrb5support0', '1.20.1-6ubuntu2.6', 'amd64', 'noble-updates/main', 34.4 * kB, 122, 8),
  d('libk5crypto3', '1.20.1-6ubuntu2.6', 'amd64', 'noble-updates/main', 81.6 * kB, 289, 8, ['libkrb5support0']),
  d('libkeyutils1', '1.6.3-3build1', 'amd64', 'noble/main', 9490, 46, 8),
  d('libkrb5-3', '1.20.1-6ubuntu2.6', 'amd64', 'noble-updates/main', 348 * kB, 1_132, 9, ['libk5crypto3', 'libkeyutils1', 'krb5-locales'], { suggests: ['krb5-doc', 'krb5-user'] }),
  d('libgssapi-krb5-2', '1.20.1-6ubuntu2.6', 'amd64', 'noble-updates/main', 143 * kB, 469, 8, ['libkrb5-3']),
  d('libsasl2-modules-db', '2.1.28+dfsg1-5ubuntu3.1', 'amd64', 'noble-updates/main', 20.4 * kB, 100, 8),
  d('libsasl2-2', '2.1.28+dfsg1-5ubuntu3.1', 'amd64', 'noble-updates/main', 53.2 * kB, 188, 8, ['libsasl2-modules-db']),
  d('libldap2', '2.6.7+dfsg-1~exp1ubuntu8.2', 'amd64', 'noble-updates/main', 196 * kB, 637, 9, ['libsasl2-2']),
  d('libnghttp2-14', '1.59.0-1ubuntu0.2', 'amd64', 'noble-updates/main', 74.3 * kB, 218, 8),
  d('libpsl5t64', '0.21.2-1.1build1', 'amd64', 'noble/main', 57.1 * kB, 93, 8),
  d('librtmp1', '2.4+20151223.gitfa8646d.1-2build7', 'amd64', 'noble/main', 56.3 * kB, 147, 8),
  d('libssh-4', '0.10.6-2ubuntu0.1', 'amd64', 'noble-updates/main', 188 * kB, 523, 8),
  d('libcurl4t64', '8.5.0-2ubuntu10.6', 'amd64', 'noble-updates/main', 341 * kB, 910, 9, ['libbrotli1', 'libgssapi-krb5-2', 'libldap2', 'libnghttp2-14', 'libpsl5t64', 'librtmp1', 'libssh-4', 'ca-certificates'], { files: so('usr/lib/x86_64-linux-gnu/libcurl.so.4.8.0') }),
  d('libldap-common', '2.6.7+dfsg-1~exp1ubuntu8.2', 'all', 'noble-updates/main', 31.7 * kB, 154, 14),
  d('libsasl2-modules', '2.1.28+dfsg1-5ubuntu3.1', 'amd64', 'noble-updates/main', 69.9 * kB, 316, 19, [], { suggests: ['libsasl2-modules-gssapi-mit | libsasl2-modules-gssapi-heimdal', 'libsasl2-modules-ldap', 'libsasl2-modules-otp', 'libsasl2-modules-sql'] }),
  d('publicsuffix', '20231001.0357-0.1', 'all', 'noble/main', 129 * kB, 330, 11),
  d('curl', '8.5.0-2ubuntu10.6', 'amd64', 'noble-updates/main', 227 * kB, 534, 12, ['libcurl4t64', 'libldap-common', 'libsasl2-modules', 'publicsuffix'], { files: CURL_FILES }),
  d('libproc2-0', '2:4.0.4-4ubuntu3.2', 'amd64', 'noble-updates/main', 59.5 * kB, 193, 8),
  d('procps', '2:4.0.4-4ubuntu3.2', 'amd64', 'noble-updates/main', 708 * kB, 2_306, 88, ['libproc2-0'], { files: PROCPS_FILES }),
  d('libcap2-bin', '1:2.66-5ubuntu2.2', 'amd64', 'noble-updates/main', 34.2 * kB, 117, 20),
]

const DEBIAN = 'http://deb.debian.org/debian'
const SECURITY = 'http://deb.debian.org/debian-security'

const bookwormArchive = (codename: string): Archive => ({
  update: [
    [DEBIAN, `${codename} InRelease`, 151 * kB],
    [DEBIAN, `${codename}-updates InRelease`, 55.4 * kB],
    [SECURITY, `${codename}-security InRelease`, 48.0 * kB],
    [DEBIAN, `${codename}/main amd64 Packages`, 8792 * kB],
    [DEBIAN, `${codename}-updates/main amd64 Packages`, 756],
    [SECURITY, `${codename}-security/main amd64 Packages`, 123 * kB],
  ],
  lists: [`deb.debian.org_debian_dists_${codename}_InRelease`, `deb.debian.org_debian_dists_${codename}_main_binary-amd64_Packages.lz4`,
    `deb.debian.org_debian_dists_${codename}-updates_InRelease`, `deb.debian.org_debian_dists_${codename}-updates_main_binary-amd64_Packages.lz4`,
    `deb.debian.org_debian-security_dists_${codename}-security_InRelease`, `deb.debian.org_debian-security_dists_${codename}-security_main_binary-amd64_Packages.lz4`],
  packages: BOOKWORM_PACKAGES.map((p) => ({ ...p, suite: p.suite.replace('bookworm', codename) })),
  libcBin: codename === 'bookworm' ? '2.36-9+deb12u10' : '2.31-13+deb11u13',
  url: (suite) => (suite.includes('-security') ? SECURITY : DEBIAN),
})

const ARCHIVE = 'http://archive.ubuntu.com/ubuntu'
const UBUNTU_SECURITY = 'http://security.ubuntu.com/ubuntu'

const nobleArchive = (codename: string): Archive => {
  const c = codename
  return {
    update: [
      [ARCHIVE, `${c} InRelease`, 256 * kB], [UBUNTU_SECURITY, `${c}-security InRelease`, 126 * kB],
      [ARCHIVE, `${c}-updates InRelease`, 126 * kB], [ARCHIVE, `${c}-backports InRelease`, 126 * kB],
      [UBUNTU_SECURITY, `${c}-security/universe amd64 Packages`, 1120 * kB], [ARCHIVE, `${c}/universe amd64 Packages`, 19_300 * kB],
      [UBUNTU_SECURITY, `${c}-security/main amd64 Packages`, 1208 * kB], [UBUNTU_SECURITY, `${c}-security/restricted amd64 Packages`, 1563 * kB],
      [UBUNTU_SECURITY, `${c}-security/multiverse amd64 Packages`, 22.1 * kB], [ARCHIVE, `${c}/restricted amd64 Packages`, 117 * kB],
      [ARCHIVE, `${c}/main amd64 Packages`, 1808 * kB], [ARCHIVE, `${c}/multiverse amd64 Packages`, 331 * kB],
      [ARCHIVE, `${c}-updates/universe amd64 Packages`, 1421 * kB], [ARCHIVE, `${c}-updates/restricted amd64 Packages`, 1609 * kB],
      [ARCHIVE, `${c}-updates/main amd64 Packages`, 1521 * kB], [ARCHIVE, `${c}-updates/multiverse amd64 Packages`, 26.7 * kB],
      [ARCHIVE, `${c}-backports/universe amd64 Packages`, 31.8 * kB], [ARCHIVE, `${c}-backports/main amd64 Packages`, 48.0 * kB],
    ],
    lists: ['', '-updates', '-backports'].flatMap((s) => [`archive.ubuntu.com_ubuntu_dists_${c}${s}_InRelease`, `archive.ubuntu.com_ubuntu_dists_${c}${s}_main_binary-amd64_Packages.lz4`])
      .concat([`security.ubuntu.com_ubuntu_dists_${c}-security_InRelease`, `security.ubuntu.com_ubuntu_dists_${c}-security_main_binary-amd64_Packages.lz4`]),
    packages: NOBLE_PACKAGES.map((p) => ({ ...p, suite: p.suite.replace('noble', c) })),
    libcBin: c === 'noble' ? '2.39-0ubuntu8.4' : '2.35-0ubuntu3.10',
    url: (suite) => (suite.includes('-security') ? UBUNTU_SECURITY : ARCHIVE),
  }
}

/** The archive for a system's /etc/os-release (ID, VERSION_CODENAME); undefined for others. */
export function archiveFor(id: string, codename: string): Archive | undefined {
  if (id === 'debian') return bookwormArchive(codename || 'bookworm')
  if (id === 'ubuntu') return nobleArchive(codename || 'noble')
  return undefined
}

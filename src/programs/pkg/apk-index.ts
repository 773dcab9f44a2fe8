/** The Alpine package index apk installs from: the minirootfs's own 15 packages (what `apk info` lists in a fresh
 *  alpine container) and a few from main/community with their real dependencies — curl, bash, vim, nano, tzdata.
 *  Versions are the v3.22 branch's of June 2025 (the catalogue's alpine:latest); an older alpine image fetches from
 *  its own branch's URL but is offered these same builds, a simplification.
 *  `deps` are in the order apk installs them (a dependency's own dependencies first).
 *  Invariant: every name in a `deps` list is a package of this index. Files are what the package puts on the disk
 *  that matters here: its programs (built-in programs by name) and, for libraries, their shared objects. */
import type { TreeSpec } from '../../engine/layer/file-tree'

export interface ApkPkg {
  name: string
  version: string
  description: string
  url: string
  license: string
  /** Installed size, bytes (`apk info -s`). */
  installedSize: number
  repo: 'main' | 'community'
  deps: string[]
  files?: TreeSpec
  /** Has a .post-install script apk reports running (bash: adds itself to /etc/shells). */
  postInstall?: boolean
  preDeinstall?: boolean
}

const K = 1024

const pkg = (name: string, version: string, installedSize: number, deps: string[], description: string, url: string, license: string, extra: Partial<ApkPkg> = {}): ApkPkg =>
  ({ name, version, installedSize, deps, description, url, license, repo: 'main', ...extra })

const BUSYBOX = '1.37.0-r18'
const NCURSES = '6.5_p20250503-r0'
const VIM = '9.1.1415-r0'
const CURL = '8.14.1-r1'

/** The packages of alpine-minirootfs, in /lib/apk/db/installed order. */
export const APK_BASE: readonly ApkPkg[] = [
  pkg('musl', '1.2.5-r10', 628 * K, [], 'the musl c library (libc) implementation', 'https://musl.libc.org/', 'MIT'),
  pkg('busybox', BUSYBOX, 808 * K, ['musl'], 'Size optimized toolbox of many common UNIX utilities', 'https://busybox.net/', 'GPL-2.0-only'),
  pkg('busybox-binsh', BUSYBOX, 1, ['busybox'], 'busybox ash /bin/sh', 'https://busybox.net/', 'GPL-2.0-only'),
  pkg('alpine-baselayout-data', '3.7.0-r0', 18 * K, [], 'Alpine base dir structure and init scripts', 'https://git.alpinelinux.org/cgit/aports/tree/main/alpine-baselayout', 'GPL-2.0-only'),
  pkg('alpine-baselayout', '3.7.0-r0', 6 * K, ['alpine-baselayout-data', 'busybox-binsh'], 'Alpine base dir structure and init scripts', 'https://git.alpinelinux.org/cgit/aports/tree/main/alpine-baselayout', 'GPL-2.0-only'),
  pkg('alpine-keys', '2.5-r0', 13 * K, [], 'Public keys for Alpine Linux packages', 'https://alpinelinux.org', 'MIT'),
  pkg('ca-certificates-bundle', '20241121-r2', 218 * K, [], 'Pre generated bundle of Mozilla certificates', 'https://www.mozilla.org/en-US/about/governance/policies/security-group/certs/', 'MPL-2.0 AND MIT'),
  pkg('libcrypto3', '3.5.0-r0', 4_560 * K, ['musl'], 'Crypto library from openssl', 'https://www.openssl.org/', 'Apache-2.0'),
  pkg('libssl3', '3.5.0-r0', 776 * K, ['libcrypto3', 'musl'], 'SSL shared libraries', 'https://www.openssl.org/', 'Apache-2.0'),
  pkg('ssl_client', BUSYBOX, 14 * K, ['libcrypto3', 'libssl3', 'musl'], 'EXternal ssl_client for busybox wget', 'https://busybox.net/', 'GPL-2.0-only'),
  pkg('zlib', '1.3.1-r2', 99 * K, ['musl'], 'A compression/decompression Library', 'https://zlib.net/', 'Zlib'),
  pkg('apk-tools', '2.14.9-r2', 318 * K, ['ca-certificates-bundle', 'libcrypto3', 'libssl3', 'musl', 'zlib'], 'Alpine Package Keeper - package manager for alpine', 'https://gitlab.alpinelinux.org/alpine/apk-tools', 'GPL-2.0-only'),
  pkg('scanelf', '1.3.8-r1', 78 * K, ['musl'], 'Scan ELF binaries for stuff', 'https://wiki.gentoo.org/wiki/Hardened/PaX_Utilities', 'GPL-2.0-only'),
  pkg('musl-utils', '1.2.5-r10', 99 * K, ['scanelf', 'musl'], 'the musl c library (libc) implementation', 'https://musl.libc.org/', 'MIT AND BSD-2-Clause AND GPL-2.0-or-later'),
  pkg('libc-utils', '0.7.2-r6', 4 * K, ['musl-utils'], 'Meta package to pull in correct libc', 'https://alpinelinux.org', 'BSD-2-Clause AND BSD-3-Clause'),
]

const lib = (path: string): TreeSpec => ({ [path]: { data: '' } })

/** What the repositories offer beyond the base. */
export const APK_AVAILABLE: readonly ApkPkg[] = [
  pkg('brotli-libs', '1.1.0-r2', 888 * K, ['musl'], 'Generic lossless compressor (libraries)', 'https://github.com/google/brotli', 'MIT', { files: { ...lib('usr/lib/libbrotlicommon.so.1.1.0'), ...lib('usr/lib/libbrotlidec.so.1.1.0'), ...lib('usr/lib/libbrotlienc.so.1.1.0') } }),
  pkg('c-ares', '1.34.5-r0', 212 * K, ['musl'], 'Asynchronous DNS/names resolver library', 'https://c-ares.org/', 'MIT', { files: lib('usr/lib/libcares.so.2.19.4') }),
  pkg('libunistring', '1.3-r0', 1_808 * K, ['musl'], 'Library for manipulating Unicode strings and C strings', 'https://www.gnu.org/software/libunistring/', 'GPL-2.0-or-later OR LGPL-3.0-or-later', { files: lib('usr/lib/libunistring.so.5.2.0') }),
  pkg('libidn2', '2.3.7-r0', 136 * K, ['libunistring', 'musl'], 'Encoding and decoding library for internationalized domain names', 'https://www.gnu.org/software/libidn#libidn2', 'GPL-2.0-or-later OR LGPL-3.0-or-later', { files: lib('usr/lib/libidn2.so.0.4.0') }),
  pkg('nghttp2-libs', '1.65.0-r0', 168 * K, ['musl'], 'Experimental HTTP/2 client, server and proxy (libraries)', 'https://nghttp2.org', 'MIT', { files: lib('usr/lib/libnghttp2.so.14.28.4') }),
  pkg('libpsl', '0.21.5-r3', 72 * K, ['libidn2', 'libunistring', 'musl'], 'C library for the Publix Suffix List', 'https://rockdaboot.github.io/libpsl', 'MIT', { files: lib('usr/lib/libpsl.so.5.3.5') }),
  pkg('zstd-libs', '1.5.7-r0', 640 * K, ['musl'], 'Zstandard - Fast real-time compression algorithm (libraries)', 'https://www.zstd.net', 'BSD-3-Clause OR GPL-2.0-or-later', { files: lib('usr/lib/libzstd.so.1.5.7') }),
  pkg('libcurl', CURL, 784 * K, ['brotli-libs', 'c-ares', 'libidn2', 'nghttp2-libs', 'libpsl', 'zstd-libs', 'ca-certificates-bundle', 'libcrypto3', 'libssl3', 'musl', 'zlib'], 'The multiprotocol file transfer library', 'https://curl.se/', 'curl', { files: lib('usr/lib/libcurl.so.4.8.0') }),
  pkg('curl', CURL, 264 * K, ['libcurl', 'ca-certificates-bundle', 'musl', 'zlib'], 'URL retrival utility and library', 'https://curl.se/', 'curl', { files: { 'usr/bin/curl': { program: 'curl' } } }),
  pkg('ncurses-terminfo-base', NCURSES, 40 * K, [], 'Descriptions of common terminals', 'https://invisible-island.net/ncurses/', 'X11', { files: { 'etc/terminfo/x/xterm': { data: '' }, 'etc/terminfo/l/linux': { data: '' } } }),
  pkg('libncursesw', NCURSES, 428 * K, ['ncurses-terminfo-base', 'musl'], 'Console display library (libncursesw)', 'https://invisible-island.net/ncurses/', 'X11', { files: lib('usr/lib/libncursesw.so.6.5') }),
  pkg('readline', '8.2.13-r1', 276 * K, ['libncursesw', 'musl'], 'GNU readline library', 'https://tiswww.cwru.edu/php/chet/readline/rltop.html', 'GPL-3.0-or-later', { files: lib('usr/lib/libreadline.so.8.2') }),
  pkg('bash', '5.2.37-r0', 1_268 * K, ['busybox', 'libncursesw', 'readline', 'musl'], 'The GNU Bourne Again shell', 'https://www.gnu.org/software/bash/bash.html', 'GPL-3.0-or-later', {
    postInstall: true, preDeinstall: true,
    files: {
      'bin/bash': { program: 'bash' },
      'etc/bash/bashrc': "if [[ $- != *i* ]] ; then\n\t# Shell is non-interactive.  Be done now!\n\treturn\nfi\n\n# set fallback PS1; only if currently set to upstream bash default\nif [ \"$PS1\" = '\\s-\\v\\$ ' ]; then\n\tPS1='\\h:\\w\\$ '\nfi\n\nfor f in /etc/bash/*.sh; do\n\t[ -r \"$f\" ] && . \"$f\"\ndone\nunset f\n",
    },
  }),
  pkg('libsodium', '1.0.20-r1', 364 * K, ['musl'], 'P(ortable|ackageable) NaCl-based crypto library', 'https://github.com/jedisct1/libsodium', 'ISC', { files: lib('usr/lib/libsodium.so.26.2.0') }),
  pkg('xxd', VIM, 20 * K, ['musl'], 'Hexdump utility from vim', 'https://www.vim.org/', 'Vim', { files: { 'usr/bin/xxd': { data: '' } } }),
  pkg('vim-common', VIM, 3_620 * K, [], 'Vi clone (common files)', 'https://www.vim.org/', 'Vim', { files: { 'usr/share/vim/vim91/defaults.vim': '" The default vimrc file.\n', 'etc/vim/vimrc': '" Alpine-specific vimrc\n' } }),
  pkg('vim', VIM, 3_404 * K, ['libncursesw', 'libsodium', 'musl', 'vim-common', 'xxd'], 'Improved vi-style text editor', 'https://www.vim.org/', 'Vim', {
    files: { 'usr/bin/vim': { program: 'vi' }, 'usr/bin/vimdiff': { link: 'vim' }, 'usr/bin/view': { link: 'vim' }, 'usr/bin/rvim': { link: 'vim' }, 'usr/bin/rview': { link: 'vim' }, 'usr/bin/ex': { link: 'vim' } },
  }),
  pkg('libmagic', '5.46-r2', 9_700 * K, ['musl', 'zlib'], 'File type identification library', 'https://www.darwinsys.com/file/', 'BSD-2-Clause', { files: { ...lib('usr/lib/libmagic.so.1.0.0'), 'usr/share/misc/magic.mgc': { data: '' } } }),
  pkg('nano', '8.4-r0', 648 * K, ['libmagic', 'libncursesw', 'musl'], 'Enhanced clone of the Pico text editor', 'https://www.nano-editor.org/', 'GPL-3.0-or-later', {
    files: { 'usr/bin/nano': { program: 'nano' }, 'usr/bin/rnano': { link: 'nano' }, 'etc/nanorc': '## Sample initialization file for GNU nano.\n' },
  }),
  pkg('tzdata', '2025b-r0', 1_480 * K, [], 'Timezone data', 'https://www.iana.org/time-zones', 'Public-Domain', { files: { 'usr/share/zoneinfo/UTC': { data: '' }, 'usr/share/zoneinfo/Etc/UTC': { data: '' }, 'usr/share/zoneinfo/Asia/Shanghai': { data: '' }, 'usr/share/zoneinfo/Europe/London': { data: '' } } }),
]

export const APK_ALL: readonly ApkPkg[] = [...APK_BASE, ...APK_AVAILABLE]

export const findApk = (name: string): ApkPkg | undefined => APK_ALL.find((p) => p.name === name)

/** `busybox-1.37.0-r18`: whose trigger runs after packages add or remove programs. */
export const BUSYBOX_TRIGGER = `busybox-${BUSYBOX}.trigger`

/** What `apk update` reports per repository, by branch (v3.22 when the branch is not listed). */
export const APK_REPO_STATE: Record<string, { main: string; community: string; distinct: number }> = {
  'v3.22': { main: 'v3.22.0-110-g8b5f0b4d41a', community: 'v3.22.0-109-gcd5c4b3d0e2', distinct: 26326 },
  'v3.21': { main: 'v3.21.3-391-g6ad7b1e7a1c', community: 'v3.21.3-389-g3f0e6e2a2b9', distinct: 25397 },
  'v3.20': { main: 'v3.20.6-199-g4b0c8c1d2e1', community: 'v3.20.6-198-g1a2b3c4d5e6', distinct: 24166 },
  'v3.19': { main: 'v3.19.7-140-g5c6d7e8f901', community: 'v3.19.7-139-g0f1e2d3c4b5', distinct: 23055 },
}

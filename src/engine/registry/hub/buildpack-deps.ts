/** buildpack-deps:bookworm, the base of node and python: debian:bookworm (full, not slim) + curl/gnupg/wget
 *  (`-curl`) + git/mercurial/openssh/subversion/procps (`-scm`) + compilers and -dev libraries, replayed from its three
 *  real Dockerfiles. Not offered as a hub repository here; node and python share these layers, so pulling one after
 *  the other shows four "Already exists" lines. Unlike plain debian it has `ps` (procps). */
import type { TreeSpec } from '../../layer/file-tree'
import { build, type Built } from './dockerfile'
import { bookworm } from './debian-base'
import { BUILDPACK_BOOKWORM, BUILDPACK_CURL, BUILDPACK_SCM } from './buildpack-deps-dockerfile'
import { fillToSize } from './fill-to-size'

const LIB = 'usr/lib/x86_64-linux-gnu'

const curl: TreeSpec = fillToSize({
  'usr/bin/curl': { program: 'curl', size: 281_576 },
  'usr/bin/wget': { program: 'wget', size: 543_800 },
  'usr/bin/gpg': { size: 1_100_840, mode: 0o755 },
  'usr/bin/sq': { size: 10_385_264, mode: 0o755 },
  'etc/ssl/certs/ca-certificates.crt': { size: 219_342 },
  'etc/services': { size: 12_813 },
  'etc/protocols': { size: 2_932 },
  [`${LIB}/libcurl.so.4.8.0`]: { size: 738_288 },
  [`${LIB}/libssl.so.3`]: { size: 690_432 },
  [`${LIB}/libcrypto.so.3`]: { size: 4_709_016 },
}, 49_562_614, { [`${LIB}/libs.bundle`]: 6, 'usr/share/ca-certificates/mozilla.bundle': 1, 'usr/share/gnupg/bundle': 1, 'var/lib/dpkg/info/info.bundle': 1 })

const PROCPS: Record<string, number> = { ps: 145_336, top: 133_360, free: 27_328, pgrep: 35_544, pkill: 35_544, pidof: 23_192, kill: 27_328, uptime: 14_928, watch: 31_728, vmstat: 40_008 }

const scm: TreeSpec = fillToSize({
  'usr/bin/git': { size: 4_002_384, mode: 0o755 },
  'usr/bin/hg': { size: 1_784, mode: 0o755 },
  'usr/bin/svn': { size: 306_440, mode: 0o755 },
  'usr/bin/ssh': { size: 1_158_904, mode: 0o755 },
  'usr/bin/scp': { size: 133_936, mode: 0o755 },
  'usr/bin/python3.11': { size: 6_831_736, mode: 0o755 },
  'usr/bin/python3': { link: 'python3.11' },
  ...Object.fromEntries(Object.entries(PROCPS).map(([n, size]) => [`usr/bin/${n}`, { program: 'coreutils', size }])),
}, 174_291_380, { 'usr/lib/git-core/bundle': 12, 'usr/lib/python3.11/bundle': 14, 'usr/lib/python3/dist-packages/mercurial.bundle': 10, 'usr/share/perl/5.36.0/modules.bundle': 9, [`${LIB}/libs.bundle`]: 10 })

const toolchain: TreeSpec = fillToSize({
  'usr/bin/gcc-12': { size: 1_305_000, mode: 0o755 },
  'usr/bin/gcc': { link: 'gcc-12' },
  'usr/bin/g++-12': { size: 1_309_096, mode: 0o755 },
  'usr/bin/g++': { link: 'g++-12' },
  'usr/bin/make': { size: 252_576, mode: 0o755 },
  'usr/bin/convert-im6.q16': { size: 14_568, mode: 0o755 },
  'usr/libexec/gcc/x86_64-linux-gnu/12/cc1': { size: 33_883_992, mode: 0o755 },
  'usr/libexec/gcc/x86_64-linux-gnu/12/cc1plus': { size: 36_109_688, mode: 0o755 },
}, 578_905_111, {
  'usr/include/headers.bundle': 12, [`${LIB}/dev-libs.bundle`]: 30, [`${LIB}/ImageMagick-6.9.11.bundle`]: 9, 'usr/lib/gcc/x86_64-linux-gnu/12/bundle': 20,
  'usr/share/doc/docs.bundle': 6, 'usr/share/bundle': 12, [`${LIB}/libs.bundle`]: 11,
})

/** buildpack-deps:bookworm as a FROM line sees it. */
export const buildpackDepsBookworm: Built = build(
  build(build(bookworm, BUILDPACK_CURL, [{ files: curl, compressed: 24_015_417 }]), BUILDPACK_SCM, [{ files: scm, compressed: 64_393_201 }]),
  BUILDPACK_BOOKWORM, [{ files: toolchain, compressed: 211_312_018 }])

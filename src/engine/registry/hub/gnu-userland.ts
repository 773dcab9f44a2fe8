/** The GNU userland of debian, ubuntu and centos images: coreutils, grep, sed, awk, findutils, hostname, procps and
 *  the shells, as stub binaries with their real sizes. Every command a learner types runs the built-in program the
 *  stub names ('coreutils' dispatches on the command's name, 'bash' is the shell, dash is a POSIX `sh`).
 *  Merged-/usr systems (bookworm, noble, jammy, centos 7) keep everything in /usr/bin; older layouts (bullseye) keep
 *  the essential commands in /bin, as their packages install them. */
import type { TreeSpec } from '../../layer/file-tree'

/** coreutils 9.x, x86_64, bytes. */
const COREUTILS: Record<string, number> = {
  '[': 51_936, arch: 35_664, b2sum: 60_056, base32: 39_824, base64: 39_824, basename: 35_664, basenc: 48_048,
  cat: 44_016, chcon: 68_568, chgrp: 68_568, chmod: 64_448, chown: 72_672, cksum: 117_232, comm: 43_920,
  cp: 151_152, csplit: 109_712, cut: 47_480, date: 109_616, dd: 76_848, df: 97_744, dir: 151_344,
  dircolors: 47_408, dirname: 35_632, du: 105_264, echo: 35_664, env: 48_536, expand: 39_856, expr: 109_616,
  factor: 72_304, false: 27_472, fmt: 43_920, fold: 39_888, groups: 35_696, head: 47_480, hostid: 35_664,
  id: 48_152, install: 159_376, join: 52_264, link: 35_664, ln: 68_536, logname: 35_664, ls: 151_344,
  md5sum: 43_952, mkdir: 97_552, mkfifo: 68_504, mknod: 72_608, mktemp: 43_888, mv: 147_024, nice: 35_696,
  nl: 43_952, nohup: 35_672, nproc: 35_664, numfmt: 64_432, od: 72_304, paste: 39_856, pathchk: 35_664,
  pinky: 39_824, pr: 76_880, printenv: 35_664, printf: 52_320, ptx: 121_104, pwd: 39_824, readlink: 48_568,
  realpath: 48_568, rm: 72_184, rmdir: 48_536, runcon: 35_664, seq: 52_288, sha1sum: 39_856, sha224sum: 48_048,
  sha256sum: 48_048, sha384sum: 52_144, sha512sum: 52_144, shred: 56_472, shuf: 52_264, sleep: 35_664,
  sort: 121_032, split: 68_632, stat: 88_160, stdbuf: 48_448, stty: 76_880, sum: 39_824, sync: 35_664,
  tac: 39_824, tail: 68_664, tee: 39_824, test: 48_256, timeout: 39_856, touch: 97_136, tr: 51_760,
  true: 27_472, truncate: 39_856, tsort: 39_824, tty: 35_664, uname: 35_632, unexpand: 39_856, uniq: 47_632,
  unlink: 35_664, users: 35_696, vdir: 151_344, wc: 48_536, who: 52_296, whoami: 35_664, yes: 35_664,
}

/** Commands Debian's packages install in /bin rather than /usr/bin (what matters when /bin is not merged). */
const IN_BIN = new Set('bash cat chgrp chmod chown cp dash date dd df dir echo egrep false fgrep grep gunzip gzip hostname ln login ls mkdir mknod mktemp more mount mv pwd rbash readlink rm rmdir run-parts sed sh sleep stty su sync tar tempfile touch true umount uname vdir zcat'.split(' '))

export interface UserlandOptions {
  /** false for bullseye and older: essential commands in /bin. */
  usrMerged: boolean
  /** debian/ubuntu: dash is sh and mawk is awk; rhel: bash is sh and gawk is awk. */
  family: 'debian' | 'rhel'
  /** procps (ps, top, free, kill…): in ubuntu and centos, not in debian's minimal bootstrap. */
  procps: boolean
  bashSize: number
}

export function gnuUserland(o: UserlandOptions): TreeSpec {
  const files: TreeSpec = {}
  const at = (name: string) => (!o.usrMerged && IN_BIN.has(name) ? `bin/${name}` : `usr/bin/${name}`)
  const tool = (name: string, size: number) => { files[at(name)] = { program: 'coreutils', size } }
  for (const [name, size] of Object.entries(COREUTILS)) tool(name, size)
  tool('grep', 203_152)
  files[at('egrep')] = { data: '#!/bin/sh\ncmd=${0##*/}\necho "$cmd: warning: $cmd is obsolescent; using grep -E" >&2\nexec grep -E "$@"\n', mode: 0o755 }
  files[at('fgrep')] = { data: '#!/bin/sh\ncmd=${0##*/}\necho "$cmd: warning: $cmd is obsolescent; using grep -F" >&2\nexec grep -F "$@"\n', mode: 0o755 }
  tool('sed', 122_224)
  tool('find', 224_848)
  tool('xargs', 68_696)
  tool('hostname', 22_760)
  files[at('bash')] = { program: 'bash', size: o.bashSize }
  if (o.family === 'debian') {
    files[at('dash')] = { program: 'sh', size: 125_640 }
    files[at('sh')] = { link: 'dash' }
    files[at('rbash')] = { link: 'bash' }
    tool('mawk', 154_888)
    files['usr/bin/awk'] = { link: '/etc/alternatives/awk' }
    files['etc/alternatives/awk'] = { link: '/usr/bin/mawk' }
    files['usr/bin/which.debianutils'] = { data: WHICH, mode: 0o755 }
    files['usr/bin/which'] = { link: '/etc/alternatives/which' }
    files['etc/alternatives/which'] = { link: '/usr/bin/which.debianutils' }
    files[at('run-parts')] = { size: 27_104, mode: 0o755 }
    files[at('tempfile')] = { size: 14_720, mode: 0o755 }
  } else {
    files['usr/bin/sh'] = { link: 'bash' }
    tool('gawk', 514_168)
    files['usr/bin/awk'] = { link: 'gawk' }
    files['usr/bin/which'] = { size: 24_416, mode: 0o755 }
  }
  if (o.procps) {
    for (const [name, size] of Object.entries({ ps: 145_336, top: 133_360, free: 27_328, pgrep: 35_544, pkill: 35_544, pidof: 23_192, kill: 27_328, uptime: 14_928, watch: 31_728, vmstat: 40_008 })) tool(name, size)
  }
  for (const [name, size] of Object.entries({ tar: 531_184, gzip: 98_136, mount: 59_704, umount: 39_128, su: 72_000, login: 55_344, more: 43_704 })) {
    files[at(name)] = { size, mode: name === 'su' || name === 'mount' || name === 'umount' ? 0o4755 : 0o755 }
  }
  return files
}

const WHICH = `#! /bin/sh
set -ef

if test -n "$KSH_VERSION"; then
	puts() {
		print -r -- "$*"
	}
else
	puts() {
		printf '%s\\n' "$*"
	}
fi

ALLMATCHES=0

while getopts a whichopts
do
        case "$whichopts" in
                a) ALLMATCHES=1 ;;
                ?) puts "Usage: $0 [-a] args"; exit 2 ;;
        esac
done
shift $(($OPTIND - 1))

if [ "$#" -eq 0 ]; then
 ALLRET=1
else
 ALLRET=0
fi
case $PATH in
	(*[!:]:) PATH="$PATH:" ;;
esac
for PROGRAM in "$@"; do
 RET=1
 IFS_SAVE="$IFS"
 IFS=:
 case $PROGRAM in
  */*)
   if [ -f "$PROGRAM" ] && [ -x "$PROGRAM" ]; then
    puts "$PROGRAM"
    RET=0
   fi
   ;;
  *)
   for ELEMENT in $PATH; do
    if [ -z "$ELEMENT" ]; then
     ELEMENT=.
    fi
    if [ -f "$ELEMENT/$PROGRAM" ] && [ -x "$ELEMENT/$PROGRAM" ]; then
     puts "$ELEMENT/$PROGRAM"
     RET=0
     [ "$ALLMATCHES" -eq 1 ] || break
    fi
   done
   ;;
 esac
 IFS="$IFS_SAVE"
 if [ "$RET" -ne 0 ]; then
  ALLRET=1
 fi
done

exit "$ALLRET"
`

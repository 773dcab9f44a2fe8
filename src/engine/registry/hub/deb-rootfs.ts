/** The root filesystem of a Debian-family base image (debian, ubuntu): the directory skeleton, /etc as the real images
 *  ship it, the GNU userland, apt/dpkg and glibc, then stubs that bring the layer to its real size. The distribution
 *  specifics (os-release, users, apt sources) are passed in by debian-base.ts and ubuntu.ts. */
import type { TreeSpec } from '../../layer/file-tree'
import { fillToSize } from './fill-to-size'
import { gnuUserland } from './gnu-userland'

export interface DebRootfs {
  osRelease: string
  debianVersion: string
  issue: string
  passwd: string
  group: string
  /** Extra files: apt sources, lsb-release, skeleton dotfiles… */
  etc: TreeSpec
  usrMerged: boolean
  procps: boolean
  bashSize: number
  /** Declared size of the whole layer, bytes. */
  size: number
  /** Where the bytes beyond the listed files live, by weight. */
  rest: Record<string, number>
}

export const DEBIAN_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

export const shadowOf = (passwd: string) =>
  passwd.trim().split('\n').map((l) => `${l.split(':')[0]}:*:20249:0:99999:7:::`).join('\n') + '\n'
export const gshadowOf = (group: string) => group.trim().split('\n').map((l) => `${l.split(':')[0]}:*::`).join('\n') + '\n'

export const HOSTS = '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\nff02::1\t\tip6-allnodes\nff02::2\t\tip6-allrouters\n'

export const PROFILE = `# /etc/profile: system-wide .profile file for the Bourne shell (sh(1))
# and Bourne compatible shells (bash(1), ksh(1), ash(1), ...).

if [ "$(id -u)" -eq 0 ]; then
  PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
else
  PATH="/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games"
fi
export PATH

if [ "\${PS1-}" ]; then
  if [ "\${BASH-}" ] && [ "$BASH" != "/bin/sh" ]; then
    # The file bash.bashrc already sets the default PS1.
    # PS1='\\h:\\w\\$ '
    if [ -f /etc/bash.bashrc ]; then
      . /etc/bash.bashrc
    fi
  else
    if [ "$(id -u)" -eq 0 ]; then
      PS1='# '
    else
      PS1='$ '
    fi
  fi
fi

if [ -d /etc/profile.d ]; then
  for i in /etc/profile.d/*.sh; do
    if [ -r $i ]; then
      . $i
    fi
  done
  unset i
fi
`

const BASH_BASHRC = `# System-wide .bashrc file for interactive bash(1) shells.

# To enable the settings / commands in this file for login shells as well,
# this file has to be sourced in /etc/profile.

# If not running interactively, don't do anything
[ -z "$PS1" ] && return

# check the window size after each command and, if necessary,
# update the values of LINES and COLUMNS.
shopt -s checkwinsize

# set variable identifying the chroot you work in (used in the prompt below)
if [ -z "\${debian_chroot:-}" ] && [ -r /etc/debian_chroot ]; then
    debian_chroot=$(cat /etc/debian_chroot)
fi

# set a fancy prompt (non-color, overwrite the one in /etc/profile)
# but only if not SUDOing and have SUDO_PS1 set; then assume smart user.
if ! [ -n "\${SUDO_USER}" -a -n "\${SUDO_PS1}" ]; then
  PS1='\${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ '
fi
`

const ROOT_BASHRC = `# ~/.bashrc: executed by bash(1) for non-login shells.

# Note: PS1 and umask are already set in /etc/profile. You should not
# need this unless you want different defaults for root.
# PS1='\${debian_chroot:+($debian_chroot)}\\h:\\w\\$ '
# umask 022

# You may uncomment the following lines if you want \`ls' to be colorized:
# export LS_OPTIONS='--color=auto'
# eval "$(dircolors)"
# alias ls='ls $LS_OPTIONS'
# alias ll='ls $LS_OPTIONS -l'
# alias l='ls $LS_OPTIONS -lA'
#
# Some more alias to avoid making mistakes:
# alias rm='rm -i'
# alias cp='cp -i'
# alias mv='mv -i'
`

const ROOT_PROFILE = `# ~/.profile: executed by Bourne-compatible login shells.

if [ "$BASH" ]; then
  if [ -f ~/.bashrc ]; then
    . ~/.bashrc
  fi
fi

mesg n 2> /dev/null || true
`

export function debRootfs(o: DebRootfs): TreeSpec {
  const merged: TreeSpec = o.usrMerged
    ? { bin: { link: 'usr/bin' }, sbin: { link: 'usr/sbin' }, lib: { link: 'usr/lib' }, lib64: { link: 'usr/lib64' } }
    : { 'bin/': {}, 'sbin/': {}, 'lib/': {}, 'lib64/': {} }
  const libDir = o.usrMerged ? 'usr/lib/x86_64-linux-gnu' : 'lib/x86_64-linux-gnu'
  const files: TreeSpec = {
    ...merged,
    'boot/': {}, 'dev/': {}, 'home/': {}, 'media/': {}, 'mnt/': {}, 'opt/': {}, 'proc/': { mode: 0o555 },
    'root/': { mode: 0o700 }, 'run/lock/': { mode: 0o1777 }, 'srv/': {}, 'sys/': { mode: 0o555 }, 'tmp/': { mode: 0o1777 },
    'usr/games/': {}, 'usr/include/': {}, 'usr/libexec/': {}, 'usr/src/': {}, 'usr/share/': {},
    'usr/local/bin/': {}, 'usr/local/etc/': {}, 'usr/local/games/': {}, 'usr/local/include/': {}, 'usr/local/lib/': {},
    'usr/local/man': { link: 'share/man' }, 'usr/local/sbin/': {}, 'usr/local/share/': {}, 'usr/local/src/': {},
    'var/backups/': {}, 'var/cache/apt/archives/partial/': {}, 'var/lib/apt/lists/': {}, 'var/lib/dpkg/': {},
    'var/local/': {}, 'var/lock': { link: '/run/lock' }, 'var/log/': {}, 'var/mail/': {}, 'var/opt/': {},
    'var/run': { link: '/run' }, 'var/spool/': {}, 'var/tmp/': { mode: 0o1777 },
    'usr/lib/os-release': o.osRelease,
    'etc/os-release': { link: '../usr/lib/os-release' },
    'etc/debian_version': o.debianVersion,
    'etc/hostname': 'localhost\n',
    'etc/hosts': HOSTS,
    'etc/issue': o.issue,
    'etc/issue.net': o.issue.replace(/ \\n \\l\n\n$/, '\n'),
    'etc/passwd': o.passwd,
    'etc/group': o.group,
    'etc/shadow': { data: shadowOf(o.passwd), mode: 0o640, gid: 42 },
    'etc/gshadow': { data: gshadowOf(o.group), mode: 0o640, gid: 42 },
    'etc/shells': '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/bin/dash\n/usr/bin/dash\n',
    'etc/profile': PROFILE,
    'etc/bash.bashrc': BASH_BASHRC,
    'etc/skel/.bashrc': ROOT_BASHRC,
    'etc/skel/.profile': ROOT_PROFILE,
    'etc/skel/.bash_logout': '# ~/.bash_logout: executed by bash(1) when login shell exits.\n\n# when leaving the console clear the screen to increase privacy\n\nif [ "$SHLVL" = 1 ]; then\n    [ -x /usr/bin/clear_console ] && /usr/bin/clear_console -q\nfi\n',
    'root/.bashrc': ROOT_BASHRC,
    'root/.profile': ROOT_PROFILE,
    'etc/timezone': 'Etc/UTC\n',
    'etc/localtime': { link: '/usr/share/zoneinfo/Etc/UTC' },
    'usr/share/zoneinfo/Etc/UTC': { size: 114 },
    'etc/nsswitch.conf': '# /etc/nsswitch.conf\n#\n# Example configuration of GNU Name Service Switch functionality.\n# If you have the `glibc-doc-reference\' and `info\' packages installed, try:\n# `info libc "Name Service Switch"\' for information about this file.\n\npasswd:         files\ngroup:          files\nshadow:         files\ngshadow:        files\n\nhosts:          files dns\nnetworks:       files\n\nprotocols:      db files\nservices:       db files\nethers:         db files\nrpc:            db files\n\nnetgroup:       nis\n',
    'etc/host.conf': 'multi on\n',
    'etc/environment': '',
    'etc/ld.so.conf': 'include /etc/ld.so.conf.d/*.conf\n\n',
    'etc/ld.so.conf.d/x86_64-linux-gnu.conf': '# Multiarch support\n/usr/local/lib/x86_64-linux-gnu\n/lib/x86_64-linux-gnu\n/usr/lib/x86_64-linux-gnu\n',
    'etc/apt/apt.conf.d/docker-clean': 'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\nAPT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\n\nDir::Cache::pkgcache "";\nDir::Cache::srcpkgcache "";\n',
    'etc/apt/apt.conf.d/docker-gzip-indexes': 'Acquire::GzipIndexes "true";\n',
    'etc/apt/apt.conf.d/docker-no-languages': 'Acquire::Languages "none";\n',
    ...o.etc,
    ...gnuUserland({ usrMerged: o.usrMerged, family: 'debian', procps: o.procps, bashSize: o.bashSize }),
    'usr/bin/apt': { program: 'apt', size: 18_824 },
    'usr/bin/apt-get': { program: 'apt-get', size: 52_384 },
    'usr/bin/apt-cache': { size: 92_096, mode: 0o755 },
    'usr/bin/dpkg': { size: 326_696, mode: 0o755 },
    'usr/bin/dpkg-query': { program: 'dpkg-query', size: 166_664 },
    'usr/bin/perl': { size: 3_859_872, mode: 0o755 },
    'usr/bin/clear': { size: 14_560, mode: 0o755 },
    'usr/bin/tput': { size: 27_104, mode: 0o755 },
    'usr/sbin/useradd': { size: 147_160, mode: 0o755 },
    'usr/sbin/groupadd': { size: 80_096, mode: 0o755 },
    'usr/sbin/nologin': { size: 14_656, mode: 0o755 },
    'usr/sbin/ldconfig': { size: 1_009_392, mode: 0o755 },
    [`${libDir}/libc.so.6`]: { size: 1_922_136, mode: 0o755 },
    [`${libDir}/ld-linux-x86-64.so.2`]: { size: 210_968, mode: 0o755 },
    [`${libDir}/libm.so.6`]: { size: 907_784 },
    [`${libDir}/libselinux.so.1`]: { size: 174_392 },
    [`${libDir}/libpcre2-8.so.0`]: { size: 629_384 },
    [`${libDir}/libtinfo.so.6`]: { size: 200_136 },
    [`${libDir}/libstdc++.so.6`]: { size: 2_190_440 },
    [`${libDir}/libsystemd.so.0`]: { size: 924_376 },
    [`${libDir}/libapt-pkg.so.6.0`]: { size: 2_018_704 },
    [`${libDir}/libz.so.1`]: { size: 121_280 },
    'usr/lib64/ld-linux-x86-64.so.2': { link: `/${libDir}/ld-linux-x86-64.so.2` },
  }
  if (!o.usrMerged) {
    delete files['usr/lib64/ld-linux-x86-64.so.2']
    files['lib64/ld-linux-x86-64.so.2'] = { link: '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2' }
  }
  return fillToSize(files, o.size, o.rest)
}

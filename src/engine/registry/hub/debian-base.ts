/** The Debian base layers, built by debuerreotype from the snapshot archive of 2025-06-10 (@1749513600), as
 *  debian:bookworm, debian:bookworm-slim and debian:bullseye ship them. nginx, httpd, redis and postgres are
 *  `FROM debian:bookworm-slim` and import `bookwormSlim` from here, so their first layer is this very object and
 *  `docker pull` reports it as "Already exists"; buildpack-deps (node, python) is `FROM debian:bookworm`.
 *  Real bookworm images have no procps (`ps: command not found`); ubuntu and buildpack-deps do. */
import type { HubStep } from '../hub-image'
import type { TreeSpec } from '../../layer/file-tree'
import type { Built, HubLayer } from './dockerfile'
import { DEBIAN_PATH, debRootfs, gshadowOf, shadowOf } from './deb-rootfs'

export const DEBIAN_SNAPSHOT = '2025-06-10T00:00:00Z'
const EPOCH = '@1749513600'

const BOOKWORM_OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`

const BULLSEYE_OS_RELEASE = BOOKWORM_OS_RELEASE.replace(/12 \(bookworm\)/g, '11 (bullseye)').replace('"12"', '"11"').replace('=bookworm', '=bullseye')

export const DEBIAN_PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`
const BULLSEYE_PASSWD = DEBIAN_PASSWD.replace('irc:x:39:39:ircd:/run/ircd', 'irc:x:39:39:ircd:/var/run/ircd')
  .replace('_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\n', 'gnats:x:41:41:Gnats Bug-Reporting System (admin):/var/lib/gnats:/usr/sbin/nologin\n_apt:x:100:65534::/nonexistent:/usr/sbin/nologin\n')

export const DEBIAN_GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
`

const sources = (suite: string, date: string) => `Types: deb
# http://snapshot.debian.org/archive/debian/${date}
URIs: http://deb.debian.org/debian
Suites: ${suite} ${suite}-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
# http://snapshot.debian.org/archive/debian-security/${date}
URIs: http://deb.debian.org/debian-security
Suites: ${suite}-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
`

const SLIM_DPKG = `# This is the "slim" variant of the Debian base image.
# Many files which are normally unnecessary in containers are excluded,
# and this configuration file keeps them that way.

path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/man/*
`

const BOOKWORM_REST = {
  'usr/lib/x86_64-linux-gnu/perl-base/unicore/lib.bundle': 7,
  'usr/lib/x86_64-linux-gnu/gconv/gconv-modules.bundle': 8,
  'usr/lib/x86_64-linux-gnu/libcrypto.so.3': 5,
  'usr/lib/x86_64-linux-gnu/libgnutls.so.30': 2,
  'usr/lib/x86_64-linux-gnu/libdb-5.3.so': 2,
  'usr/lib/x86_64-linux-gnu/systemd-libs.bundle': 3,
  'usr/share/i18n/charmaps/charmaps.bundle': 2,
  'var/lib/dpkg/info/info.bundle': 3,
  'usr/share/common-licenses/licenses.bundle': 1,
  'usr/lib/x86_64-linux-gnu/libs.bundle': 20,
}

function bookwormRootfs(slim: boolean): HubLayer {
  const rest: Record<string, number> = slim ? BOOKWORM_REST : {
    ...BOOKWORM_REST,
    'usr/share/locale/locales.bundle': 12, 'usr/share/doc/docs.bundle': 9, 'usr/share/man/man.bundle': 6, 'usr/share/info/info.bundle': 1,
  }
  return {
    files: debRootfs({
      osRelease: BOOKWORM_OS_RELEASE, debianVersion: '12.11\n', issue: 'Debian GNU/Linux 12 \\n \\l\n\n',
      passwd: DEBIAN_PASSWD, group: DEBIAN_GROUP, usrMerged: true, procps: false, bashSize: 1_265_648,
      etc: { 'etc/apt/sources.list.d/debian.sources': sources('bookworm', '20250610T000000Z'), ...(slim ? { 'etc/dpkg/dpkg.cfg.d/docker': SLIM_DPKG } : {}) },
      size: slim ? 74_826_410 : 117_228_470,
      rest,
    }),
    compressed: slim ? 28_227_259 : 48_494_272,
  }
}

const bullseyeLayer: HubLayer = {
  files: debRootfs({
    osRelease: BULLSEYE_OS_RELEASE, debianVersion: '11.11\n', issue: 'Debian GNU/Linux 11 \\n \\l\n\n',
    passwd: BULLSEYE_PASSWD, group: DEBIAN_GROUP.replace('src:x:40:\n', 'src:x:40:\ngnats:x:41:\n'),
    usrMerged: false, procps: false, bashSize: 1_234_376,
    etc: {
      'etc/apt/sources.list': '# deb http://snapshot.debian.org/archive/debian/20250610T000000Z bullseye main\ndeb http://deb.debian.org/debian bullseye main\n# deb http://snapshot.debian.org/archive/debian-security/20250610T000000Z bullseye-security main\ndeb http://deb.debian.org/debian-security bullseye-security main\n# deb http://snapshot.debian.org/archive/debian/20250610T000000Z bullseye-updates main\ndeb http://deb.debian.org/debian bullseye-updates main\n',
    },
    size: 124_063_322,
    rest: {
      'usr/lib/x86_64-linux-gnu/perl-base/unicore/lib.bundle': 7, 'usr/lib/x86_64-linux-gnu/gconv/gconv-modules.bundle': 8,
      'usr/lib/x86_64-linux-gnu/libs.bundle': 22, 'lib/x86_64-linux-gnu/libs.bundle': 10, 'var/lib/dpkg/info/info.bundle': 3,
      'usr/share/locale/locales.bundle': 12, 'usr/share/doc/docs.bundle': 9, 'usr/share/man/man.bundle': 6,
    },
  }),
  compressed: 53_744_116,
}

const baseStep = (suite: string, layer: HubLayer): HubStep => ({
  createdBy: `# debian.sh --arch 'amd64' out/ '${suite}' '${EPOCH}'`,
  comment: 'debuerreotype 0.15',
  // The snapshot's own date: every image built on this layer carries the same bytes, so pulls share it.
  created: new Date(Number(EPOCH.slice(1)) * 1000).toISOString().replace('.000Z', 'Z'),
  layer,
})

const debianConfig = () => ({ Env: [DEBIAN_PATH], Cmd: ['bash'] })

export const bookwormLayer: HubLayer = bookwormRootfs(false)
export const bookwormSlimLayer: HubLayer = bookwormRootfs(true)

/** debian:bookworm (12.11). */
export const bookworm: Built = { config: debianConfig(), steps: [baseStep('bookworm', bookwormLayer)] }
/** debian:bookworm-slim: the base of nginx, httpd, redis and postgres. */
export const bookwormSlim: Built = { config: debianConfig(), steps: [baseStep('bookworm', bookwormSlimLayer)] }
/** debian:bullseye (11.11). */
export const bullseye: Built = { config: debianConfig(), steps: [baseStep('bullseye', bullseyeLayer)] }

/** /etc/passwd, group, shadow and gshadow of bookworm after `groupadd`/`useradd` added `users` and `groups`
 *  (whole lines): what such a RUN step leaves in its layer. */
export function bookwormAccounts(users: string[], groups: string[]): TreeSpec {
  const passwd = DEBIAN_PASSWD + users.map((u) => `${u}\n`).join('')
  const group = DEBIAN_GROUP + groups.map((g) => `${g}\n`).join('')
  return {
    'etc/passwd': passwd, 'etc/passwd-': DEBIAN_PASSWD, 'etc/group': group, 'etc/group-': DEBIAN_GROUP,
    'etc/shadow': { data: shadowOf(passwd), mode: 0o640, gid: 42 }, 'etc/gshadow': { data: gshadowOf(group), mode: 0o640, gid: 42 },
  }
}

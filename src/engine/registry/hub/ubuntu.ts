/** ubuntu: 24.04 (noble, latest) and 22.04 (jammy). Canonical still builds these with the classic builder, so the
 *  history reads `/bin/sh -c #(nop) …` with no comment, ARG lines included, as `docker history ubuntu` shows.
 *  The `file:` hashes in the ADD lines are illustrative. Ubuntu's minimal image does ship procps. */
import type { HubImage } from '../hub-image'
import { DEBIAN_PATH, debRootfs } from './deb-rootfs'
import { DEBIAN_GROUP } from './debian-base'

interface Release {
  version: string
  point: string
  codename: string
  name: string
  serial: string
  created: string
  size: number
  compressed: number
  bashSize: number
  addHash: string
  tags: string[]
}

const osRelease = (r: Release) => `PRETTY_NAME="Ubuntu ${r.point} LTS"
NAME="Ubuntu"
VERSION_ID="${r.version}"
VERSION="${r.point} LTS (${r.name})"
VERSION_CODENAME=${r.codename}
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=${r.codename}
${r.codename === 'noble' ? 'LOGO=ubuntu-logo\n' : ''}`

const PASSWD_NOBLE = `root:x:0:0:root:/root:/bin/bash
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
ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash
`
const PASSWD_JAMMY = PASSWD_NOBLE.replace('_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\n', 'gnats:x:41:41:Gnats Bug-Reporting System (admin):/var/lib/gnats:/usr/sbin/nologin\n')
  .replace('ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n', '_apt:x:100:65534::/nonexistent:/usr/sbin/nologin\n')

const NOBLE_SOURCES = `Types: deb
URIs: http://archive.ubuntu.com/ubuntu/
Suites: noble noble-updates noble-backports
Components: main universe restricted multiverse
Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg

Types: deb
URIs: http://security.ubuntu.com/ubuntu/
Suites: noble-security
Components: main universe restricted multiverse
Signed-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg
`

const JAMMY_SOURCES = ['jammy main restricted', 'jammy-updates main restricted', 'jammy universe', 'jammy-updates universe',
  'jammy multiverse', 'jammy-updates multiverse', 'jammy-backports main restricted universe multiverse']
  .map((s) => `deb http://archive.ubuntu.com/ubuntu/ ${s}\n`).join('') +
  ['main restricted', 'universe', 'multiverse'].map((s) => `deb http://security.ubuntu.com/ubuntu/ jammy-security ${s}\n`).join('')

function image(r: Release): HubImage {
  const noble = r.codename === 'noble'
  const files = debRootfs({
    osRelease: osRelease(r),
    debianVersion: noble ? 'trixie/sid\n' : 'bookworm/sid\n',
    issue: `Ubuntu ${r.point} LTS \\n \\l\n\n`,
    passwd: noble ? PASSWD_NOBLE : PASSWD_JAMMY,
    group: noble ? DEBIAN_GROUP + 'ubuntu:x:1000:\n' : DEBIAN_GROUP.replace('src:x:40:\n', 'src:x:40:\ngnats:x:41:\n'),
    usrMerged: true,
    procps: true,
    bashSize: r.bashSize,
    etc: {
      'etc/lsb-release': `DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=${r.version}\nDISTRIB_CODENAME=${r.codename}\nDISTRIB_DESCRIPTION="Ubuntu ${r.point} LTS"\n`,
      ...(noble
        ? { 'etc/apt/sources.list': '# Ubuntu sources have moved to /etc/apt/sources.list.d/ubuntu.sources\n', 'etc/apt/sources.list.d/ubuntu.sources': NOBLE_SOURCES, 'home/ubuntu/': {} }
        : { 'etc/apt/sources.list': JAMMY_SOURCES }),
      'etc/dpkg/dpkg.cfg.d/excludes': '# Drop all man pages\npath-exclude=/usr/share/man/*\n\n# Drop all translations\npath-exclude=/usr/share/locale/*/LC_MESSAGES/*.mo\n\n# Drop all documentation ...\npath-exclude=/usr/share/doc/*\n\n# ... except copyright files ...\npath-include=/usr/share/doc/*/copyright\n',
      'usr/local/sbin/unminimize': { size: 2_613, mode: 0o755 },
    },
    size: r.size,
    rest: {
      'usr/lib/x86_64-linux-gnu/perl-base/unicore/lib.bundle': 7, 'usr/lib/x86_64-linux-gnu/gconv/gconv-modules.bundle': 8,
      'usr/lib/x86_64-linux-gnu/libcrypto.so.3': 5, 'usr/lib/x86_64-linux-gnu/libsystemd.so.0.38.0': 1,
      'var/lib/dpkg/info/info.bundle': 3, 'usr/share/common-licenses/licenses.bundle': 1, 'usr/lib/x86_64-linux-gnu/libs.bundle': 24,
    },
  })
  return {
    repository: 'library/ubuntu',
    tags: r.tags,
    created: r.created,
    config: {
      Env: [DEBIAN_PATH],
      Cmd: ['/bin/bash'],
      Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': r.version },
    },
    steps: [
      { createdBy: '/bin/sh -c #(nop)  ARG RELEASE' },
      { createdBy: '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH' },
      { createdBy: '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu' },
      { createdBy: `/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=${r.version}` },
      { createdBy: `/bin/sh -c #(nop) ADD file:${r.addHash} in / `, layer: { files, compressed: r.compressed } },
      { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]' },
    ],
  }
}

export const ubuntuImages: HubImage[] = [
  image({
    version: '24.04', point: '24.04.2', codename: 'noble', name: 'Noble Numbat', serial: '20250529', created: '2025-06-03T01:17:11Z',
    size: 78_117_406, compressed: 29_723_147, bashSize: 1_446_024,
    addHash: '920027ff0369d501710d241d0436b517816218f2118bb65c57695a31c75c6735',
    tags: ['24.04', 'noble-20250529', 'noble', 'latest'],
  }),
  image({
    version: '22.04', point: '22.04.5', codename: 'jammy', name: 'Jammy Jellyfish', serial: '20250530', created: '2025-06-03T01:16:52Z',
    size: 77_863_294, compressed: 29_536_172, bashSize: 1_396_520,
    addHash: '112509fc63136104a54c7493cc1b3e3a63c559e04642ac7173524f5d22552d74',
    tags: ['22.04', 'jammy-20250530', 'jammy'],
  }),
]

/** centos:7 (7.9.2009): the last CentOS 7 image, built in 2021 with the classic builder and never updated since
 *  (ID eeb6ee3f44bd, 204MB). Merged /usr, bash is `sh`, procps and yum included. The repository is deprecated on
 *  Docker Hub and its mirrors are gone, so `yum install` inside it fails in reality too; here yum installs from the
 *  sandbox's built-in catalogue instead (programs/yum), so the lessons can use it. */
import type { HubImage } from '../hub-image'
import { DEBIAN_PATH } from './deb-rootfs'
import { fillToSize } from './fill-to-size'
import { gnuUserland } from './gnu-userland'

const OS_RELEASE = `NAME="CentOS Linux"
VERSION="7 (Core)"
ID="centos"
ID_LIKE="rhel fedora"
VERSION_ID="7"
PRETTY_NAME="CentOS Linux 7 (Core)"
ANSI_COLOR="0;31"
CPE_NAME="cpe:/o:centos:centos:7"
HOME_URL="https://www.centos.org/"
BUG_REPORT_URL="https://bugs.centos.org/"

CENTOS_MANTISBT_PROJECT="CentOS-7"
CENTOS_MANTISBT_PROJECT_VERSION="7"
REDHAT_SUPPORT_PRODUCT="centos"
REDHAT_SUPPORT_PRODUCT_VERSION="7"

`

const PASSWD = `root:x:0:0:root:/root:/bin/bash
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
adm:x:3:4:adm:/var/adm:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/spool/mail:/sbin/nologin
operator:x:11:0:operator:/root:/sbin/nologin
games:x:12:100:games:/usr/games:/sbin/nologin
ftp:x:14:50:FTP User:/var/ftp:/sbin/nologin
nobody:x:99:99:Nobody:/:/sbin/nologin
systemd-network:x:192:192:systemd Network Management:/:/sbin/nologin
dbus:x:81:81:System message bus:/:/sbin/nologin
`

const GROUP = 'root:x:0:\nbin:x:1:\ndaemon:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmem:x:8:\nkmem:x:9:\nwheel:x:10:\ncdrom:x:11:\nmail:x:12:\nman:x:15:\ndialout:x:18:\nfloppy:x:19:\ngames:x:20:\ntape:x:33:\nvideo:x:39:\nftp:x:50:\nlock:x:54:\naudio:x:63:\nnobody:x:99:\nusers:x:100:\nutmp:x:22:\nutempter:x:35:\nssh_keys:x:999:\ninput:x:998:\nsystemd-journal:x:190:\nsystemd-network:x:192:\ndbus:x:81:\n'

const YUM_CONF = `[main]
cachedir=/var/cache/yum/$basearch/$releasever
keepcache=0
debuglevel=2
logfile=/var/log/yum.log
exactarch=1
obsoletes=1
gpgcheck=1
plugins=1
installonly_limit=5
bugtracker_url=http://bugs.centos.org/set_project.php?project_id=23&ref=http://bugs.centos.org/bug_report_page.php?category=yum
distroverpkg=centos-release
override_install_langs=en_US.utf8
tsflags=nodocs
`

const repo = (id: string, name: string, path: string, enabled = true) => `[${id}]
name=CentOS-$releasever - ${name}
mirrorlist=http://mirrorlist.centos.org/?release=$releasever&arch=$basearch&repo=${path}&infra=$infra
#baseurl=http://mirror.centos.org/centos/$releasever/${path}/$basearch/
gpgcheck=1
${enabled ? '' : 'enabled=0\n'}gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-7
`

const BASHRC = `# /etc/bashrc

# System wide functions and aliases
# Environment stuff goes in /etc/profile

# It's NOT a good idea to change this file unless you know what you
# are doing. It's much better to create a custom.sh shell script in
# /etc/profile.d/ to make custom changes to your environment, as this
# will prevent the need for merging in future updates.

# are we an interactive shell?
if [ "$PS1" ]; then
  if [ -z "$PROMPT_COMMAND" ]; then
    case $TERM in
    xterm*|vte*)
      if [ -e /etc/sysconfig/bash-prompt-xterm ]; then
          PROMPT_COMMAND=/etc/sysconfig/bash-prompt-xterm
      else
          PROMPT_COMMAND='printf "\\033]0;%s@%s:%s\\007" "\${USER}" "\${HOSTNAME%%.*}" "\${PWD/#$HOME/\\~}"'
      fi
      ;;
    *)
      [ -e /etc/sysconfig/bash-prompt-default ] && PROMPT_COMMAND=/etc/sysconfig/bash-prompt-default
      ;;
    esac
  fi
  # Turn on parallel history
  shopt -s histappend
  history -a
  # Turn on checkwinsize
  shopt -s checkwinsize
  [ "$PS1" = "\\\\s-\\\\v\\\\\\$ " ] && PS1="[\\u@\\h \\W]\\\\$ "
fi
`

const files = fillToSize({
  bin: { link: 'usr/bin' }, sbin: { link: 'usr/sbin' }, lib: { link: 'usr/lib' }, lib64: { link: 'usr/lib64' },
  'boot/': {}, 'dev/': {}, 'home/': {}, 'media/': {}, 'mnt/': {}, 'opt/': {}, 'proc/': { mode: 0o555 }, 'root/': { mode: 0o550 },
  'run/': {}, 'srv/': {}, 'sys/': { mode: 0o555 }, 'tmp/': { mode: 0o1777 }, 'usr/local/bin/': {}, 'usr/local/sbin/': {},
  'usr/local/lib/': {}, 'usr/local/share/': {}, 'usr/src/': {}, 'var/cache/yum/': {}, 'var/lib/rpm/': {}, 'var/log/': {},
  'var/spool/mail/': {}, 'var/tmp/': { mode: 0o1777 }, 'var/run': { link: '../run' }, 'var/lock': { link: '../run/lock' },
  'etc/centos-release': 'CentOS Linux release 7.9.2009 (Core)\n',
  'etc/redhat-release': { link: 'centos-release' },
  'etc/system-release': { link: 'centos-release' },
  'etc/system-release-cpe': 'cpe:/o:centos:centos:7\n',
  'etc/os-release': { link: '../usr/lib/os-release' },
  'usr/lib/os-release': OS_RELEASE,
  'etc/hostname': 'localhost.localdomain\n',
  'etc/hosts': '127.0.0.1   localhost localhost.localdomain localhost4 localhost4.localdomain4\n::1         localhost localhost.localdomain localhost6 localhost6.localdomain6\n',
  'etc/passwd': PASSWD,
  'etc/group': GROUP,
  'etc/shadow': { data: PASSWD.trim().split('\n').map((l) => `${l.split(':')[0]}:${l.startsWith('root') ? 'locked' : '*'}:18367:0:99999:7:::`).join('\n') + '\n', mode: 0o000 },
  'etc/shells': '/bin/sh\n/bin/bash\n/usr/bin/sh\n/usr/bin/bash\n',
  'etc/bashrc': BASHRC,
  'etc/profile': { size: 1_795 },
  'root/.bashrc': "# .bashrc\n\n# User specific aliases and functions\n\nalias rm='rm -i'\nalias cp='cp -i'\nalias mv='mv -i'\n\n# Source global definitions\nif [ -f /etc/bashrc ]; then\n\t. /etc/bashrc\nfi\n",
  'root/.bash_profile': '# .bash_profile\n\n# Get the aliases and functions\nif [ -f ~/.bashrc ]; then\n\t. ~/.bashrc\nfi\n\n# User specific environment and startup programs\n\nPATH=$PATH:$HOME/bin\n\nexport PATH\n',
  'etc/yum.conf': YUM_CONF,
  'etc/yum.repos.d/CentOS-Base.repo': `# CentOS-Base.repo\n\n${repo('base', 'Base', 'os')}\n#released updates \n${repo('updates', 'Updates', 'updates')}\n#additional packages that may be useful\n${repo('extras', 'Extras', 'extras')}\n#additional packages that extend functionality of existing packages\n${repo('centosplus', 'Plus', 'centosplus', false)}`,
  'etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-7': { size: 1_690 },
  ...gnuUserland({ usrMerged: true, family: 'rhel', procps: true, bashSize: 964_536 }),
  'usr/bin/yum': { data: '#!/usr/bin/python\nimport sys\ntry:\n    import yum\nexcept ImportError:\n    print >> sys.stderr, """\\\nThere was a problem importing one of the Python modules\nrequired to run yum.\n"""\n    sys.exit(1)\n\nsys.path.insert(0, \'/usr/share/yum-cli\')\ntry:\n    import yummain\n    yummain.user_main(sys.argv[1:], exit_code=True)\nexcept KeyboardInterrupt, e:\n    print >> sys.stderr, "\\n\\nExiting on user cancel."\n    sys.exit(1)\n', mode: 0o755, program: 'yum' },
  'usr/bin/rpm': { size: 12_400, mode: 0o755 },
  'usr/bin/python2.7': { size: 7_144, mode: 0o755 },
  'usr/bin/python': { link: 'python2' },
  'usr/bin/python2': { link: 'python2.7' },
  'usr/bin/vi': { program: 'vi', size: 928_808 },
  'usr/sbin/useradd': { size: 137_616, mode: 0o755 },
  'usr/sbin/nologin': { size: 7_136, mode: 0o755 },
  'usr/lib64/libc-2.17.so': { size: 2_156_592, mode: 0o755 },
  'usr/lib64/libc.so.6': { link: 'libc-2.17.so' },
  'usr/lib64/ld-2.17.so': { size: 163_312, mode: 0o755 },
  'usr/lib64/ld-linux-x86-64.so.2': { link: 'ld-2.17.so' },
  'usr/lib64/libpython2.7.so.1.0': { size: 1_847_496, mode: 0o755 },
}, 203_936_286, {
  'usr/lib/locale/locale-archive': 10, 'var/lib/rpm/Packages': 12, 'usr/lib64/python2.7/site-packages.bundle': 18,
  'usr/lib64/libs.bundle': 30, 'usr/share/zoneinfo/zoneinfo.bundle': 1, 'usr/lib/udev/hwdb.bin': 4, 'usr/share/misc/magic.mgc': 3,
  'usr/lib/systemd/systemd.bundle': 6, 'usr/share/bundle': 20,
})

export const centosImages: HubImage[] = [{
  repository: 'library/centos',
  tags: ['7', 'centos7', '7.9.2009', 'centos7.9.2009', 'latest'],
  created: '2021-09-15T18:20:05Z',
  config: {
    Env: [DEBIAN_PATH],
    Cmd: ['/bin/bash'],
    Labels: {
      'org.label-schema.build-date': '20201113', 'org.label-schema.license': 'GPLv2', 'org.label-schema.name': 'CentOS Base Image',
      'org.label-schema.schema-version': '1.0', 'org.label-schema.vendor': 'CentOS', 'org.opencontainers.image.created': '2020-11-13 00:00:00+00:00',
      'org.opencontainers.image.licenses': 'GPL-2.0-only', 'org.opencontainers.image.title': 'CentOS Base Image', 'org.opencontainers.image.vendor': 'CentOS',
    },
  },
  steps: [
    { createdBy: '/bin/sh -c #(nop) ADD file:b3ebbe8bd304723d43b7b44a6d990cd657b63d93d6a2a9293983a30bfc1dfa53 in / ', layer: { files, compressed: 76_097_157 } },
    { createdBy: '/bin/sh -c #(nop)  LABEL org.label-schema.schema-version=1.0 org.label-schema.name=CentOS Base Image org.label-schema.vendor=CentOS org.label-schema.license=GPLv2 org.label-schema.build-date=20201113 org.opencontainers.image.title=CentOS Base Image org.opencontainers.image.vendor=CentOS org.opencontainers.image.licenses=GPL-2.0-only org.opencontainers.image.created=2020-11-13 00:00:00+00:00' },
    { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]' },
  ],
}]

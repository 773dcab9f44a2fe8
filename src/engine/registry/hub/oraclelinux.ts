/** oraclelinux:9-slim (9.5), the base of the mysql image: a minimal RHEL-compatible root filesystem with microdnf,
 *  bash and coreutils, but without findutils, hostname or procps (so `ps` is missing in a mysql container, as in
 *  reality). Oracle builds it with the classic builder; the `file:` hash is illustrative. Not a hub repository of
 *  its own here: only mysql builds on it. */
import type { TreeSpec } from '../../layer/file-tree'
import type { Built } from './dockerfile'
import { DEBIAN_PATH } from './deb-rootfs'
import { fillToSize } from './fill-to-size'
import { gnuUserland } from './gnu-userland'

const OS_RELEASE = `NAME="Oracle Linux Server"
VERSION="9.5"
ID="ol"
ID_LIKE="fedora"
VARIANT="Server"
VARIANT_ID="server"
VERSION_ID="9.5"
PLATFORM_ID="platform:el9"
PRETTY_NAME="Oracle Linux Server 9.5"
ANSI_COLOR="0;31"
CPE_NAME="cpe:/o:oracle:linux:9:5:server"
HOME_URL="https://linux.oracle.com/"
BUG_REPORT_URL="https://github.com/oracle/oracle-linux"

ORACLE_BUGZILLA_PRODUCT="Oracle Linux 9"
ORACLE_BUGZILLA_PRODUCT_VERSION=9.5
ORACLE_SUPPORT_PRODUCT="Oracle Linux"
ORACLE_SUPPORT_PRODUCT_VERSION=9.5
`

export const OL_PASSWD = `root:x:0:0:root:/root:/bin/bash
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
nobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin
`

export const OL_GROUP = 'root:x:0:\nbin:x:1:\ndaemon:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmem:x:8:\nkmem:x:9:\nwheel:x:10:\ncdrom:x:11:\nmail:x:12:\nman:x:15:\ndialout:x:18:\nfloppy:x:19:\ngames:x:20:\ntape:x:33:\nvideo:x:39:\nftp:x:50:\nlock:x:54:\naudio:x:63:\nusers:x:100:\nnobody:x:65534:\nutmp:x:22:\nutempter:x:35:\n'

const userland = gnuUserland({ usrMerged: true, family: 'rhel', procps: false, bashSize: 1_389_064 })
delete userland['usr/bin/find']
delete userland['usr/bin/xargs']
delete userland['usr/bin/hostname']

const files: TreeSpec = fillToSize({
  bin: { link: 'usr/bin' }, sbin: { link: 'usr/sbin' }, lib: { link: 'usr/lib' }, lib64: { link: 'usr/lib64' },
  'boot/': {}, 'dev/': {}, 'home/': {}, 'media/': {}, 'mnt/': {}, 'opt/': {}, 'proc/': { mode: 0o555 }, 'root/': { mode: 0o550 },
  'run/': {}, 'srv/': {}, 'sys/': { mode: 0o555 }, 'tmp/': { mode: 0o1777 }, 'usr/local/bin/': {}, 'usr/local/sbin/': {},
  'var/log/': {}, 'var/tmp/': { mode: 0o1777 }, 'var/run': { link: '../run' }, 'var/lib/rpm/': {},
  'etc/oracle-release': 'Oracle Linux Server release 9.5\n',
  'etc/redhat-release': 'Red Hat Enterprise Linux release 9.5 (Plow)\n',
  'etc/system-release': { link: 'oracle-release' },
  'etc/os-release': { link: '../usr/lib/os-release' },
  'usr/lib/os-release': OS_RELEASE,
  'etc/hostname': 'localhost\n',
  'etc/passwd': OL_PASSWD,
  'etc/group': OL_GROUP,
  'etc/shells': '/bin/sh\n/bin/bash\n/usr/bin/sh\n/usr/bin/bash\n',
  'etc/dnf/dnf.conf': '[main]\ngpgcheck=1\ninstallonly_limit=3\nclean_requirements_on_remove=True\nbest=True\nskip_if_unavailable=False\n',
  'etc/yum.repos.d/oracle-linux-ol9.repo': { size: 1_380 },
  ...userland,
  'usr/bin/microdnf': { size: 80_648, mode: 0o755 },
  'usr/bin/rpm': { size: 21_944, mode: 0o755 },
  'usr/lib64/libc.so.6': { size: 2_580_688, mode: 0o755 },
  'usr/lib64/ld-linux-x86-64.so.2': { size: 864_704, mode: 0o755 },
}, 117_836_245, { 'usr/lib64/libs.bundle': 30, 'var/lib/rpm/rpmdb.sqlite': 12, 'usr/share/bundle': 14, 'usr/lib/locale/C.utf8/bundle': 1 })

export const oraclelinux9Slim: Built = {
  config: { Env: [DEBIAN_PATH], Cmd: ['/bin/bash'] },
  steps: [
    { createdBy: '/bin/sh -c #(nop) ADD file:832fc2a3eb19bedd9f6ebe262fd22d26d0799d9c1f2c82a370d91550986c6e77 in / ', layer: { files, compressed: 47_993_417 } },
    { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]' },
  ],
}

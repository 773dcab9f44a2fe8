/** The host's installed system: a CentOS Linux 7 (2009) minimal install, as the lowest layer of the host disk.
 *  Binaries are stubs that name the built-in program they run (see engine/layer/file-tree.ts). */
import type { TreeSpec } from '../engine/layer/file-tree'

const COREUTILS = 'arch basename cat chgrp chmod chown cp cut date dd df dirname du echo env expr false head id ln ls mkdir mktemp mv nice nproc paste printf pwd readlink realpath rm rmdir seq sleep sort stat tail tee test touch tr true uname uniq wc whoami yes'
const OS_RELEASE = 'NAME="CentOS Linux"\nVERSION="7 (Core)"\nID="centos"\nID_LIKE="rhel fedora"\nVERSION_ID="7"\nPRETTY_NAME="CentOS Linux 7 (Core)"\nANSI_COLOR="0;31"\nCPE_NAME="cpe:/o:centos:centos:7"\nHOME_URL="https://www.centos.org/"\nBUG_REPORT_URL="https://bugs.centos.org/"\n\nCENTOS_MANTISBT_PROJECT="CentOS-7"\nCENTOS_MANTISBT_PROJECT_VERSION="7"\nREDHAT_SUPPORT_PRODUCT="centos"\nREDHAT_SUPPORT_PRODUCT_VERSION="7"\n\n'

export function centosBase(): TreeSpec {
  const files: TreeSpec = {
    'bin': { link: 'usr/bin' }, 'sbin': { link: 'usr/sbin' }, 'lib': { link: 'usr/lib' }, 'lib64': { link: 'usr/lib64' },
    'boot/': { mode: 0o555 }, 'dev/': {}, 'home/': {}, 'media/': {}, 'mnt/': {}, 'opt/': {}, 'proc/': { mode: 0o555 },
    'root/': { mode: 0o550 }, 'run/': {}, 'srv/': {}, 'sys/': { mode: 0o555 }, 'tmp/': { mode: 0o1777 },
    'usr/local/bin/': {}, 'usr/lib64/': {}, 'usr/share/': {}, 'var/log/': {}, 'var/lib/': {}, 'var/cache/yum/': {},
    'var/tmp/': { mode: 0o1777 }, 'etc/docker/': {}, 'etc/systemd/system/multi-user.target.wants/': {},
    'root/.bash_profile': '# .bash_profile\n\n# Get the aliases and functions\nif [ -f ~/.bashrc ]; then\n\t. ~/.bashrc\nfi\n\n# User specific environment and startup programs\n\nPATH=$PATH:$HOME/bin\n\nexport PATH\n',
    'root/.bashrc': "# .bashrc\n\n# User specific aliases and functions\n\nalias rm='rm -i'\nalias cp='cp -i'\nalias mv='mv -i'\n\n# Source global definitions\nif [ -f /etc/bashrc ]; then\n\t. /etc/bashrc\nfi\n",
    'root/anaconda-ks.cfg': { data: '#version=DEVEL\n# System authorization information\nauth --enableshadow --passalgo=sha512\n# Use CDROM installation media\ncdrom\n# Use graphical install\ngraphical\n# Run the Setup Agent on first boot\nfirstboot --enable\nignoredisk --only-use=sda\n# Keyboard layouts\nkeyboard --vckeymap=us --xlayouts=\'us\'\n# System language\nlang en_US.UTF-8\n\n%packages\n@^minimal\n@core\n\n%end\n', mode: 0o600 },
    'etc/os-release': OS_RELEASE,
    'etc/centos-release': 'CentOS Linux release 7.9.2009 (Core)\n',
    'etc/redhat-release': { link: 'centos-release' },
    'etc/system-release': { link: 'centos-release' },
    'etc/hostname': 'localhost.localdomain\n',
    'etc/hosts': '127.0.0.1   localhost localhost.localdomain localhost4 localhost4.localdomain4\n::1         localhost localhost.localdomain localhost6 localhost6.localdomain6\n',
    'etc/passwd': 'root:x:0:0:root:/root:/bin/bash\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nadm:x:3:4:adm:/var/adm:/sbin/nologin\nlp:x:4:7:lp:/var/spool/lpd:/sbin/nologin\nsync:x:5:0:sync:/sbin:/bin/sync\nshutdown:x:6:0:shutdown:/sbin:/sbin/shutdown\nhalt:x:7:0:halt:/sbin:/sbin/halt\nmail:x:8:12:mail:/var/spool/mail:/sbin/nologin\noperator:x:11:0:operator:/root:/sbin/nologin\ngames:x:12:100:games:/usr/games:/sbin/nologin\nftp:x:14:50:FTP User:/var/ftp:/sbin/nologin\nnobody:x:99:99:Nobody:/:/sbin/nologin\nsystemd-network:x:192:192:systemd Network Management:/:/sbin/nologin\ndbus:x:81:81:System message bus:/:/sbin/nologin\npolkitd:x:999:998:User for polkitd:/:/sbin/nologin\nsshd:x:74:74:Privilege-separated SSH:/var/empty/sshd:/sbin/nologin\npostfix:x:89:89::/var/spool/postfix:/sbin/nologin\nchrony:x:998:996::/var/lib/chrony:/sbin/nologin\n',
    'etc/group': 'root:x:0:\nbin:x:1:\ndaemon:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmem:x:8:\nkmem:x:9:\nwheel:x:10:\ncdrom:x:11:\nmail:x:12:postfix\nman:x:15:\ndialout:x:18:\nfloppy:x:19:\ngames:x:20:\ntape:x:33:\nvideo:x:39:\nftp:x:50:\nlock:x:54:\naudio:x:63:\nnobody:x:99:\nusers:x:100:\n',
    'etc/shells': '/bin/sh\n/bin/bash\n/usr/bin/sh\n/usr/bin/bash\n',
    'etc/motd': '',
    'etc/yum.repos.d/CentOS-Base.repo': '[base]\nname=CentOS-$releasever - Base\nmirrorlist=http://mirrorlist.centos.org/?release=$releasever&arch=$basearch&repo=os&infra=$infra\ngpgcheck=1\ngpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-7\n\n[updates]\nname=CentOS-$releasever - Updates\nmirrorlist=http://mirrorlist.centos.org/?release=$releasever&arch=$basearch&repo=updates&infra=$infra\ngpgcheck=1\ngpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-7\n\n[extras]\nname=CentOS-$releasever - Extras\nmirrorlist=http://mirrorlist.centos.org/?release=$releasever&arch=$basearch&repo=extras&infra=$infra\ngpgcheck=1\ngpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-7\n',
    'etc/yum.repos.d/docker-ce.repo': '[docker-ce-stable]\nname=Docker CE Stable - $basearch\nbaseurl=https://download.docker.com/linux/centos/$releasever/$basearch/stable\nenabled=1\ngpgcheck=1\ngpgkey=https://download.docker.com/linux/centos/gpg\n',
    'usr/bin/bash': { program: 'bash', size: 964_536 },
    'usr/bin/sh': { link: 'bash' },
    'usr/bin/clear': { program: 'coreutils', size: 7_192 },
    'usr/bin/hostname': { program: 'coreutils', size: 15_768 },
    'usr/bin/ps': { program: 'coreutils', size: 100_112 },
    'usr/bin/grep': { program: 'coreutils', size: 159_024 },
    'usr/bin/kill': { program: 'coreutils', size: 33_104 },
  }
  for (const c of COREUTILS.split(' ')) files[`usr/bin/${c}`] = { program: 'coreutils', size: 62_000 }
  return files
}

/** What `yum install docker-ce` (or `docker`) adds: the CLI, the daemon and its unit. */
export function dockerPackage(): TreeSpec {
  return {
    'usr/bin/docker': { program: 'docker', size: 40_235_544 },
    'usr/bin/dockerd': { program: 'dockerd', size: 78_013_544 },
    'usr/bin/containerd': { program: 'containerd', size: 39_710_000 },
    'usr/bin/runc': { program: 'runc', size: 11_911_000 },
    'usr/lib/systemd/system/docker.service': DOCKER_SERVICE,
    'usr/lib/systemd/system/docker.socket': '[Unit]\nDescription=Docker Socket for the API\n\n[Socket]\nListenStream=/run/docker.sock\nSocketMode=0660\nSocketUser=root\nSocketGroup=docker\n\n[Install]\nWantedBy=sockets.target\n',
    'etc/docker/': {},
  }
}

export const DOCKER_SERVICE = `[Unit]
Description=Docker Application Container Engine
Documentation=https://docs.docker.com
After=network-online.target docker.socket firewalld.service containerd.service time-set.target
Wants=network-online.target containerd.service
Requires=docker.socket

[Service]
Type=notify
# the default is not to use systemd for cgroups because the delegate issues still
# exists and systemd currently does not support the cgroup feature set required
# for containers run by docker
ExecStart=/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock
ExecReload=/bin/kill -s HUP $MAINPID
TimeoutStartSec=0
RestartSec=2
Restart=always

# Note that StartLimit* options were moved from "Service" to "Unit" in systemd 229.
# Both the old, and new location are accepted by systemd 229 and up, so using the old location
# to make them work for either version of systemd.
StartLimitBurst=3

# Note that StartLimitInterval was renamed to StartLimitIntervalSec in systemd 230.
# Both the old, and new name are accepted by systemd 230 and up, so using the old name to make
# this option work for either version of systemd.
StartLimitInterval=60s

# Having non-zero Limit*s causes performance problems due to accounting overhead
# in the kernel. We recommend using cgroups to do container-local accounting.
LimitNPROC=infinity
LimitCORE=infinity

# Comment TasksMax if your systemd version does not support it.
# Only systemd 226 and above support this option.
TasksMax=infinity

# set delegate yes so that systemd does not reset the cgroups of docker containers
Delegate=yes

# kill only the docker process, not all processes in the cgroup
KillMode=process
OOMScoreAdjust=-500

[Install]
WantedBy=multi-user.target
`

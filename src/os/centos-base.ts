/** The host's installed system: a CentOS Linux 7 (2009) minimal install, as the lowest layer of the host disk.
 *  Binaries are stubs that name the built-in program they run (see engine/layer/file-tree.ts). The services a
 *  minimal install runs (sshd, crond, …) have their unit files here and are enabled; their processes are part of
 *  the boot (see programs/coreutils/process-table.ts), so systemd only records their state. */
import type { TreeSpec } from '../engine/layer/file-tree'

const COREUTILS = 'arch basename cat chgrp chmod chown cp cut date dd df dirname du echo env expr false head id ln ls mkdir mktemp mv nice nproc paste printf pwd readlink realpath rm rmdir seq sleep sort stat tail tee test touch tr true uname uniq wc whoami yes'

/** A service of the base system: its unit, what it runs, and the pid it got at boot. */
export interface BaseService {
  unit: string
  description: string
  docs: string[]
  exec: string
  pid: number
  /** The name ps and `Main PID: … (comm)` show. */
  comm: string
  wantedBy: string
  vendorPreset: 'enabled' | 'disabled'
  /** Journal lines the service logged at boot. */
  bootLog: string[]
}

export const BASE_SERVICES: readonly BaseService[] = [
  { unit: 'auditd', description: 'Security Auditing Service', docs: ['man:auditd(8)', 'https://github.com/linux-audit/audit-documentation'], exec: '/sbin/auditd', pid: 612, comm: 'auditd', wantedBy: 'multi-user.target', vendorPreset: 'enabled', bootLog: ['audit dispatcher initialized with q_depth=250 and 1 active plugins', 'Init complete, auditd 2.8.5 listening for events (startup state enable)'] },
  { unit: 'chronyd', description: 'NTP client/server', docs: ['man:chronyd(8)', 'man:chrony.conf(5)'], exec: '/usr/sbin/chronyd', pid: 645, comm: 'chronyd', wantedBy: 'multi-user.target', vendorPreset: 'enabled', bootLog: ['chronyd version 3.4 starting (+CMDMON +NTP +REFCLOCK +RTC +PRIVDROP +SCFILTER +SECHASH +SIGND +ASYNCDNS +IPV6 +DEBUG)'] },
  { unit: 'crond', description: 'Command Scheduler', docs: [], exec: '/usr/sbin/crond -n', pid: 650, comm: 'crond', wantedBy: 'multi-user.target', vendorPreset: 'enabled', bootLog: ['(CRON) INFO (RANDOM_DELAY will be scaled with factor 10% if used.)', '(CRON) INFO (running with inotify support)'] },
  { unit: 'firewalld', description: 'firewalld - dynamic firewall daemon', docs: ['man:firewalld(1)'], exec: '/usr/bin/python2 -Es /usr/sbin/firewalld --nofork --nopid', pid: 662, comm: 'firewalld', wantedBy: 'multi-user.target', vendorPreset: 'enabled', bootLog: [] },
  { unit: 'NetworkManager', description: 'Network Manager', docs: ['man:NetworkManager(8)'], exec: '/usr/sbin/NetworkManager --no-daemon', pid: 664, comm: 'NetworkManager', wantedBy: 'multi-user.target', vendorPreset: 'enabled', bootLog: ['<info>  [1604000000.0000] NetworkManager (version 1.18.8-1.el7) is starting... (for the first time)'] },
  { unit: 'postfix', description: 'Postfix Mail Transport Agent', docs: [], exec: '/usr/libexec/postfix/master -w', pid: 984, comm: 'master', wantedBy: 'multi-user.target', vendorPreset: 'disabled', bootLog: ['daemon started -- version 2.10.1, configuration /etc/postfix'] },
  { unit: 'rsyslog', description: 'System Logging Service', docs: ['man:rsyslogd(8)', 'http://www.rsyslog.com/doc/'], exec: '/usr/sbin/rsyslogd -n', pid: 977, comm: 'rsyslogd', wantedBy: 'multi-user.target', vendorPreset: 'enabled', bootLog: [] },
  { unit: 'sshd', description: 'OpenSSH server daemon', docs: ['man:sshd(8)', 'man:sshd_config(5)'], exec: '/usr/sbin/sshd -D', pid: 975, comm: 'sshd', wantedBy: 'multi-user.target', vendorPreset: 'enabled', bootLog: ['Server listening on 0.0.0.0 port 22.', 'Server listening on :: port 22.'] },
  { unit: 'tuned', description: 'Dynamic System Tuning Daemon', docs: [], exec: '/usr/bin/python2 -Es /usr/sbin/tuned -l -P', pid: 973, comm: 'tuned', wantedBy: 'multi-user.target', vendorPreset: 'enabled', bootLog: [] },
]

function baseUnitFile(s: BaseService): string {
  const docs = s.docs.length ? `Documentation=${s.docs.join(' ')}\n` : ''
  return `[Unit]\nDescription=${s.description}\n${docs}After=network.target\n\n[Service]\nExecStart=${s.exec}\nKillMode=process\nRestart=on-failure\n\n[Install]\nWantedBy=${s.wantedBy}\n`
}

/** Programs the sandbox implements beyond coreutils' own list, by path. */
const PROGRAMS: Record<string, { program: string; size: number }> = {
  'usr/bin/clear': { program: 'coreutils', size: 7_192 },
  'usr/bin/hostname': { program: 'coreutils', size: 15_768 },
  'usr/bin/ps': { program: 'coreutils', size: 100_112 },
  'usr/bin/grep': { program: 'coreutils', size: 159_024 },
  'usr/bin/kill': { program: 'coreutils', size: 33_104 },
  'usr/bin/gawk': { program: 'coreutils', size: 514_168 },
  'usr/bin/find': { program: 'coreutils', size: 199_304 },
  'usr/bin/xargs': { program: 'coreutils', size: 62_656 },
  'usr/bin/free': { program: 'coreutils', size: 16_656 },
  'usr/bin/which': { program: 'coreutils', size: 24_024 },
  'usr/bin/printenv': { program: 'coreutils', size: 28_968 },
  'usr/bin/curl': { program: 'curl', size: 156_280 },
  'usr/bin/yum': { program: 'yum', size: 801 },
  'usr/bin/systemctl': { program: 'systemctl', size: 719_480 },
  'usr/bin/journalctl': { program: 'systemctl', size: 385_432 },
  'usr/sbin/service': { program: 'systemctl', size: 3_475 },
  'usr/bin/vi': { program: 'vi', size: 910_168 },
}
const OS_RELEASE = 'NAME="CentOS Linux"\nVERSION="7 (Core)"\nID="centos"\nID_LIKE="rhel fedora"\nVERSION_ID="7"\nPRETTY_NAME="CentOS Linux 7 (Core)"\nANSI_COLOR="0;31"\nCPE_NAME="cpe:/o:centos:centos:7"\nHOME_URL="https://www.centos.org/"\nBUG_REPORT_URL="https://bugs.centos.org/"\n\nCENTOS_MANTISBT_PROJECT="CentOS-7"\nCENTOS_MANTISBT_PROJECT_VERSION="7"\nREDHAT_SUPPORT_PRODUCT="centos"\nREDHAT_SUPPORT_PRODUCT_VERSION="7"\n\n'

export function centosBase(): TreeSpec {
  const files: TreeSpec = {
    'bin': { link: 'usr/bin' }, 'sbin': { link: 'usr/sbin' }, 'lib': { link: 'usr/lib' }, 'lib64': { link: 'usr/lib64' },
    'boot/': { mode: 0o555 }, 'dev/': {}, 'home/': {}, 'media/': {}, 'mnt/': {}, 'opt/': {}, 'proc/': { mode: 0o555 },
    'root/': { mode: 0o550 }, 'run/': {}, 'srv/': {}, 'sys/': { mode: 0o555 }, 'tmp/': { mode: 0o1777 },
    'usr/local/bin/': {}, 'usr/lib64/': {}, 'usr/share/': {}, 'var/log/': {}, 'var/lib/': {}, 'var/cache/yum/': {},
    'var/tmp/': { mode: 0o1777 }, 'etc/docker/': {}, 'etc/systemd/system/multi-user.target.wants/': {},
    'root/.bash_logout': '# ~/.bash_logout\n',
    'root/.cshrc': "# .cshrc\n\n# User specific aliases and functions\n\nalias rm 'rm -i'\nalias cp 'cp -i'\nalias mv 'mv -i'\n\nset prompt='[%n@%m %c]# '\n",
    'root/.tcshrc': "# .tcshrc\n\n# User specific aliases and functions\n\nalias rm 'rm -i'\nalias cp 'cp -i'\nalias mv 'mv -i'\n\nset prompt='[%n@%m %c]# '\n",
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
    'usr/bin/awk': { link: 'gawk' },
    'usr/bin/egrep': { data: '#!/usr/bin/sh\nexec grep -E "$@"\n', mode: 0o755 },
    'var/run': { link: '../run' },
    'var/lib/rpm/': {},
    'dev/null': { data: '', mode: 0o666 },
    'etc/sysconfig/': {},
    'usr/lib/systemd/system/': {},
    'etc/systemd/system/default.target': { link: '/usr/lib/systemd/system/multi-user.target' },
    'usr/lib/systemd/system/multi-user.target': '[Unit]\nDescription=Multi-User System\nDocumentation=man:systemd.special(7)\nRequires=basic.target\nConflicts=rescue.service rescue.target\nAfter=basic.target rescue.service rescue.target\nAllowIsolate=yes\n',
  }
  for (const c of COREUTILS.split(' ')) files[`usr/bin/${c}`] = { program: 'coreutils', size: 62_000 }
  Object.assign(files, PROGRAMS)
  for (const svc of BASE_SERVICES) {
    files[`usr/lib/systemd/system/${svc.unit}.service`] = baseUnitFile(svc)
    if (svc.vendorPreset === 'enabled' || svc.unit === 'postfix') {
      files[`etc/systemd/system/${svc.wantedBy}.wants/${svc.unit}.service`] = { link: `/usr/lib/systemd/system/${svc.unit}.service` }
    }
  }
  return files
}

/** What `yum install docker-ce` (or `docker`) adds: the CLI, the daemon, containerd and their units. */

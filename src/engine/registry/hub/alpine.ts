/** alpine: one layer, the 3.x minirootfs; busybox provides the userland and `sh`. */
import type { HubImage } from '../hub-image'
import type { TreeSpec } from '../../layer/file-tree'

const BIN_APPLETS = 'arch ash base64 bbconfig cat chattr chgrp chmod chown cp date dd df dmesg dnsdomainname dumpkmap echo egrep false fatattr fdflush fgrep fsync getopt grep gunzip gzip hostname ionice iostat ipcalc kbd_mode kill link linux32 linux64 ln login ls lsattr lzop makemime mkdir mknod mktemp more mount mountpoint mpstat mv netstat nice pidof ping ping6 pipe_progress printenv ps pwd reformime rev rm rmdir run-parts sed setpriv setserial sh sleep stat stty su sync tar touch true umount uname usleep watch zcat'
const USR_BIN_APPLETS = '[ [[ awk basename bc beep blkdiscard bunzip2 bzcat bzip2 cal chvt cksum clear cmp comm cpio crontab cryptpw cut dc deallocvt diff dirname dos2unix du eject env expand expr factor fallocate find flock fold free fuser head hexdump hostid iconv id install ipcrm ipcs killall last less logger lsof lsusb lzcat lzma lzopcat md5sum mesg microcom mkfifo mkpasswd nc nl nmeter nohup nproc nsenter nslookup od openvt paste pgrep pkill pmap printf pscan pstree pwdx readlink realpath renice reset resize seq setkeycodes setsid sha1sum sha256sum sha3sum sha512sum showkey shred shuf sort split strings sum tac tail tee test time timeout top tr traceroute traceroute6 tree truncate tty ttysize udhcpc6 unexpand uniq unix2dos unlink unlzma unlzop unshare unxz unzip uptime uudecode uuencode vi vlock volname wc wget which whoami whois xargs xxd xzcat yes'

/** `total` is the layer's real size; libcrypto (the biggest file) takes up the difference between releases. */
function release(version: string, build: string, total: number): TreeSpec {
  const files: TreeSpec = {
    'bin/busybox': { program: 'busybox', size: 808_712 },
    'dev/': {}, 'home/': {}, 'media/cdrom/': {}, 'media/floppy/': {}, 'media/usb/': {}, 'mnt/': {}, 'opt/': {},
    'proc/': { mode: 0o555 }, 'root/': { mode: 0o700 }, 'run/': {}, 'srv/': {}, 'sys/': { mode: 0o555 },
    'tmp/': { mode: 0o1777 }, 'usr/local/bin/': {}, 'usr/local/lib/': {}, 'usr/local/share/': {}, 'usr/share/misc/': {},
    'var/cache/apk/': {}, 'var/empty/': { mode: 0o555 }, 'var/lib/apk/': {}, 'var/lock/subsys/': {}, 'var/log/': {},
    'var/mail/': {}, 'var/opt/': {}, 'var/spool/cron/': {}, 'var/tmp/': { mode: 0o1777 },
    'etc/alpine-release': `${version}\n`,
    'etc/os-release': `NAME="Alpine Linux"\nID=alpine\nVERSION_ID=${version}\nPRETTY_NAME="Alpine Linux v${version.split('.').slice(0, 2).join('.')}"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n`,
    'etc/hostname': 'localhost\n',
    'etc/hosts': '127.0.0.1\tlocalhost localhost.localdomain\n::1\t\tlocalhost localhost.localdomain\n',
    'etc/issue': `Welcome to Alpine Linux ${version.split('.').slice(0, 2).join('.')}\nKernel \\r on \\m (\\l)\n\n`,
    'etc/motd': 'Welcome to Alpine!\n\nThe Alpine Wiki contains a large amount of how-to guides and general\ninformation about administrating Alpine systems.\nSee <https://wiki.alpinelinux.org/>.\n\nYou can setup the system with the command: setup-alpine\n\nYou may change this message by editing /etc/motd.\n\n',
    'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nlp:x:4:7:lp:/var/spool/lpd:/sbin/nologin\nsync:x:5:0:sync:/sbin:/bin/sync\nshutdown:x:6:0:shutdown:/sbin:/sbin/shutdown\nhalt:x:7:0:halt:/sbin:/sbin/halt\nmail:x:8:12:mail:/var/mail:/sbin/nologin\nnews:x:9:13:news:/usr/lib/news:/sbin/nologin\nuucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin\ncron:x:16:16:cron:/var/spool/cron:/sbin/nologin\nftp:x:21:21::/var/lib/ftp:/sbin/nologin\nsshd:x:22:22:sshd:/dev/null:/sbin/nologin\ngames:x:35:35:games:/usr/games:/sbin/nologin\nntp:x:123:123:NTP:/var/empty:/sbin/nologin\nguest:x:405:100:guest:/dev/null:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n',
    'etc/group': 'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nsys:x:3:root,bin\nadm:x:4:root,daemon\ntty:x:5:\ndisk:x:6:root\nlp:x:7:lp\nkmem:x:9:\nwheel:x:10:root\nfloppy:x:11:root\nmail:x:12:mail\nnews:x:13:news\nuucp:x:14:uucp\ncron:x:16:cron\naudio:x:18:\ncdrom:x:19:\ndialout:x:20:root\nftp:x:21:\nsshd:x:22:\ninput:x:23:\ntape:x:26:root\nvideo:x:27:root\nnetdev:x:28:\nkvm:x:34:kvm\ngames:x:35:\nshadow:x:42:\nwww-data:x:82:\nusers:x:100:games\nntp:x:123:\nabuild:x:300:\nutmp:x:406:\nping:x:999:\nnogroup:x:65533:\nnobody:x:65534:\n',
    'etc/shadow': { data: 'root:*::0:::::\n', mode: 0o640 },
    'etc/shells': '# valid login shells\n/bin/sh\n/bin/ash\n',
    'etc/profile': 'export CHARSET=UTF-8\nexport LANG=C.UTF-8\nexport LC_COLLATE=C\n\nexport PAGER=less\numask 022\n\nfor script in /etc/profile.d/*.sh ; do\n\tif [ -r "$script" ] ; then\n\t\t. "$script"\n\tfi\ndone\nunset script\n',
    'etc/apk/repositories': `https://dl-cdn.alpinelinux.org/alpine/v${version.split('.').slice(0, 2).join('.')}/main\nhttps://dl-cdn.alpinelinux.org/alpine/v${version.split('.').slice(0, 2).join('.')}/community\n`,
    'etc/apk/world': 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nca-certificates-bundle\nlibc-utils\nmusl-utils\n',
    'lib/ld-musl-x86_64.so.1': { program: 'ld-musl', size: 659_904 },
    'lib/libc.musl-x86_64.so.1': { link: 'ld-musl-x86_64.so.1' },
    'lib/libapk.so.2.14.0': { size: 251_392 },
    'lib/libz.so.1.3.1': { size: 100_584 },
    'lib/libz.so.1': { link: 'libz.so.1.3.1' },
    'sbin/apk': { program: 'apk', size: 67_832 },
    'usr/lib/libcrypto.so.3': { size: 4_543_400 + total - 7_797_883 },
    'usr/lib/libssl.so.3': { size: 792_528 },
    'usr/lib/libskarnet.so.2.14.3.0': { size: 187_232 },
    'usr/bin/getconf': { size: 14_264 },
    'usr/bin/getent': { size: 26_072 },
    'usr/bin/iconv': { size: 22_376 },
    'usr/bin/ldd': { data: '#!/bin/sh\nexec /lib/ld-musl-x86_64.so.1 --list "$@"\n', mode: 0o755 },
    'usr/bin/scanelf': { size: 79_704 },
    'usr/bin/ssl_client': { size: 14_208 },
    'etc/ssl/certs/ca-certificates.crt': { size: 222_773 },
    'usr/share/apk/keys/alpine-devel@lists.alpinelinux.org-6165ee59.rsa.pub': { size: 800 },
    'etc/apk/arch': 'x86_64\n',
    'lib/apk/db/installed': { size: 26_102 },
    [`etc/secfixes.d/alpine`]: `secfixes:\n  ${build}:\n    - CVE-0000-0000\n`,
  }
  for (const a of BIN_APPLETS.split(' ')) files[`bin/${a}`] = { link: '/bin/busybox' }
  for (const a of USR_BIN_APPLETS.split(' ')) files[`usr/bin/${a}`] = { link: '/bin/busybox' }
  for (const a of 'acpid adjtimex arp blkid blockdev depmod fbsplash fdisk findfs fsck fstrim getty halt hwclock ifconfig ifdown ifenslave ifup init inotifyd insmod ip ipaddr iplink ipneigh iproute iprule iptunnel klogd ldconfig loadkmap logread losetup lsmod mdev mkdosfs mkfs.vfat mkswap modinfo modprobe nameif nologin pivot_root poweroff raidautorun reboot rmmod route setconsole slattach swapoff swapon switch_root sysctl syslogd tunctl udhcpc vconfig watchdog'.split(' ')) files[`sbin/${a}`] = { link: '/bin/busybox' }
  for (const a of 'addgroup adduser arping brctl chpasswd chroot crond delgroup deluser fbset killall5 loadfont nanddump nandwrite nbd-client ntpd partprobe rdate readahead remove-shell rfkill sendmail setfont setlogcons'.split(' ')) files[`usr/sbin/${a}`] = { link: '/bin/busybox' }
  return files
}

const image = (version: string, tags: string[], created: string, compressed: number, build: string, total: number): HubImage => ({
  repository: 'library/alpine',
  tags,
  created,
  config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/bin/sh'] },
  steps: [
    { createdBy: `ADD alpine-minirootfs-${version}-x86_64.tar.gz / # buildkit`, comment: 'buildkit.dockerfile.v0', layer: { files: release(version, build, total), compressed } },
    { createdBy: 'CMD ["/bin/sh"]', comment: 'buildkit.dockerfile.v0' },
  ],
})

export const alpineImages: HubImage[] = [
  image('3.22.0', ['3.22.0', '3.22', '3', 'latest'], '2025-05-30T17:14:31Z', 3_796_992, '3.22.0-r0', 8_309_109),
  image('3.21.3', ['3.21.3', '3.21'], '2025-02-14T03:28:36Z', 3_642_880, '3.21.3-r0', 7_834_471),
  image('3.20.6', ['3.20.6', '3.20'], '2025-02-14T03:28:36Z', 3_625_984, '3.20.6-r0', 7_800_122),
  image('3.19.7', ['3.19.7', '3.19'], '2025-02-14T03:28:36Z', 3_417_088, '3.19.7-r0', 7_380_944),
]

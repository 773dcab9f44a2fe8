/** busybox: `FROM scratch` + the busybox tarball (the default glibc variant): one static-ish binary, every applet a
 *  link to it in /bin, glibc's few libraries, and a tiny /etc. `sh` is busybox ash; there is no bash. */
import type { HubImage } from '../hub-image'
import type { TreeSpec } from '../../layer/file-tree'
import { build, dockerfile } from './dockerfile'
import { DEBIAN_PATH } from './deb-rootfs'
import { fillToSize } from './fill-to-size'

const APPLETS = `[ [[ acpid add-shell addgroup adduser adjtimex ar arch arp arping ascii ash awk base32 base64 basename bc beep
blkdiscard blkid blockdev bootchartd brctl bunzip2 bzcat bzip2 cal cat chat chattr chgrp chmod chown chpasswd chpst
chroot chrt chvt cksum clear cmp comm conspy cp cpio crc32 crond crontab cryptpw cttyhack cut date dc dd deallocvt
delgroup deluser depmod devmem df dhcprelay diff dirname dmesg dnsd dnsdomainname dos2unix dpkg dpkg-deb du dumpkmap
dumpleases echo ed egrep eject env envdir envuidgid ether-wake expand expr factor fakeidentd fallocate false fatattr
fbset fbsplash fdflush fdformat fdisk fgconsole fgrep find findfs flock fold free freeramdisk fsck fsck.minix fsfreeze
fstrim fsync ftpd ftpget ftpput fuser getfattr getopt getty grep groups gunzip gzip halt hd hdparm head hexdump hexedit
hostid hostname httpd hush hwclock i2cdetect i2cdump i2cget i2cset i2ctransfer id ifconfig ifdown ifenslave ifplugd
ifup inetd init insmod install ionice iostat ip ipaddr ipcalc ipcrm ipcs iplink ipneigh iproute iprule iptunnel
kbd_mode kill killall killall5 klogd last less link linux32 linux64 linuxrc ln loadfont loadkmap logger login logname
logread losetup lpd lpq lpr ls lsattr lsmod lsof lspci lsscsi lsusb lzcat lzma lzop makedevs makemime man md5sum mdev
mesg microcom mim mkdir mkdosfs mke2fs mkfifo mkfs.ext2 mkfs.minix mkfs.vfat mknod mkpasswd mkswap mktemp modinfo
modprobe more mount mountpoint mpstat mt mv nameif nanddump nandwrite nbd-client nc netcat netstat nice nl nmeter
nohup nologin nproc nsenter nslookup ntpd nuke od openvt partprobe passwd paste patch pgrep pidof ping ping6
pipe_progress pivot_root pkill pmap popmaildir poweroff powertop printenv printf ps pscan pstree pwd pwdx raidautorun
rdate rdev readahead readlink readprofile realpath reboot reformime remove-shell renice reset resize resume rev rm
rmdir rmmod route rpm rpm2cpio rtcwake run-init run-parts runlevel runsv runsvdir rx script scriptreplay sed seedrng
sendmail seq setarch setconsole setfattr setfont setkeycodes setlogcons setpriv setserial setsid setuidgid sh
sha1sum sha256sum sha3sum sha512sum showkey shred shuf slattach sleep smemcap softlimit sort split ssl_client
start-stop-daemon stat strings stty su sulogin sum sv svc svlogd svok swapoff swapon switch_root sync sysctl syslogd
tac tail tar taskset tc tcpsvd tee telnet telnetd test tftp tftpd time timeout top touch tr traceroute traceroute6
tree true truncate ts tsort tty ttysize tunctl ubiattach ubidetach ubimkvol ubirename ubirmvol ubirsvol ubiupdatevol
udhcpc udhcpc6 udhcpd udpsvd uevent umount uname unexpand uniq unix2dos unlink unlzma unshare unxz unzip uptime
users usleep uudecode uuencode vconfig vi vlock volname w wall watch watchdog wc wget which who whoami whois xargs xxd
xz xzcat yes zcat zcip`.split(/\s+/)

const GROUP = 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nkmem:x:9:\nwheel:x:10:root\ncdrom:x:11:\ndialout:x:18:\nfloppy:x:19:\nvideo:x:28:\naudio:x:29:\ntape:x:32:\nwww-data:x:33:\noperator:x:37:\nutmp:x:43:\nplugdev:x:46:\nstaff:x:50:\nlock:x:54:\nnetdev:x:82:\nusers:x:100:\nnogroup:x:65534:\n'
const PASSWD = 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n'

function rootfs(binarySize: number, size: number): TreeSpec {
  const files: TreeSpec = {
    'bin/busybox': { program: 'busybox', size: binarySize },
    'dev/': {}, 'home/': {}, 'root/': { mode: 0o700 }, 'tmp/': { mode: 0o1777 }, 'usr/sbin/': {}, 'var/spool/mail/': {}, 'var/www/': {},
    'etc/group': GROUP,
    'etc/passwd': PASSWD,
    'etc/shadow': { data: PASSWD.trim().split('\n').map((l) => `${l.split(':')[0]}:*:::::::`).join('\n') + '\n', mode: 0o600 },
    'etc/localtime': { size: 114 },
    'etc/network/if-down.d/': {}, 'etc/network/if-post-down.d/': {}, 'etc/network/if-pre-up.d/': {}, 'etc/network/if-up.d/': {},
    'etc/nsswitch.conf': 'hosts: files dns\nnetworks: files\n',
    'lib/libc.so.6': { size: 2_125_328, mode: 0o755 },
    'lib/libresolv.so.2': { size: 68_104 },
    'lib/libnss_dns.so.2': { size: 14_344 },
    'lib/libnss_files.so.2': { size: 14_344 },
    'lib64/ld-linux-x86-64.so.2': { size: 210_968, mode: 0o755 },
  }
  for (const applet of APPLETS) if (applet !== 'busybox') files[`bin/${applet}`] = { link: 'busybox' }
  return fillToSize(files, size, { 'lib/libm.so.6': 6, 'lib/libpthread.so.0': 1 })
}

const BUSYBOX = dockerfile`FROM scratch
ADD busybox.tar.xz /
CMD ["sh"]
`
const image = (tags: string[], binarySize: number, size: number, compressed: number): HubImage => ({
  repository: 'library/busybox',
  tags,
  created: '2024-09-26T21:31:42Z',
  ...build({ config: { Env: [DEBIAN_PATH] }, steps: [] }, BUSYBOX, [{ files: rootfs(binarySize, size), compressed }]),
})

export const busyboxImages: HubImage[] = [
  image(['1.37.0', '1.37', '1', 'unstable', 'latest', '1.37.0-glibc', '1.37-glibc', '1-glibc', 'glibc'], 1_120_416, 4_277_910, 2_159_412),
  image(['1.36.1', '1.36', 'stable', '1.36.1-glibc', '1.36-glibc', 'stable-glibc'], 1_104_096, 4_261_550, 2_151_327),
]

/** mysql 9.3.0 (9.3, 9, innovation, latest) and 8.4.5 (8.4, 8, lts): `FROM oraclelinux:9-slim` (oraclelinux.ts),
 *  the mysql user (999), gosu, mysql-community-server-minimal and mysql-shell from repo.mysql.com, replayed from
 *  the real Dockerfile. The entrypoint refuses to initialise without MYSQL_ROOT_PASSWORD (or its alternatives). */
import type { HubImage } from '../hub-image'
import type { TreeSpec } from '../../layer/file-tree'
import { build, type HubLayer } from './dockerfile'
import { fillToSize } from './fill-to-size'
import { GOSU } from './gosu'
import { MYSQL_ENTRYPOINT_SH } from './mysql-entrypoint'
import { mysqlDockerfile, type MysqlVersion } from './mysql-dockerfile'
import { OL_GROUP, OL_PASSWD, oraclelinux9Slim } from './oraclelinux'

const accounts = (): TreeSpec => {
  const passwd = OL_PASSWD + 'mysql:x:999:999::/var/lib/mysql:/bin/bash\n'
  const group = OL_GROUP + 'mysql:x:999:\n'
  return {
    'etc/passwd': passwd, 'etc/passwd-': OL_PASSWD, 'etc/group': group, 'etc/group-': OL_GROUP,
    'etc/shadow': { data: passwd.trim().split('\n').map((l) => `${l.split(':')[0]}:!!:20190::::::`).join('\n') + '\n', mode: 0 },
    'etc/gshadow': { data: group.trim().split('\n').map((l) => `${l.split(':')[0]}:!::`).join('\n') + '\n', mode: 0 },
  }
}

const tools: TreeSpec = fillToSize({
  'usr/bin/find': { program: 'coreutils', size: 249_512 },
  'usr/bin/xargs': { program: 'coreutils', size: 72_488 },
  'usr/bin/openssl': { size: 1_031_600, mode: 0o755 },
  'usr/bin/gzip': { size: 94_296, mode: 0o755 },
  'usr/bin/xz': { size: 84_936, mode: 0o755 },
  'usr/bin/zstd': { size: 1_138_912, mode: 0o755 },
  'usr/bin/bzip2': { size: 37_856, mode: 0o755 },
}, 14_036_114, { 'usr/lib64/libs.bundle': 3, 'var/lib/rpm/rpmdb.sqlite': 1, 'var/cache/dnf/bundle': 1 })

const repoFile = (v: MysqlVersion) => `[mysql${v.major}-server-minimal]
name=MySQL ${v.major} Server Minimal
enabled=1
baseurl=https://repo.mysql.com/yum/mysql-${v.major}-community/docker/el/9/$basearch/
gpgcheck=1
gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-mysql
module_hotfixes=true
`

const toolsRepoFile = (v: MysqlVersion) => `[mysql-tools-community]
name=MySQL Tools Community
baseurl=https://repo.mysql.com/yum/mysql-tools-${v.major}-community/el/9/$basearch/
enabled=1
gpgcheck=1
gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-mysql
module_hotfixes=true
`

const myCnf = (docVersion: string) => `# For advice on how to change settings please see
# http://dev.mysql.com/doc/refman/${docVersion}/en/server-configuration-defaults.html

[mysqld]
#
# Remove leading # and set to the amount of RAM for the most important data
# cache in MySQL. Start at 70% of total RAM for dedicated server, else 10%.
# innodb_buffer_pool_size = 128M
#
# Remove leading # to turn on a very important data integrity option: logging
# changes to the binary log between backups.
# log_bin
#
# Remove leading # to set options mainly useful for reporting servers.
# The server defaults are faster for transactions and fast SELECTs.
# Adjust sizes as needed, experiment to find the optimal values.
# join_buffer_size = 128M
# sort_buffer_size = 2M
# read_rnd_buffer_size = 2M

host-cache-size=0
skip-name-resolve
datadir=/var/lib/mysql
socket=/var/run/mysqld/mysqld.sock
secure-file-priv=/var/lib/mysql-files
user=mysql

pid-file=/var/run/mysqld/mysqld.pid
[client]
socket=/var/run/mysqld/mysqld.sock

!includedir /etc/mysql/conf.d/
`

const server = (docVersion: string, size: number): TreeSpec => fillToSize({
  'etc/my.cnf': myCnf(docVersion),
  'etc/mysql/conf.d/': {},
  'var/lib/mysql/': { mode: 0o1777 },
  'var/lib/mysql-files/': { mode: 0o750 },
  'run/mysqld/': { mode: 0o1777 },
  'docker-entrypoint-initdb.d/': {},
  'usr/sbin/mysqld': { program: 'mysqld', size: 87_390_440 },
  'usr/bin/mysql': { program: 'mysql', size: 8_134_104 },
  'usr/bin/mysqladmin': { size: 7_965_872, mode: 0o755 },
  'usr/bin/mysqldump': { size: 8_056_408, mode: 0o755 },
  'usr/bin/mysql_tzinfo_to_sql': { size: 7_846_016, mode: 0o755 },
}, size, { 'usr/lib64/mysql/plugin/plugins.bundle': 5, 'usr/lib64/mysql/private/libs.bundle': 4, 'usr/share/mysql-bundle': 2, 'usr/lib64/libs.bundle': 1 })

const shell = (size: number): TreeSpec =>
  fillToSize({ 'usr/bin/mysqlsh': { size: 41_237_032, mode: 0o755 } }, size, { 'usr/lib/mysqlsh/lib.bundle': 5, 'usr/lib/mysqlsh/python-packages.bundle': 3, 'usr/share/mysqlsh/bundle': 1 })

function image(v: MysqlVersion, docVersion: string, tags: string[], created: string, sizes: [number, number], compressed: [number, number]): HubImage {
  const layers: HubLayer[] = [
    { files: accounts(), compressed: 1_319 },
    { files: fillToSize({ 'usr/local/bin/gosu': GOSU }, 2_402_517, { 'root/.curlrc-bundle': 1 }), compressed: 1_010_893 },
    { files: tools, compressed: 5_562_377 },
    { files: { 'etc/pki/rpm-gpg/RPM-GPG-KEY-mysql': { size: 3_114 } }, compressed: 2_621 },
    { files: { 'etc/yum.repos.d/mysql-community-minimal.repo': repoFile(v) }, compressed: 337 },
    { files: server(docVersion, sizes[0]), compressed: compressed[0] },
    { files: { 'etc/yum.repos.d/mysql-community-tools.repo': toolsRepoFile(v) }, compressed: 332 },
    { files: shell(sizes[1]), compressed: compressed[1] },
    { files: { 'usr/local/bin/docker-entrypoint.sh': { data: MYSQL_ENTRYPOINT_SH, program: 'docker-entrypoint', mode: 0o775 } }, compressed: 5_327 },
  ]
  return { repository: 'library/mysql', tags, created, ...build(oraclelinux9Slim, mysqlDockerfile(v), layers) }
}

export const mysqlImages: HubImage[] = [
  image({ major: 'innovation', version: '9.3.0-1.el9' }, '9.3',
    ['9.3.0', '9.3', '9', 'innovation', 'latest', '9.3.0-oraclelinux9', '9.3-oraclelinux9', '9-oraclelinux9', 'innovation-oraclelinux9', 'oraclelinux9', '9.3.0-oracle', '9.3-oracle', '9-oracle', 'innovation-oracle', 'oracle'],
    '2025-05-20T22:31:06Z', [508_413_077, 154_292_108], [160_512_884, 48_117_302]),
  image({ major: '8.4', version: '8.4.5-1.el9' }, '8.4',
    ['8.4.5', '8.4', '8', 'lts', '8.4.5-oraclelinux9', '8.4-oraclelinux9', '8-oraclelinux9', 'lts-oraclelinux9', '8.4.5-oracle', '8.4-oracle', '8-oracle', 'lts-oracle'],
    '2025-05-20T22:30:41Z', [490_337_913, 149_110_564], [155_023_761, 46_602_117]),
]

/** postgres 17.5 (17, latest) and 16.9 (16): `FROM debian:bookworm-slim`, the postgres user (999), gosu, the
 *  en_US.UTF-8 locale, PostgreSQL from apt.postgresql.org (binaries in /usr/lib/postgresql/<major>/bin, on PATH),
 *  PGDATA=/var/lib/postgresql/data as a volume, replayed from the real Dockerfile. Stops with SIGINT (fast shutdown). */
import type { HubImage } from '../hub-image'
import type { TreeSpec } from '../../layer/file-tree'
import { build, type HubLayer } from './dockerfile'
import { bookwormAccounts, bookwormSlim } from './debian-base'
import { fillToSize } from './fill-to-size'
import { postgresDockerfile } from './postgres-dockerfile'
import { POSTGRES_ENSURE_INITDB_SH, POSTGRES_ENTRYPOINT_SH } from './postgres-entrypoint'
import { gosuLayer } from './gosu'

const LIB = 'usr/lib/x86_64-linux-gnu'

const gnupgLess: TreeSpec = fillToSize({
  'usr/bin/gpg': { size: 1_100_840, mode: 0o755 },
  'usr/bin/gpg-agent': { size: 383_728, mode: 0o755 },
  'usr/bin/dirmngr': { size: 534_240, mode: 0o755 },
  'usr/bin/less': { size: 186_352, mode: 0o755 },
}, 9_172_437, { [`${LIB}/libs.bundle`]: 3, 'usr/share/gnupg/bundle': 1, 'var/lib/dpkg/info/info.bundle': 1 })

const locales: TreeSpec = fillToSize({
  'etc/locale.gen': '# This file lists locales that you wish to have built. You can find a list\n# of valid supported locales at /usr/share/i18n/SUPPORTED, and you can add\n# user defined locales to /usr/local/share/i18n/SUPPORTED. If you change\n# this file, you need to rerun locale-gen.\n\n\nen_US.UTF-8 UTF-8\n',
  'usr/lib/locale/locale-archive': { size: 3_055_888 },
  'usr/sbin/locale-gen': { size: 1_652, mode: 0o755 },
  'usr/bin/locale': { size: 58_496, mode: 0o755 },
}, 24_893_155, { 'usr/share/i18n/locales/locales.bundle': 3, 'usr/share/i18n/charmaps/charmaps.bundle': 2, 'usr/share/locale/messages.bundle': 2 })

const nssWrapper: TreeSpec = fillToSize({
  [`${LIB}/libnss_wrapper.so`]: { size: 72_264 },
  'usr/bin/xz': { size: 84_776, mode: 0o755 },
  'usr/bin/zstd': { size: 1_101_432, mode: 0o755 },
}, 1_934_208, { [`${LIB}/libs.bundle`]: 1 })

function server(major: string, size: number): TreeSpec {
  const bin = `usr/lib/postgresql/${major}/bin`
  return fillToSize({
    [`${bin}/postgres`]: { program: 'postgres', size: 9_913_584 },
    [`${bin}/initdb`]: { size: 160_920, mode: 0o755 },
    [`${bin}/pg_ctl`]: { size: 89_272, mode: 0o755 },
    [`${bin}/psql`]: { program: 'psql', size: 801_816 },
    [`${bin}/pg_dump`]: { size: 470_680, mode: 0o755 },
    [`${bin}/pg_isready`]: { size: 72_576, mode: 0o755 },
    'usr/bin/psql': { link: '../share/postgresql-common/pg_wrapper' },
    'usr/bin/pg_dump': { link: '../share/postgresql-common/pg_wrapper' },
    'usr/share/postgresql-common/pg_wrapper': { size: 7_855, mode: 0o755 },
    'etc/postgresql-common/createcluster.conf': { size: 1_891 },
    'etc/apt/sources.list.d/pgdg.list': `deb [ signed-by=/usr/local/share/keyrings/postgres.gpg.asc ] http://apt.postgresql.org/pub/repos/apt/ bookworm-pgdg main ${major}\n`,
    'usr/bin/perl': { size: 3_859_872, mode: 0o755 },
    [`${LIB}/libpq.so.5.17`]: { size: 383_040 },
    [`${LIB}/libicuuc.so.72.1`]: { size: 2_086_216 },
    [`${LIB}/libicudata.so.72.1`]: { size: 30_874_752 },
    [`${LIB}/libLLVM-16.so.1`]: { size: 118_652_008 },
  }, size, {
    [`usr/lib/postgresql/${major}/lib/bitcode.bundle`]: 10, [`usr/lib/postgresql/${major}/lib/lib.bundle`]: 4, [`usr/share/postgresql/${major}/share.bundle`]: 3,
    'usr/share/perl/5.36.0/modules.bundle': 6, 'usr/lib/python3.11/bundle': 8, [`${LIB}/libs.bundle`]: 10,
  })
}

function image(major: string, version: string, tags: string[], created: string, serverSize: number, compressed: number): HubImage {
  const layers: HubLayer[] = [
    { files: { ...bookwormAccounts(['postgres:x:999:999::/var/lib/postgresql:/bin/bash'], ['postgres:x:999:']), 'var/lib/postgresql/': { mode: 0o1777 } }, compressed: 1_166 },
    { files: gnupgLess, compressed: 4_306_118 },
    { files: gosuLayer(4_281_118), compressed: 1_251_770 },
    { files: locales, compressed: 6_410_032 },
    { files: nssWrapper, compressed: 644_816 },
    { files: { 'docker-entrypoint-initdb.d/': {} }, compressed: 116 },
    { files: { 'usr/local/share/keyrings/postgres.gpg.asc': { size: 4_812 } }, compressed: 3_143 },
    { files: server(major, serverSize), compressed },
    {
      files: {
        'usr/share/postgresql/postgresql.conf.sample': { size: 32_316 },
        'usr/share/postgresql/postgresql.conf.sample.dpkg': { size: 32_311 },
        [`usr/share/postgresql/${major}/postgresql.conf.sample`]: { link: '../postgresql.conf.sample' },
        'var/lib/dpkg/diversions': `/usr/share/postgresql/${major}/postgresql.conf.sample\n/usr/share/postgresql/postgresql.conf.sample.dpkg\n:\n`,
      },
      compressed: 9_451,
    },
    { files: { 'run/postgresql/': { mode: 0o3777 } }, compressed: 121 },
    { files: { 'var/lib/postgresql/data/': { mode: 0o1777 } }, compressed: 124 },
    {
      files: {
        'usr/local/bin/docker-entrypoint.sh': { data: POSTGRES_ENTRYPOINT_SH, program: 'docker-entrypoint', mode: 0o775 },
        'usr/local/bin/docker-ensure-initdb.sh': { data: POSTGRES_ENSURE_INITDB_SH, mode: 0o775 },
      },
      compressed: 5_562,
    },
    { files: { 'usr/local/bin/docker-enforce-initdb.sh': { link: 'docker-ensure-initdb.sh' } }, compressed: 188 },
  ]
  return { repository: 'library/postgres', tags, created, ...build(bookwormSlim, postgresDockerfile(major, version), layers) }
}

export const postgresImages: HubImage[] = [
  image('17', '17.5-1.pgdg120+1', ['17.5', '17', 'latest', '17.5-bookworm', '17-bookworm', 'bookworm'], '2025-06-10T19:02:47Z', 313_918_203, 104_127_392),
  image('16', '16.9-1.pgdg120+1', ['16.9', '16', '16.9-bookworm', '16-bookworm'], '2025-06-10T19:02:33Z', 307_611_940, 102_033_161),
]

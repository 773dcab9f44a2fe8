/** redis 8.0.2 (8.0, 8, latest) and 7.4.4 (7.4, 7): `FROM debian:bookworm-slim`, the redis user (999), tzdata,
 *  gosu, Redis built from source into /usr/local/bin (8.0 with its bundled modules), /data as volume and working
 *  directory (the WORKDIR step leaves the 32-byte empty layer), replayed from the real Dockerfiles. */
import type { HubImage } from '../hub-image'
import type { TreeSpec } from '../../layer/file-tree'
import { build, emptyLayer, type HubLayer } from './dockerfile'
import { bookwormAccounts, bookwormSlim } from './debian-base'
import { fillToSize } from './fill-to-size'
import { gosuLayer } from './gosu'
import { redis7Dockerfile, redis8Dockerfile } from './redis-dockerfile'
import { REDIS7_ENTRYPOINT_SH, REDIS8_ENTRYPOINT_SH } from './redis-entrypoint'

const LIB = 'usr/lib/x86_64-linux-gnu'

/** The redis user and group; what `groupadd -r -g 999 redis; useradd -r -g redis -u 999 redis` leaves. */
const redisAccounts = (): TreeSpec => bookwormAccounts(['redis:x:999:999::/home/redis:/bin/sh'], ['redis:x:999:'])

const tzdata: TreeSpec = fillToSize({
  'etc/localtime': { link: '/usr/share/zoneinfo/Etc/UTC' },
  'etc/timezone': 'Etc/UTC\n',
  'usr/share/zoneinfo/Etc/UTC': { size: 114 },
  'usr/share/zoneinfo/Asia/Shanghai': { size: 561 },
  'usr/share/zoneinfo/Europe/London': { size: 3_664 },
  'usr/share/zoneinfo/America/New_York': { size: 3_552 },
  'usr/share/zoneinfo/tzdata.zi': { size: 109_390 },
}, 4_120_718, { 'usr/share/zoneinfo/zones.bundle': 3, 'var/lib/dpkg/info/tzdata.bundle': 1, 'var/cache/debconf/templates.dat': 1 })

function redisBuild(modules: boolean, size: number): TreeSpec {
  return fillToSize({
    'usr/local/bin/redis-server': { program: 'redis-server', size: 15_842_232 },
    'usr/local/bin/redis-cli': { program: 'redis-cli', size: 8_037_560 },
    'usr/local/bin/redis-benchmark': { size: 7_290_128, mode: 0o755 },
    'usr/local/bin/redis-check-aof': { link: 'redis-server' },
    'usr/local/bin/redis-check-rdb': { link: 'redis-server' },
    'usr/local/bin/redis-sentinel': { link: 'redis-server' },
    [`${LIB}/libssl.so.3`]: { size: 690_432 },
    [`${LIB}/libcrypto.so.3`]: { size: 4_709_016 },
    ...(modules ? {
      'usr/local/lib/redis/modules/redisearch.so': { size: 6_180_112 },
      'usr/local/lib/redis/modules/rejson.so': { size: 2_419_360 },
      'usr/local/lib/redis/modules/redisbloom.so': { size: 927_016 },
      'usr/local/lib/redis/modules/redistimeseries.so': { size: 1_160_472 },
    } : {}),
  }, size, { 'var/lib/dpkg/status': 1, 'var/log/apt/eipp.log.xz': 1 })
}

function image(major: 7 | 8, version: string, tags: string[], created: string, sizes: { build: number; compressed: number }): HubImage {
  const entrypoint = major === 8 ? REDIS8_ENTRYPOINT_SH : REDIS7_ENTRYPOINT_SH
  const layers: HubLayer[] = [
    { files: redisAccounts(), compressed: 1_103 },
    { files: tzdata, compressed: 1_400_811 },
    { files: gosuLayer(4_276_584), compressed: 1_254_119 },
    { files: redisBuild(major === 8, sizes.build), compressed: sizes.compressed },
    { files: { 'data/': {} }, compressed: 97 },
    emptyLayer(),
    { files: { 'usr/local/bin/docker-entrypoint.sh': { data: entrypoint, program: 'docker-entrypoint', mode: 0o775 } }, compressed: major === 8 ? 806 : 512 },
  ]
  const dockerfile = major === 8
    ? redis8Dockerfile({ version, url: `https://github.com/redis/redis/archive/refs/tags/${version}.tar.gz`, sha256: 'a3d7a8fa5ee7aa2ad8d3f3e4dc1b3a1b1ae4d9d9bd21c8d5bdb5c8ff4f0e3a53' })
    : redis7Dockerfile({ version, url: `http://download.redis.io/releases/redis-${version}.tar.gz`, sha256: 'b7ab1bf33ef3e2e5c2ea6a3ab2a2bc0c2fd24e1b3cc3c8bd3fbc3a1a6b7d6e05' })
  return { repository: 'library/redis', tags, created, ...build(bookwormSlim, dockerfile, layers) }
}

export const redisImages: HubImage[] = [
  image(8, '8.0.2', ['8.0.2', '8.0', '8', 'latest', '8.0.2-bookworm', '8.0-bookworm', '8-bookworm', 'bookworm'], '2025-06-10T18:05:52Z',
    { build: 47_780_000, compressed: 17_875_233 }),
  image(7, '7.4.4', ['7.4.4', '7.4', '7', '7.4.4-bookworm', '7.4-bookworm', '7-bookworm'], '2025-06-10T18:05:40Z',
    { build: 37_010_000, compressed: 13_940_615 }),
]

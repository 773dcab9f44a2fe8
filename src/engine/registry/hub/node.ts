/** node 24.2.0 (24, current, latest), 22.16.0 (22, lts, jod) and 20.19.2 (20, iron): `FROM buildpack-deps:bookworm`
 *  (buildpack-deps.ts) + the official node binary tarball in /usr/local + yarn 1.22.22, replayed from the real
 *  Dockerfile. The entrypoint is the real 8-line script: anything that is not a command runs under `node`. */
import type { HubImage } from '../hub-image'
import type { TreeSpec } from '../../layer/file-tree'
import { build, type HubLayer } from './dockerfile'
import { buildpackDepsBookworm } from './buildpack-deps'
import { bookwormAccounts } from './debian-base'
import { fillToSize } from './fill-to-size'
import { nodeDockerfile } from './node-dockerfile'

const ENTRYPOINT = `#!/bin/sh
set -e

# Run command with node if the first argument contains a "-" or is not a system command. The last
# part inside the "{}" is a workaround for the following bug in ash/dash:
# https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=874264
if [ "\${1#-}" != "\${1}" ] || [ -z "$(command -v "\${1}")" ] || { [ -f "\${1}" ] && ! [ -x "\${1}" ]; }; then
  set -- node "$@"
fi

exec "$@"
`

const nodeUser: TreeSpec = {
  ...bookwormAccounts(['node:x:1000:1000::/home/node:/bin/bash'], ['node:x:1000:']),
  'home/node/.bashrc': { size: 3_526, uid: 1000, gid: 1000 },
  'home/node/.profile': { size: 807, uid: 1000, gid: 1000 },
  'home/node/.bash_logout': { size: 220, uid: 1000, gid: 1000 },
}

const nodeTarball = (version: string, binary: number, size: number): TreeSpec => fillToSize({
  'usr/local/bin/node': { program: 'node', size: binary },
  'usr/local/bin/nodejs': { link: '/usr/local/bin/node' },
  'usr/local/bin/npm': { link: '../lib/node_modules/npm/bin/npm-cli.js' },
  'usr/local/bin/npx': { link: '../lib/node_modules/npm/bin/npx-cli.js' },
  'usr/local/bin/corepack': { link: '../lib/node_modules/corepack/dist/corepack.js' },
  'usr/local/lib/node_modules/npm/bin/npm-cli.js': { data: "#!/usr/bin/env node\nrequire('../lib/cli.js')(process)\n", mode: 0o755 },
  'usr/local/lib/node_modules/npm/bin/npx-cli.js': { size: 4_082, mode: 0o755 },
  'usr/local/lib/node_modules/corepack/dist/corepack.js': { size: 72, mode: 0o755 },
  'usr/local/share/doc/node/gdbinit': { size: 4_418 },
  'usr/local/CHANGELOG.md': { size: 460_000 + version.length },
}, size, { 'usr/local/lib/node_modules/npm/node_modules.bundle': 6, 'usr/local/include/node/headers.bundle': 3, 'usr/local/lib/node_modules/corepack/dist/bundle': 1 })

const yarn: TreeSpec = fillToSize({
  'opt/yarn-v1.22.22/bin/yarn': { size: 1_015, mode: 0o755 },
  'opt/yarn-v1.22.22/bin/yarn.js': { size: 1_079, mode: 0o755 },
  'opt/yarn-v1.22.22/bin/yarnpkg': { size: 42, mode: 0o755 },
  'usr/local/bin/yarn': { link: '/opt/yarn-v1.22.22/bin/yarn' },
  'usr/local/bin/yarnpkg': { link: '/opt/yarn-v1.22.22/bin/yarnpkg' },
}, 5_342_188, { 'opt/yarn-v1.22.22/lib/cli.js': 1 })

function image(version: string, tags: string[], created: string, binary: number, size: number, compressed: number): HubImage {
  const layers: HubLayer[] = [
    { files: nodeUser, compressed: 3_324 },
    { files: nodeTarball(version, binary, size), compressed },
    { files: yarn, compressed: 1_248_576 },
    { files: { 'usr/local/bin/docker-entrypoint.sh': { data: ENTRYPOINT, mode: 0o775 } }, compressed: 450 },
  ]
  return { repository: 'library/node', tags, created, ...build(buildpackDepsBookworm, nodeDockerfile(version), layers) }
}

export const nodeImages: HubImage[] = [
  image('24.2.0', ['24.2.0', '24.2', '24', 'current', 'latest', '24.2.0-bookworm', '24.2-bookworm', '24-bookworm', 'current-bookworm', 'bookworm'],
    '2025-06-10T20:41:17Z', 121_839_040, 214_006_802, 59_871_320),
  image('22.16.0', ['22.16.0', '22.16', '22', 'lts', 'jod', '22.16.0-bookworm', '22.16-bookworm', '22-bookworm', 'lts-bookworm', 'jod-bookworm'],
    '2025-06-10T20:40:58Z', 117_349_928, 199_468_117, 56_112_840),
  image('20.19.2', ['20.19.2', '20.19', '20', 'iron', '20.19.2-bookworm', '20.19-bookworm', '20-bookworm', 'iron-bookworm'],
    '2025-06-10T20:40:41Z', 98_571_248, 183_207_394, 51_662_905),
]

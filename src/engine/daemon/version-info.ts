/** The daemon's identity: Docker Engine – Community 28.2.2, API 1.50, as `docker version` and `docker info` show. */
export const ENGINE_VERSION = {
  platform: 'Docker Engine - Community',
  version: '28.2.2',
  apiVersion: '1.50',
  minApiVersion: '1.24',
  goVersion: 'go1.24.3',
  gitCommit: '45873be',
  built: 'Fri May 30 12:07:14 2025',
  os: 'linux',
  arch: 'amd64',
  experimental: false,
  components: [
    { name: 'containerd', version: '1.7.27', gitCommit: '05044ec0a9a75232cad458027ca83437aae3f4da' },
    { name: 'runc', version: '1.2.5', gitCommit: 'v1.2.5-0-g59923ef' },
    { name: 'docker-init', version: '0.19.0', gitCommit: 'de40ad0' },
  ],
} as const

export const CLIENT_VERSION = {
  platform: 'Docker Engine - Community',
  version: '28.2.2',
  apiVersion: '1.50',
  goVersion: 'go1.24.3',
  gitCommit: 'e6534b4',
  built: 'Fri May 30 12:07:14 2025',
  os: 'linux',
  arch: 'amd64',
} as const

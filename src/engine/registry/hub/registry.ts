/** registry (distribution/distribution-library-image): 3.0.0 (3.0, 3, latest since April 2025) on alpine 3.21, and
 *  2.8.3 (2.8, 2; the one most tutorials use) on alpine 3.18. 3.x reads /etc/distribution/config.yml, 2.x
 *  /etc/docker/registry/config.yml. The 3.0.0 base layer is alpine.ts's 3.21 layer object, so pulling registry
 *  after alpine:3.21 shows "Already exists". The entrypoint is the real script: a *.yml argument becomes
 *  `registry serve <file>`, run by the built-in program 'registry'. */
import type { HubImage } from '../hub-image'
import type { TreeSpec } from '../../layer/file-tree'
import { alpineImages } from './alpine'
import { build, type Built, type HubLayer } from './dockerfile'
import { fillToSize } from './fill-to-size'
import { REGISTRY2_DOCKERFILE, REGISTRY3_DOCKERFILE } from './registry-dockerfile'

const ENTRYPOINT = `#!/bin/sh

set -e

case "$1" in
    *.yaml|*.yml) set -- registry serve "$@" ;;
    serve|garbage-collect|help|-*) set -- registry "$@" ;;
esac

exec "$@"
`

const CONFIG_2 = `version: 0.1
log:
  fields:
    service: registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
`

const CONFIG_3 = `version: 0.1
log:
  level: debug
  fields:
    service: registry
    environment: development
storage:
    delete:
      enabled: true
    cache:
        blobdescriptor: inmemory
    filesystem:
        rootdirectory: /var/lib/registry
    tag:
      concurrencylimit: 5
http:
    addr: :5000
    debug:
        addr: :5001
        prometheus:
            enabled: true
            path: /metrics
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
`


const alpineBase = (tag: string): Built => {
  const image = alpineImages.find((i) => i.tags.includes(tag))
  if (!image) throw new Error(`alpine:${tag} is not in the hub`)
  return { config: image.config, steps: image.steps }
}

/** alpine 3.18.12, made from alpine.ts's 3.19 tree with its version strings rewritten (alpine.ts keeps 3.19+). */
function alpine318(): Built {
  const base = alpineBase('3.19')
  const files: TreeSpec = {}
  for (const [path, value] of Object.entries(base.steps[0].layer!.files)) {
    const rewrite = (s: string) => s.replaceAll('3.19.7', '3.18.12').replaceAll('3.19', '3.18')
    files[path] = typeof value === 'string' ? rewrite(value) : value.data !== undefined ? { ...value, data: rewrite(value.data) } : value
  }
  return {
    config: base.config,
    steps: [{ createdBy: 'ADD alpine-minirootfs-3.18.12-x86_64.tar.gz / # buildkit', comment: base.steps[0].comment, layer: { files, compressed: 3_415_552 } }, base.steps[1]],
  }
}

const caCertificates = (size: number): TreeSpec => fillToSize({
  'etc/ca-certificates.conf': { size: 5_340 },
  'usr/sbin/update-ca-certificates': { size: 51_880, mode: 0o755 },
}, size, { 'usr/share/ca-certificates/mozilla.bundle': 3, 'lib/apk/db/installed': 1 })

function image(v: { alpine: string; configDir: string },
  base: Built, tags: string[], created: string, binary: number, compressed: number): HubImage {
  const layers: HubLayer[] = [
    { files: caCertificates(v.alpine === '3.21' ? 693_117 : 688_410), compressed: 299_871 },
    { files: { 'bin/registry': { program: 'registry', size: binary } }, compressed },
    { files: { [`${v.configDir.slice(1)}/config.yml`]: v.configDir === '/etc/distribution' ? CONFIG_3 : CONFIG_2 }, compressed: 394 },
    { files: { 'entrypoint.sh': { data: ENTRYPOINT, mode: 0o755 } }, compressed: 297 },
  ]
  return { repository: 'library/registry', tags, created, ...build(base, v.alpine === '3.21' ? REGISTRY3_DOCKERFILE : REGISTRY2_DOCKERFILE, layers) }
}

export const registryImages: HubImage[] = [
  image({ alpine: '3.21', configDir: '/etc/distribution' },
    alpineBase('3.21'), ['3.0.0', '3.0', '3', 'latest'], '2025-04-03T14:41:52Z', 50_127_032, 18_311_247),
  image({ alpine: '3.18', configDir: '/etc/docker/registry' },
    alpine318(), ['2.8.3', '2.8', '2'], '2025-02-14T06:58:13Z', 16_917_328, 6_021_474),
]

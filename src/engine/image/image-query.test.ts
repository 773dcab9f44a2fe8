import { describe, expect, it } from 'vitest'
import { givenImageDaemon, hubImage } from './image-daemon.test-helper'
import { goTime, goTimeOf, goJson } from './go-json'
import { containerConfigJson, legacyLayerConfigs } from './legacy-v1'
import type { Digest } from '../ids'

const hub = [
  hubImage('old', ['latest'], ['base'], { created: '2024-01-01T00:00:00Z' }),
  hubImage('app', ['1'], ['base', 'deps'], { created: '2025-06-01T00:00:00Z', labels: { maintainer: 'Me <me@example.com>', tier: 'web' } }),
  hubImage('new', ['latest'], ['new'], { created: '2025-09-01T00:00:00Z' }),
]
const search = [
  { name: 'nginx', description: 'Official build of Nginx.', stars: 20870, official: true },
  { name: 'nginx/unit', description: 'Unit', stars: 66, official: false },
  { name: 'bitnami/nginx', description: 'Bitnami', stars: 200, official: false },
]

describe('docker tag', () => {
  it('points the tag at the image, moving it from another, and stamps LastTagTime', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('old', 'new')
    await d.api.tagImage('old', 'new:latest')
    expect(d.ctx.images.references.get('new:latest')).toBe(d.api.resolveImage('old')!.id)
    const inspected = JSON.parse(await d.api.inspectImage('old'))
    expect(inspected.RepoTags).toEqual(['new:latest', 'old:latest'])
    expect(inspected.Metadata.LastTagTime).toMatch(/^2026-01-01T00:00:\d\d\.\d{1,9}Z$/)
    await expect(d.api.tagImage('nosuch', 'x')).rejects.toThrow('No such image: nosuch:latest')
    // the time is kept with the image: a reopened daemon reports the same
    const again = await d.reopen()
    again.start({ registryMirrors: [] })
    expect(JSON.parse(await again.inspectImage('old')).Metadata.LastTagTime).toBe(inspected.Metadata.LastTagTime)
  })
})

describe('docker history', () => {
  it('sizes the steps that made layers, newest first, the image ID on top', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('app:1')
    const img = d.api.resolveImage('app:1')!
    const h = await d.api.imageHistory('app:1')
    expect(h.map((x) => [x.id === img.id ? 'ID' : x.id, x.createdBy, x.size])).toEqual([
      ['ID', 'CMD ["sh"]', 0], ['<missing>', 'ADD deps.txt / # buildkit', 1_000_005], ['<missing>', 'ADD base.txt / # buildkit', 1_000_005],
    ])
    expect(h[0].tags).toEqual(['app:1'])
    expect(h[2].created).toBe(Date.UTC(2025, 0, 1) / 1000)
  })
})

describe('docker image inspect', () => {
  it('writes Go\'s field order, escapes HTML characters, and lists lower layers nearest first', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('app:1')
    const raw = await d.api.inspectImage('app:1')
    expect(Object.keys(JSON.parse(raw))).toEqual(['Id', 'RepoTags', 'RepoDigests', 'Parent', 'Comment', 'Created', 'DockerVersion', 'Author', 'Config', 'Architecture', 'Os', 'Size', 'GraphDriver', 'RootFS', 'Metadata'])
    expect(raw).toContain('"Labels":{"maintainer":"Me \\u003cme@example.com\\u003e","tier":"web"}')
    const data = JSON.parse(raw).GraphDriver.Data
    expect(Object.keys(data)).toEqual(['LowerDir', 'MergedDir', 'UpperDir', 'WorkDir'])
    expect(data.LowerDir).toMatch(/^\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/diff$/)
    expect(data.UpperDir).toMatch(/^\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/diff$/)
    expect(data.LowerDir).not.toBe(data.UpperDir)
  })
})

describe('docker search', () => {
  it('filters by official and stars after the limit, as the hub answers', async () => {
    const d = await givenImageDaemon([], { searchIndex: search })
    expect((await d.api.searchImages('nginx', { filters: ['stars=100'] })).map((e) => e.name)).toEqual(['nginx', 'bitnami/nginx'])
    expect((await d.api.searchImages('nginx', { filters: ['is-official=false'], limit: 2 })).map((e) => e.name)).toEqual(['nginx/unit'])
    expect(await d.api.searchImages('nginx', { filters: ['is-automated=true'] })).toEqual([])
    await expect(d.api.searchImages('nginx', { limit: 101 })).rejects.toThrow('limit 101 is outside the range of [1, 100]')
    await expect(d.api.searchImages('nginx', { filters: ['stars=many'] })).rejects.toThrow('invalid filter \'stars=many\': strconv.Atoi: parsing "many": invalid syntax')
    await expect(d.api.searchImages('https://x/nginx')).rejects.toThrow('invalid repository name: repository name (https://x/nginx) should not have a scheme')
  })
})

describe('docker images filters', () => {
  it('compares creation times with before/since and matches labels and references', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('old', 'app:1', 'new')
    const names = async (filters: string[]) => (await d.api.listImages({ filters })).map((s) => s.repoTags[0])
    expect(await names([])).toEqual(['new:latest', 'app:1', 'old:latest'])
    expect(await names(['before=app:1'])).toEqual(['old:latest'])
    expect(await names(['since=old'])).toEqual(['new:latest', 'app:1'])
    expect(await names(['label=tier=web'])).toEqual(['app:1'])
    expect(await names(['reference=ne*'])).toEqual(['new:latest'])
    expect(await names(['dangling=true'])).toEqual([])
    await expect(names(['dangling=maybe'])).rejects.toThrow('invalid filter \'dangling=[maybe]\'')
  })
})

describe('docker image prune and system df', () => {
  it('prunes only untagged images unless told all, and counts what it released', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('old', 'app:1')
    d.withContainer('app:1', 'exited')
    expect((await d.api.pruneImages(['dangling=true'])).deleted).toEqual([])
    const report = await d.api.pruneImages(['dangling=false'])
    const old = d.api.resolveImage('old')
    expect(old).toBeUndefined()
    // old's only layer is shared with app: nothing released but the image itself
    expect(report.deleted.filter((r) => 'deleted' in r)).toHaveLength(1)
    expect(report.spaceReclaimed).toBe(0)
    expect(d.api.resolveImage('app:1')).toBeDefined()
  })

  it('reports shared sizes and container counts', async () => {
    const d = await givenImageDaemon(hub)
    await d.pull('old', 'app:1')
    d.withContainer('app:1')
    const du = await d.api.diskUsage()
    expect(du.layersSize).toBe(2_000_010)
    expect(du.images.map((i) => [i.repoTags[0], i.sharedSize, i.containers])).toEqual([['app:1', 1_000_005, 1], ['old:latest', 1_000_005, 0]])
    expect(du.containers).toHaveLength(1)
  })
})

describe('Go\'s JSON and times', () => {
  it('escapes <, > and & and trims fractions', () => {
    expect(goJson({ a: '<b>&' })).toBe('{"a":"\\u003cb\\u003e\\u0026"}')
    expect(goTime('2025-05-30T17:14:31.000Z')).toBe('2025-05-30T17:14:31Z')
    expect(goTimeOf(Date.UTC(2026, 0, 1, 0, 0, 5, 120), 4500)).toBe('2026-01-01T00:00:05.1200045Z')
  })

  it('writes the legacy v1 documents with the full container config and chained IDs', () => {
    expect(goJson(containerConfigJson({ Cmd: ['sh'] }))).toBe('{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":null,"Cmd":["sh"],"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null}')
    const docs = legacyLayerConfigs({ created: '2025-01-01T00:00:00Z', os: 'linux', architecture: 'amd64', config: { Cmd: ['sh'] } }, [`sha256:${'a'.repeat(64)}`, `sha256:${'b'.repeat(64)}`] as Digest[])
    const lower = JSON.parse(docs[0].json)
    const top = JSON.parse(docs[1].json)
    expect(Object.keys(lower)).toEqual(['id', 'created', 'container_config', 'os'])
    expect(lower.created).toBe('1970-01-01T00:00:00Z')
    expect(top.parent).toBe(lower.id)
    expect(Object.keys(top)).toEqual(['id', 'parent', 'created', 'container_config', 'config', 'architecture', 'os'])
    expect(docs[1].id.slice(7)).toBe(top.id)
  })
})

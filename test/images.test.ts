/** The image commands end to end, typed at the CentOS prompt: search, tag, rmi, history, inspect, save/load,
 *  prune, system df and images filters, with Docker 28.2.2's exact texts and exit codes. */
import { describe, expect, it } from 'vitest'
import { givenMachine, type TestMachine } from './support/given-machine'
import { layerDir } from '../src/engine/image/overlay-paths'

const catalog = () => import('../src/engine/registry/hub/catalog')
const machine = () => givenMachine({ catalog })

/** Runs a line and returns what it printed, then its exit status on the last line. */
async function run(m: TestMachine, line: string): Promise<string> {
  const cmd = `${line}; echo "rc=$?"`
  await m.type(cmd)
  return m.output(cmd)
}

const imageOf = (m: TestMachine, name: string) => m.machine.engine.resolveImage(name)!
const short = (id: string) => id.slice(7, 19)

describe('docker search', () => {
  it('draws the hub\'s rows, cut to 45 columns, with trailing padding where OFFICIAL is empty', async () => {
    const m = await machine()
    expect(await run(m, 'docker search --limit 3 nginx | tr " " .')).toBe([
      'NAME..............................DESCRIPTION.....................................STARS.....OFFICIAL',
      'nginx.............................Official.build.of.Nginx.........................20870.....[OK]',
      'nginx/nginx-ingress...............NGINX.and..NGINX.Plus.Ingress.Controllers.fo…...101.......',
      'nginx/nginx-prometheus-exporter...NGINX.Prometheus.Exporter.for.NGINX.and.NGIN…...50........',
      'rc=0',
    ].join('\n'))
  })

  it('filters official images and shows whole descriptions with --no-trunc', async () => {
    const m = await machine()
    expect(await run(m, 'docker search --filter is-official=true nginx')).toBe([
      'NAME      DESCRIPTION                STARS     OFFICIAL',
      'nginx     Official build of Nginx.   20870     [OK]',
      'rc=0',
    ].join('\n'))
    expect(await run(m, 'docker search --no-trunc --limit 2 nginx')).toBe([
      'NAME                  DESCRIPTION                                                STARS     OFFICIAL',
      'nginx                 Official build of Nginx.                                   20870     [OK]',
      'nginx/nginx-ingress   NGINX and  NGINX Plus Ingress Controllers for Kubernetes   101',
      'rc=0',
    ].join('\n'))
  })

  it('keeps only rows with enough stars', async () => {
    const m = await machine()
    const rows = (await run(m, 'docker search --filter stars=1000 nginx')).split('\n')
    expect(rows.slice(1, -1).map((r) => r.split(/ +/)[0])).toEqual(['nginx', 'jwilder/nginx-proxy'])
  })

  it('answers bad limits and filters with the daemon\'s errors', async () => {
    const m = await machine()
    expect(await run(m, 'docker search --limit 101 nginx')).toBe('Error response from daemon: limit 101 is outside the range of [1, 100]\nrc=1')
    expect(await run(m, 'docker search --filter foo=bar nginx')).toBe('Error response from daemon: invalid filter \'foo\'\nrc=1')
    expect(await run(m, 'docker search --filter is-official=maybe nginx')).toBe('Error response from daemon: invalid filter \'is-official=[maybe]\'\nrc=1')
  })
})

describe('docker tag and docker rmi', () => {
  it('adds a row that shares the image ID, and untags it again', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    expect(await run(m, 'docker tag alpine myalpine:1')).toBe('rc=0')
    const id = short(imageOf(m, 'alpine').id)
    expect(await run(m, 'docker images')).toBe([
      'REPOSITORY   TAG       IMAGE ID       CREATED        SIZE',
      `alpine       latest    ${id}   7 months ago   8.31MB`,
      `myalpine     1         ${id}   7 months ago   8.31MB`,
      'rc=0',
    ].join('\n'))
    expect(await run(m, 'docker rmi myalpine:1')).toBe('Untagged: myalpine:1\nrc=0')
  })

  it('checks both names on the client, and the source on the daemon', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    expect(await run(m, 'docker tag alpine Foo')).toBe('Error parsing reference: "Foo" is not a valid repository/tag: invalid reference format: repository name (library/Foo) must be lowercase\nrc=1')
    expect(await run(m, 'docker tag alpine foo:')).toBe('Error parsing reference: "foo:" is not a valid repository/tag: invalid reference format\nrc=1')
    expect(await run(m, 'docker tag nosuch foo')).toBe('Error response from daemon: No such image: nosuch:latest\nrc=1')
  })

  it('deletes an image by ID: every reference, the image, then its layer', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    await m.type('docker tag alpine myalpine:1')
    const img = imageOf(m, 'alpine')
    expect(await run(m, `docker rmi ${short(img.id)}`)).toBe(`Error response from daemon: conflict: unable to delete ${short(img.id)} (must be forced) - image is referenced in multiple repositories\nrc=1`)
    const digest = [...m.machine.engine.imageRows()].find((r) => r.repository === 'alpine')!.digest
    expect(await run(m, `docker rmi -f ${short(img.id)}`)).toBe([
      'Untagged: alpine:latest',
      `Untagged: alpine@${digest}`,
      'Untagged: myalpine:1',
      `Deleted: ${img.id}`,
      `Deleted: ${img.layers[0]}`,
      'rc=0',
    ].join('\n'))
    expect(await run(m, 'docker images')).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\nrc=0')
  })

  it('prints every success first, then every error, and fails unless -f only met missing images', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    await m.type('docker tag alpine a:1')
    await m.type('docker tag alpine b:1')
    expect(await run(m, 'docker rmi nosuch a:1 nosuch:2.0 b:1')).toBe([
      'Untagged: a:1', 'Untagged: b:1',
      'Error response from daemon: No such image: nosuch:latest',
      'Error response from daemon: No such image: nosuch:2.0',
      'rc=1',
    ].join('\n'))
    expect(await run(m, 'docker rmi -f nosuch')).toBe('Error response from daemon: No such image: nosuch:latest\nrc=0')
    expect(await run(m, 'docker rmi Foo')).toBe('Error response from daemon: invalid reference format: repository name (library/Foo) must be lowercase\nrc=1')
  })

  it('refuses to take the last tag from under a container, and keeps the image as <none> when forced', async () => {
    const m = await machine()
    await m.type('docker pull -q hello-world')
    await m.type('docker run hello-world > /dev/null')
    const img = imageOf(m, 'hello-world')
    const c = m.machine.engine.containers()[0]
    expect(await run(m, 'docker rmi hello-world')).toBe(`Error response from daemon: conflict: unable to remove repository reference "hello-world" (must force) - container ${c.id.slice(0, 12)} is using its referenced image ${short(img.id)}\nrc=1`)
    const out = (await run(m, 'docker rmi -f hello-world')).split('\n')
    expect(out[0]).toBe('Untagged: hello-world:latest')
    expect(out[1]).toMatch(/^Untagged: hello-world@sha256:[0-9a-f]{64}$/)
    // a stopped container: the image goes, its layer stays with the container
    expect(out.slice(2)).toEqual([`Deleted: ${img.id}`, 'rc=0'])
  })
})

describe('docker history', () => {
  it('lists the build steps newest first, with the image ID on top', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    const id = short(imageOf(m, 'alpine').id)
    expect(await run(m, 'docker history alpine')).toBe([
      'IMAGE          CREATED        CREATED BY                                      SIZE      COMMENT',
      `${id}   7 months ago   CMD ["/bin/sh"]                                 0B        buildkit.dockerfile.v0`,
      '<missing>      7 months ago   ADD alpine-minirootfs-3.22.0-x86_64.tar.gz /…   8.31MB    buildkit.dockerfile.v0',
      'rc=0',
    ].join('\n'))
    expect(await run(m, 'docker history -q alpine')).toBe(`${id}\n<missing>\nrc=0`)
  })

  it('prints dates and byte counts with -H=false, and whole lines with --no-trunc', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    const img = imageOf(m, 'alpine')
    const lines = (await run(m, 'docker history -H=false --no-trunc alpine')).split('\n')
    const by = 'ADD alpine-minirootfs-3.22.0-x86_64.tar.gz / # buildkit'.length + 3
    expect(lines[0]).toBe(`${'IMAGE'.padEnd(74)}CREATED AT             ${'CREATED BY'.padEnd(by)}SIZE      COMMENT`)
    expect(lines[1]).toBe(`${img.id}   2025-05-30T17:14:31Z   ${'CMD ["/bin/sh"]'.padEnd(by)}0         buildkit.dockerfile.v0`)
    expect(lines[2]).toMatch(/^<missing> +2025-05-30T17:14:31Z   ADD alpine-minirootfs-3\.22\.0-x86_64\.tar\.gz \/ # buildkit +8309109   buildkit\.dockerfile\.v0$/)
    expect(await run(m, 'docker history nosuch')).toBe('Error response from daemon: No such image: nosuch:latest\nrc=1')
  })
})

describe('docker inspect for images', () => {
  it('prints Docker\'s JSON with 4-space indentation', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    const img = imageOf(m, 'alpine')
    const digest = [...m.machine.engine.imageRows()][0].digest
    const dir = layerDir(img.layers[0])
    expect(await run(m, 'docker image inspect alpine')).toBe(`[
    {
        "Id": "${img.id}",
        "RepoTags": [
            "alpine:latest"
        ],
        "RepoDigests": [
            "alpine@${digest}"
        ],
        "Parent": "",
        "Comment": "buildkit.dockerfile.v0",
        "Created": "2025-05-30T17:14:31Z",
        "DockerVersion": "",
        "Author": "",
        "Config": {
            "Env": [
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
            ],
            "Cmd": [
                "/bin/sh"
            ]
        },
        "Architecture": "amd64",
        "Os": "linux",
        "Size": 8309109,
        "GraphDriver": {
            "Data": {
                "MergedDir": "${dir}/merged",
                "UpperDir": "${dir}/diff",
                "WorkDir": "${dir}/work"
            },
            "Name": "overlay2"
        },
        "RootFS": {
            "Type": "layers",
            "Layers": [
                "${img.config.rootfs.diff_ids[0]}"
            ]
        },
        "Metadata": {
            "LastTagTime": "0001-01-01T00:00:00Z"
        }
    }
]
rc=0`)
  })

  it('lists lower layers nearest first, escapes HTML characters as Go does, and stamps LastTagTime on tag', async () => {
    const m = await machine()
    await m.type('docker pull -q nginx')
    await m.type('docker tag nginx web:1')
    const img = imageOf(m, 'nginx')
    const out = await run(m, 'docker inspect nginx')
    expect(out).toContain(`"LowerDir": "${img.layers.slice(0, -1).reverse().map((l) => `${layerDir(l)}/diff`).join(':')}",`)
    expect(out).toContain('"maintainer": "NGINX Docker Maintainers \\u003cdocker-maint@nginx.com\\u003e"')
    expect(out).toMatch(/"LastTagTime": "2026-01-01T00:00:\d\d(\.\d+)?Z"/)
    expect(out).toContain('"RepoTags": [\n            "nginx:latest",\n            "web:1"\n        ],')
  })

  it('prints [] and each missing name\'s error', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    expect(await run(m, 'docker inspect nosuch')).toBe('[]\nError: No such object: nosuch\nrc=1')
    expect(await run(m, 'docker image inspect nosuch')).toBe('[]\nError response from daemon: No such image: nosuch:latest\nrc=1')
    const both = (await run(m, 'docker inspect alpine nosuch')).split('\n')
    expect(both[0]).toBe('[')
    expect(both.slice(-3)).toEqual([']', 'Error: No such object: nosuch', 'rc=1'])
    expect(await run(m, 'docker inspect --type container alpine')).toBe('[]\nError response from daemon: No such container: alpine\nrc=1')
    expect(await run(m, 'docker inspect --type foo alpine')).toBe('unknown type: "foo": must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"\nrc=1')
  })

  it('runs --format templates over the typed response, then the raw JSON', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    expect(await run(m, 'docker image inspect --format "{{.Size}} {{.Os}}/{{.Architecture}}" alpine')).toBe('8309109 linux/amd64\nrc=0')
    const id = imageOf(m, 'alpine').id
    // Go field names on the typed response: an unset Entrypoint is an empty list there
    expect(await run(m, 'docker inspect -f "{{.Config.Entrypoint}} {{json .Config.Cmd}} {{.ID}}" alpine')).toBe(`[] ["/bin/sh"] ${id}\nrc=0`)
    // JSON names work through the raw fallback, where a missing key is an error
    expect(await run(m, 'docker inspect -f "{{.Id}}" alpine')).toBe(`${id}\nrc=0`)
    expect(await run(m, 'docker inspect -f "{{.Id}} {{.Config.Entrypoint}}" alpine')).toBe('\ntemplate parsing error: template: :1:17: executing "" at <.Config.Entrypoint>: map has no entry for key "Entrypoint"\nrc=1')
    expect(await run(m, 'docker inspect -f "{{.Foo}}" alpine')).toBe('\ntemplate parsing error: template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"\nrc=1')
  })
})

describe('docker save and docker load', () => {
  it('refuses to write a tar to the terminal', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    expect(await run(m, 'docker save alpine')).toBe('cowardly refusing to save to a terminal. Use the -o flag or redirect\nrc=1')
  })

  it('round-trips nginx through a file: same ID, same row', async () => {
    const m = await machine()
    await m.type('docker pull -q nginx')
    const before = await run(m, 'docker images')
    const img = imageOf(m, 'nginx')
    expect(await run(m, 'docker save nginx > /tmp/nginx.tar.gz')).toBe('rc=0')
    const removed = (await run(m, 'docker rmi -f nginx')).split('\n')
    expect(removed).toContain(`Deleted: ${img.id}`)
    expect(removed).toHaveLength(2 + 1 + 7 + 1)
    const loaded = (await run(m, 'docker load < /tmp/nginx.tar.gz')).split('\n')
    // one line per layer, each with its full bar (the terminal is 120 columns wide), then the tag
    expect(loaded).toHaveLength(7 + 2)
    expect(loaded[0]).toBe(`${img.config.rootfs.diff_ids[0].slice(7, 19)}: Loading layer [==================================================>]  74.83MB/74.83MB`)
    expect(loaded.slice(-2)).toEqual(['Loaded image: nginx:latest', 'rc=0'])
    expect(imageOf(m, 'nginx').id).toBe(img.id)
    expect(await run(m, 'docker images')).toBe(before)
    // everything is there now: nothing to load but the tag
    expect(await run(m, 'docker load -i /tmp/nginx.tar.gz')).toBe('Loaded image: nginx:latest\nrc=0')
  })

  it('writes -o files with mode 0600, and none when the image is missing', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    expect(await run(m, 'docker save -o /tmp/alpine.tar alpine')).toBe('rc=0')
    expect(await run(m, 'ls -l /tmp/alpine.tar | cut -c1-10')).toBe('-rw-------\nrc=0')
    expect(await run(m, 'docker save -o /tmp/nosuch.tar nosuch')).toBe('Error response from daemon: No such image: nosuch\nrc=1')
    expect(await run(m, 'docker save -o /tmp/nosuch.tar nosuch:1.0')).toBe('Error response from daemon: reference does not exist\nrc=1')
    expect(await run(m, 'ls /tmp/nosuch.tar')).toMatch(/No such file or directory\nrc=2$/)
    expect(await run(m, 'docker save -o /nope/x.tar alpine')).toBe('failed to save image: invalid output path: stat /nope: no such file or directory\nrc=1')
  })

  it('says when a loaded tag takes the name from another image', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    await m.type('docker pull -q hello-world')
    await m.type('docker save -o /tmp/alpine.tar alpine')
    await m.type('docker tag hello-world alpine')
    const hello = imageOf(m, 'hello-world').id
    expect(await run(m, 'docker load -i /tmp/alpine.tar')).toBe(`The image alpine:latest already exists, renaming the old one with ID ${hello} to empty string\nLoaded image: alpine:latest\nrc=0`)
  })

  it('reads stdin only when it is not the terminal, and reports bad input', async () => {
    const m = await machine()
    expect(await run(m, 'docker load')).toBe('requested load from stdin, but stdin is empty\nrc=1')
    expect(await run(m, 'docker load -i nope.tar')).toBe('open nope.tar: no such file or directory\nrc=1')
    await m.type('echo garbage > /tmp/garbage.tar')
    expect(await run(m, 'docker load < /tmp/garbage.tar')).toBe('unexpected EOF\nrc=1')
  })

  it('pipes a tar between commands', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    const bytes = Number((await run(m, 'docker save alpine | wc -c')).split('\n')[0].trim())
    expect(bytes % 512).toBe(0)
    expect(bytes).toBeGreaterThan(10_000)
    expect(await run(m, 'docker save alpine | docker load')).toBe('Loaded image: alpine:latest\nrc=0')
  })
})

describe('docker image prune and docker system df', () => {
  it('asks first, and removes an image left with only a digest', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    await m.type('docker pull -q hello-world')
    const alpine = imageOf(m, 'alpine')
    await m.type('docker tag hello-world alpine')
    await m.type('docker image prune')
    expect((await m.screen()).split('\n').slice(-2)).toEqual(['WARNING! This will remove all dangling images.', 'Are you sure you want to continue? [y/N]'])
    await m.type('n')
    expect((await m.screen()).split('\n').slice(-2)).toEqual(['Are you sure you want to continue? [y/N] n', '[root@localhost ~]#'])
    expect(await run(m, 'docker image prune -f')).toMatch(new RegExp(`^Deleted Images:\nuntagged: alpine@sha256:[0-9a-f]{64}\ndeleted: ${alpine.id}\ndeleted: ${alpine.layers[0]}\n\nTotal reclaimed space: 8.309MB\nrc=0$`))
    expect(await run(m, 'docker image prune -f')).toBe('Total reclaimed space: 0B\nrc=0')
  })

  it('with -a removes every image no container uses', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    await m.type('docker pull -q hello-world')
    await m.type('docker run hello-world > /dev/null')
    expect(await run(m, 'echo y | docker image prune -a')).toMatch(/^WARNING! This will remove all images without at least one container associated to them\.\nAre you sure you want to continue\? \[y\/N\] Deleted Images:\nuntagged: alpine:latest\nuntagged: alpine@sha256:[0-9a-f]{64}\ndeleted: sha256:[0-9a-f]{64}\ndeleted: sha256:[0-9a-f]{64}\n\nTotal reclaimed space: 8.309MB\nrc=0$/)
    expect((await run(m, 'docker images')).split('\n')[1]).toMatch(/^hello-world /)
  })

  it('sums images and containers in docker system df', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    await m.type('docker pull -q hello-world')
    expect(await run(m, 'docker system df')).toBe([
      'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE',
      'Images          2         0         8.319MB   8.319MB (100%)',
      'Containers      0         0         0B        0B',
      'Local Volumes   0         0         0B        0B',
      'Build Cache     0         0         0B        0B',
      'rc=0',
    ].join('\n'))
    await m.type('docker run hello-world > /dev/null')
    const df = (await run(m, 'docker system df')).split('\n')
    expect(df[1]).toBe('Images          2         1         8.319MB   8.309MB (99%)')
    expect(df[2]).toMatch(/^Containers      1         0         /)
    const v = await run(m, 'docker system df -v')
    expect(v.split('\n').slice(0, 5)).toEqual([
      'Images space usage:',
      '',
      'REPOSITORY    TAG       IMAGE ID       CREATED        SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS',
      `alpine        latest    ${short(imageOf(m, 'alpine').id)}   7 months ago   8.31MB    0B            8.309MB       0`,
      `hello-world   latest    ${short(imageOf(m, 'hello-world').id)}   9 months ago   10.1kB    0B            10.07kB       1`,
    ])
    expect(v).toContain('\nBuild cache usage: 0B\n\nCACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\nrc=0')
  })
})

describe('--format on image lists', () => {
  it('runs Go templates per row, with a header for table formats', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    const id = short(imageOf(m, 'alpine').id)
    expect(await run(m, "docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}'")).toBe('alpine:latest 8.31MB\nrc=0')
    expect(await run(m, "docker images --format 'table {{.Repository}}\\t{{.ID}}'")).toBe(`REPOSITORY   IMAGE ID\nalpine       ${id}\nrc=0`)
    expect(await run(m, "docker history --format '{{.ID}} {{.Size}}' alpine")).toBe(`${id} 0B\n<missing> 8.31MB\nrc=0`)
    expect(await run(m, "docker search --format '{{.Name}}: {{.StarCount}}' --limit 3 nginx")).toBe('nginx: 20870\nnginx/nginx-ingress: 101\nnginx/nginx-prometheus-exporter: 50\nrc=0')
  })
})

describe('docker images filters', () => {
  it('filters by creation relative to another image, by label and by reference', async () => {
    const m = await machine()
    await m.type('docker pull -q alpine')
    await m.type('docker pull -q hello-world')
    await m.type('docker pull -q nginx')
    const names = async (line: string) => (await run(m, line)).split('\n').slice(1, -1).map((r) => r.split(/ +/)[0])
    expect(await names('docker images --filter before=alpine')).toEqual(['hello-world'])
    expect(await names('docker images --filter since=hello-world')).toEqual(['nginx', 'alpine'])
    expect(await names('docker images --filter label=maintainer')).toEqual(['nginx'])
    expect(await names('docker images --filter reference="*o*"')).toEqual(['hello-world'])
    expect(await names('docker images ngin*')).toEqual(['nginx'])
    expect(await run(m, 'docker images --filter before=nosuch')).toBe('Error response from daemon: No such image: nosuch:latest\nrc=1')
    expect(await run(m, 'docker images --filter foo=bar')).toBe('Error response from daemon: invalid filter \'foo\'\nrc=1')
  })
})

describe('docker pull', () => {
  const alpine = () => givenMachine()

  it('prints only the reference with -q, and says when the image is up to date', async () => {
    const m = await alpine()
    expect(await run(m, 'docker pull -q alpine')).toBe('docker.io/library/alpine:latest\nrc=0')
    const digest = [...m.machine.engine.imageRows()][0].digest
    expect(await run(m, 'docker pull alpine')).toBe([
      'Using default tag: latest',
      'latest: Pulling from library/alpine',
      `Digest: ${digest}`,
      'Status: Image is up to date for alpine:latest',
      'docker.io/library/alpine:latest',
      'rc=0',
    ].join('\n'))
  })

  it('pulls by digest: the digest prefixes the progress, and the image has no tag', async () => {
    const m = await alpine()
    await m.type('docker pull -q alpine:3.21')
    const digest = [...m.machine.engine.imageRows()][0].digest
    await m.type('docker rmi -f alpine:3.21')
    const out = (await run(m, `docker pull alpine@${digest}`)).split('\n')
    expect(out[0]).toBe(`${digest}: Pulling from library/alpine`)
    expect(out.slice(-4)).toEqual([`Digest: ${digest}`, `Status: Downloaded newer image for alpine@${digest}`, `docker.io/library/alpine@${digest}`, 'rc=0'])
    expect((await run(m, 'docker images --digests')).split('\n')[1]).toMatch(new RegExp(`^alpine +<none> +${digest} +[0-9a-f]{12} `))
  })

  it('pulls every tag in the registry\'s order with --all-tags, then one Status for the repository', async () => {
    const m = await alpine()
    const out = (await run(m, 'docker pull --all-tags alpine')).split('\n')
    expect(out.filter((l) => l.endsWith(': Pulling from library/alpine')).map((l) => l.split(':')[0]))
      .toEqual(['3', '3.19', '3.19.7', '3.20', '3.20.6', '3.21', '3.21.3', '3.22', '3.22.0', 'latest'])
    expect(out.filter((l) => l.startsWith('Status:'))).toEqual(['Status: Downloaded newer image for alpine'])
    expect(out.slice(-2)).toEqual(['docker.io/library/alpine', 'rc=0'])
    const again = (await run(m, 'docker pull -a alpine')).split('\n')
    expect(again.slice(-3)).toEqual(['Status: Image is up to date for alpine', 'docker.io/library/alpine', 'rc=0'])
    expect(await run(m, 'docker pull -q -a alpine')).toBe('docker.io/library/alpine\nrc=0')
    expect(await run(m, 'docker pull -a alpine:3.21')).toBe('tag can\'t be used with --all-tags/-a\nrc=1')
  })

  it('answers malformed references on the client, before any daemon call', async () => {
    const m = await alpine()
    expect(await run(m, 'docker pull NGINX')).toBe('invalid reference format: repository name (library/NGINX) must be lowercase\nrc=1')
    expect(await run(m, 'docker pull nginx:')).toBe('invalid reference format\nrc=1')
    expect(await run(m, 'docker pull :latest')).toBe('invalid reference format\nrc=1')
    expect(await run(m, 'docker pull alpine@sha256:123')).toBe('invalid reference format\nrc=1')
    expect(await run(m, 'docker pull ee7bc8f95c4ed5ccd985c81526e3ad7527469619251279342ba579358102cfc6'))
      .toBe('invalid reference format: repository name (library/ee7bc8f95c4ed5ccd985c81526e3ad7527469619251279342ba579358102cfc6) must not be a 64-byte hex string\nrc=1')
    expect(await run(m, 'docker images -q')).toBe('rc=0')
  })

  it('cannot reach a registry on this machine\'s port 5000 when none listens there', async () => {
    const m = await alpine()
    expect(await run(m, 'docker pull localhost:5000/app')).toBe([
      'Using default tag: latest',
      'Error response from daemon: Get "http://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused',
      'rc=1',
    ].join('\n'))
  })
})

describe('docker rmi by ID under containers', () => {
  it('cannot be forced while a running container uses the image, and must be forced for a stopped one', async () => {
    const m = await givenMachine()
    await m.type('docker pull -q alpine')
    await m.type('docker run -d --name sleeper alpine sleep 600')
    const img = short(imageOf(m, 'alpine').id)
    const c = m.machine.engine.containers()[0].id.slice(0, 12)
    const running = `Error response from daemon: conflict: unable to delete ${img} (cannot be forced) - image is being used by running container ${c}\nrc=1`
    expect(await run(m, `docker rmi ${img}`)).toBe(running)
    expect(await run(m, `docker rmi -f ${img}`)).toBe(running)
    await m.type('docker kill sleeper')
    expect(await run(m, `docker rmi ${img}`)).toBe(`Error response from daemon: conflict: unable to delete ${img} (must be forced) - image is being used by stopped container ${c}\nrc=1`)
  })
})

describe('docker load of a damaged archive', () => {
  it('fails without registering any layer or tag', async () => {
    const m = await givenMachine()
    await m.type('docker pull -q alpine')
    await m.type('docker save -o /tmp/alpine.tar alpine')
    await m.type('docker rmi alpine')
    const images = m.machine.engine.images().size
    await m.type('head -c 100000 /tmp/alpine.tar > /tmp/cut.tar')
    expect(await run(m, 'docker load -i /tmp/cut.tar')).toBe('unexpected EOF\nrc=1')
    expect(await run(m, 'docker images -a')).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\nrc=0')
    expect(m.machine.engine.images().size).toBe(images)
  })
})

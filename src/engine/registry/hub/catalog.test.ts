import { describe, expect, it } from 'vitest'
import { buildTree, pathParts, treeSize, type DirNode, type TreeNode } from '../../layer/file-tree'
import type { HubImage } from '../hub-image'
import { hubImages, searchIndex } from './catalog'
import { bookwormLayer, bookwormSlimLayer } from './debian-base'

const ref = (name: string): HubImage => {
  const [repo, tag = 'latest'] = name.split(':')
  const image = hubImages.find((i) => i.repository === `library/${repo}` && i.tags.includes(tag))
  if (!image) throw new Error(`no ${name} in the hub`)
  return image
}
const imageSize = (image: HubImage) => image.steps.reduce((n, s) => n + (s.layer ? treeSize(buildTree(s.layer.files)) : 0), 0)

/** The image's root filesystem: its layers applied in order (hub layers have no whiteouts). */
function rootfs(image: HubImage): DirNode {
  const merge = (into: DirNode, from: DirNode) => {
    for (const [name, node] of from.children) {
      const there = into.children.get(name)
      if (node.type === 'dir' && there?.type === 'dir') merge(there, node)
      else into.children.set(name, node)
    }
  }
  const root = buildTree({})
  for (const step of image.steps) if (step.layer) merge(root, buildTree(step.layer.files))
  return root
}

/** Follows symlinks the way the kernel does; undefined when the path does not exist. */
function lookup(root: DirNode, path: string, hops = 0): TreeNode | undefined {
  const parts = pathParts(path)
  let node: TreeNode = root
  for (let i = 0; i < parts.length; i++) {
    if (node.type !== 'dir') return undefined
    const next: TreeNode | undefined = node.children.get(parts[i])
    if (!next) return undefined
    if (next.type === 'symlink' && (i < parts.length - 1 || hops >= 0)) {
      if (hops > 40) return undefined
      const base = next.target.startsWith('/') ? '' : '/' + parts.slice(0, i).join('/')
      return lookup(root, `${base}/${next.target}/${parts.slice(i + 1).join('/')}`, hops + 1)
    }
    node = next
  }
  return node
}

/** What exec would run for `command`: a path, or a name searched along the image's PATH. */
function which(image: HubImage, root: DirNode, command: string): TreeNode | undefined {
  if (command.includes('/')) return lookup(root, command)
  const path = (image.config.Env ?? []).find((e) => e.startsWith('PATH='))?.slice(5) ?? ''
  for (const dir of path.split(':')) {
    const found = lookup(root, `${dir}/${command}`)
    if (found?.type === 'file') return found
  }
  return undefined
}

const text = (node: TreeNode) => (node.type === 'file' && typeof node.data === 'string' ? node.data : '')

describe('the built-in hub catalogue', () => {
  it('gives every image tags, unique within its repository', () => {
    const seen = new Map<string, Set<string>>()
    for (const image of hubImages) {
      expect(image.tags.length, image.repository).toBeGreaterThan(0)
      const tags = seen.get(image.repository) ?? new Set<string>()
      for (const tag of image.tags) {
        expect(tags.has(tag), `${image.repository}:${tag} twice`).toBe(false)
        tags.add(tag)
      }
      seen.set(image.repository, tags)
    }
    for (const repo of seen.keys()) expect(seen.get(repo)!.has('latest'), `${repo}:latest`).toBe(true)
  })

  it('dates every image before mid-June 2025 and gives every layer a compressed size', () => {
    for (const image of hubImages) {
      expect(Date.parse(image.created), image.repository).toBeLessThan(Date.parse('2025-06-15T00:00:00Z'))
      for (const step of image.steps) if (step.layer) expect(step.layer.compressed).toBeGreaterThan(0)
    }
  })

  it('has the shell an image names in its Cmd', () => {
    for (const image of hubImages) {
      const shell = image.config.Cmd?.[0]
      if (!shell || !/(^|\/)(ba)?sh$/.test(shell)) continue
      const found = which(image, rootfs(image), shell)
      expect(found?.type, `${image.repository}:${image.tags[0]} ${shell}`).toBe('file')
    }
  })

  it('can exec what every image starts: a built-in program, or a script whose interpreter exists', () => {
    for (const image of hubImages) {
      const root = rootfs(image)
      const command = (image.config.Entrypoint ?? image.config.Cmd ?? [])[0]
      const found = which(image, root, command)
      const name = `${image.repository}:${image.tags[0]} ${command}`
      expect(found?.type, name).toBe('file')
      if (found?.type !== 'file' || found.program) continue
      const interpreter = /^#!\s*(\S+)/.exec(text(found))?.[1]
      expect(interpreter, name).toBeDefined()
      expect(lookup(root, interpreter!)?.type, `${name} → ${interpreter}`).toBe('file')
    }
  })

  it('has no bash where the real image has none', () => {
    for (const name of ['alpine', 'busybox', 'hello-world']) expect(which(ref(name), rootfs(ref(name)), 'bash'), name).toBeUndefined()
    expect([...rootfs(ref('hello-world')).children.keys()]).toEqual(['hello'])
  })

  it('shares the bookworm-slim base layer object with nginx, httpd, redis and postgres', () => {
    expect(ref('debian:bookworm-slim').steps[0].layer).toBe(bookwormSlimLayer)
    for (const name of ['nginx', 'nginx:1.28', 'httpd', 'redis', 'redis:7.4', 'postgres', 'postgres:16']) expect(ref(name).steps[0].layer, name).toBe(bookwormSlimLayer)
    for (const name of ['debian', 'node', 'node:22', 'python', 'python:3.12']) expect(ref(name).steps[0].layer, name).toBe(bookwormLayer)
  })

  it('serves the files learners open', () => {
    const nginx = rootfs(ref('nginx'))
    expect(text(lookup(nginx, '/usr/share/nginx/html/index.html')!)).toHaveLength(615)
    expect(text(lookup(nginx, '/etc/nginx/conf.d/default.conf')!)).toContain('listen       80;')
    expect(lookup(nginx, '/var/log/nginx/access.log', -1)).toMatchObject({ type: 'symlink', target: '/dev/stdout' })
    expect(text(lookup(nginx, '/etc/os-release')!)).toContain('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"')
    expect(text(lookup(rootfs(ref('httpd')), '/usr/local/apache2/htdocs/index.html')!)).toBe('<html><body><h1>It works!</h1></body></html>\n')
    expect(text(lookup(rootfs(ref('centos:7')), '/etc/centos-release')!)).toBe('CentOS Linux release 7.9.2009 (Core)\n')
    expect(text(lookup(rootfs(ref('ubuntu')), '/etc/os-release')!)).toContain('VERSION="24.04.2 LTS (Noble Numbat)"')
    expect(lookup(rootfs(ref('debian')), '/bin/sh')).toMatchObject({ type: 'file', program: 'sh' })
  })

  const MB = 1_000_000
  it.each([
    ['alpine', 8.31 * MB], ['hello-world', 10_100], ['busybox', 4.28 * MB], ['ubuntu', 78.1 * MB], ['debian', 117 * MB],
    ['nginx', 192 * MB], ['redis', 128 * MB], ['httpd', 148 * MB],
  ])('declares %s within 5%% of its real size', (name, target) => {
    expect(Math.abs(imageSize(ref(name)) / target - 1)).toBeLessThan(0.05)
  })

  it('lists every repository as an official search entry, each name once', () => {
    const names = searchIndex.map((e) => e.name)
    expect(new Set(names).size).toBe(names.length)
    for (const repo of new Set(hubImages.map((i) => i.repository.replace(/^library\//, '')))) {
      expect(searchIndex.find((e) => e.name === repo), repo).toMatchObject({ official: true })
    }
  })

  it('answers `docker search nginx` in the order of the reference sample', () => {
    const hits = searchIndex.filter((e) => `${e.name} ${e.description}`.toLowerCase().includes('nginx')).map((e) => e.name)
    expect(hits.slice(0, 9)).toEqual(['nginx', 'nginx/nginx-ingress', 'nginx/nginx-prometheus-exporter', 'nginx/unit',
      'nginx/nginx-ingress-operator', 'nginx/nginx-quic-qns', 'nginx/nginxaas-loadbalancer-kubernetes', 'nginx/unit-preview', 'bitnami/nginx'])
    for (const term of ['ubuntu', 'debian', 'redis', 'mysql', 'postgres', 'node', 'python', 'registry', 'httpd', 'busybox']) {
      expect(searchIndex.find((e) => `${e.name} ${e.description}`.toLowerCase().includes(term))?.name, term).toBe(term)
    }
  })
})

/** Every built-in program, by the name a file's node gives (see engine/layer/file-tree.ts). Each loads on first
 *  use: the first prompt needs only the shell; docker, its help texts and the hub catalogue come later.
 *  Every program is `sandboxed`: inside a container it enters the container's sandbox (pid namespace, freezer). */
import type { ProgramTable } from '../os/kernel'
import type { Program } from '../os/process'
// The shell's prompt loop is on the first prompt's path, so it is bundled with the page; the language it runs
// loads in the background (see sh-program.ts).
import { ash, bash, dash } from './sh/sh-program'
import { sandboxed } from './sandboxed'

const programs: Record<string, () => Promise<Program>> = {
  bash: async () => bash,
  sh: async () => dash,
  busybox: () => Promise.all([import('./coreutils/coreutils'), import('./textutils/fallback-applets')]).then(([c, f]) => f.withFallbacks(c.createBusybox(ash), c.APPLETS)),
  coreutils: () => Promise.all([import('./coreutils/coreutils'), import('./textutils/fallback-applets')]).then(([c, f]) => f.withFallbacks(c.coreutils, c.APPLETS)),
  docker: () => import('./docker/docker-program').then((m) => m.docker),
  hello: () => import('./hello').then((m) => m.hello),
  curl: () => import('./net/curl').then((m) => m.curl),
  nginx: () => import('./servers/nginx').then((m) => m.nginx),
  'redis-server': () => import('./servers/redis').then((m) => m.redisServer),
  'redis-cli': () => import('./servers/redis').then((m) => m.redisCli),
  'docker-entrypoint': () => import('./servers/docker-entrypoint').then((m) => m.dockerEntrypoint),
  gosu: () => import('./servers/gosu').then((m) => m.gosu),
  mysqld: () => import('./servers/mysqld').then((m) => m.mysqld),
  postgres: () => import('./servers/postgres').then((m) => m.postgres),
  httpd: () => import('./servers/httpd').then((m) => m.httpd),
  'dpkg-query': () => import('./servers/dpkg-query').then((m) => m.dpkgQuery),
  yum: () => import('./yum/yum').then((m) => m.yum),
  systemctl: () => import('./systemctl/systemctl').then((m) => m.systemctl),
  vi: () => import('./vi/vi').then((m) => m.vi),
  nano: () => import('./vi/nano').then((m) => m.nano),
  apk: () => import('./pkg/apk').then((m) => m.apk),
  'apt-get': () => import('./pkg/apt').then((m) => m.aptGet),
  apt: () => import('./pkg/apt').then((m) => m.apt),
  dockerd: () => import('./dockerd/dockerd-program').then((m) => m.dockerd),
  containerd: () => import('./dockerd/containerd-program').then((m) => m.containerd),
}

export const programTable: ProgramTable = Object.fromEntries(
  Object.entries(programs).map(([name, load]) => [name, () => load().then(sandboxed)]),
)

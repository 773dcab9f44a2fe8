/** docker info / docker system info: the client block (with the CLI plugins docker-ce installs), then the daemon's
 *  view of this CentOS 7 host. Registry Mirrors appear only when configured, between Insecure Registries and
 *  Live Restore Enabled. Output ends with one blank line, as the real CLI prints it. */
import { CLIENT_VERSION } from '../../../engine/daemon/version-info'
import type { ActionContext } from './action-context'
import { DAEMON_UNREACHABLE } from '../../../engine/engine-error'
import { bytesSize } from '../format/units'

const HOST = {
  kernel: '3.10.0-1160.el7.x86_64',
  os: 'CentOS Linux 7 (Core)',
  cpus: 2,
  memory: 3_974_111_232,
  name: 'localhost.localdomain',
  id: 'b3f1c2d4-9a8e-4f6b-8c2d-1e5a7f9b3c6d',
}

export async function infoAction(ctx: ActionContext): Promise<number> {
  ctx.stdout.write(`Client: ${CLIENT_VERSION.platform}
 Version:    ${CLIENT_VERSION.version}
 Context:    default
 Debug Mode: false
 Plugins:
  buildx: Docker Buildx (Docker Inc.)
    Version:  v0.24.0
    Path:     /usr/libexec/docker/cli-plugins/docker-buildx
  compose: Docker Compose (Docker Inc.)
    Version:  v2.36.2
    Path:     /usr/libexec/docker/cli-plugins/docker-compose

Server:
`)
  const api = ctx.api
  if (!api.isRunning()) {
    ctx.stderr.write(`${DAEMON_UNREACHABLE}\n`)
    return 1
  }
  const containers = api.containers()
  const running = containers.filter((c) => c.state.status === 'running').length
  const paused = containers.filter((c) => c.state.status === 'paused').length
  const mirrors = api.config().registryMirrors
  const v = api.version
  ctx.stdout.write(` Containers: ${containers.length}
  Running: ${running}
  Paused: ${paused}
  Stopped: ${containers.length - running - paused}
 Images: ${api.images().size}
 Server Version: ${v.version}
 Storage Driver: overlay2
  Backing Filesystem: xfs
  Supports d_type: true
  Using metacopy: false
  Native Overlay Diff: true
  userxattr: false
 Logging Driver: json-file
 Cgroup Driver: cgroupfs
 Cgroup Version: 1
 Plugins:
  Volume: local
  Network: bridge host ipvlan macvlan null overlay
  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog
 CDI spec directories:
  /etc/cdi
  /var/run/cdi
 Swarm: inactive
 Runtimes: io.containerd.runc.v2 runc
 Default Runtime: runc
 Init Binary: docker-init
 containerd version: ${v.components[0].gitCommit}
 runc version: ${v.components[1].gitCommit}
 init version: ${v.components[2].gitCommit}
 Security Options:
  seccomp
   Profile: builtin
 Kernel Version: ${HOST.kernel}
 Operating System: ${HOST.os}
 OSType: linux
 Architecture: x86_64
 CPUs: ${HOST.cpus}
 Total Memory: ${bytesSize(HOST.memory)}
 Name: ${HOST.name}
 ID: ${HOST.id}
 Docker Root Dir: /var/lib/docker
 Debug Mode: false
 Experimental: false
 Insecure Registries:
  ::1/128
  127.0.0.0/8
${mirrors.length ? ` Registry Mirrors:\n${mirrors.map((m) => `  ${m}\n`).join('')}` : ''} Live Restore Enabled: false

`)
  return 0
}

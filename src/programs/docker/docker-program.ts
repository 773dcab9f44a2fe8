/** /usr/bin/docker: the client. It reaches the daemon through the host's engine service (the unix socket) and runs
 *  the declared command; when the daemon is down every API call fails as a closed socket does. */
import type { Program } from '../../os/process'
import type { Engine } from '../../engine/daemon/engine'
import { DAEMON_UNREACHABLE } from '../../engine/engine-error'
import { runDockerCli } from './cli/run-docker-cli'
import { LINUX_DAEMON } from './cli/server-info'

export const docker: Program = async (p) => {
  const api = p.host.service<Engine>('engine')
  if (!api) {
    p.stderr.write(`${DAEMON_UNREACHABLE}\n`)
    return 1
  }
  return runDockerCli(p.argv, { process: p, api, serverInfo: api.isRunning() ? LINUX_DAEMON : undefined })
}

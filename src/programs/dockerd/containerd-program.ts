/** /usr/bin/containerd: containerd.service's process. It logs its start, tells systemd it is ready and waits for
 *  SIGTERM. Container processes are the engine's business here; containerd is their supervisor in name only. */
import { ENGINE_VERSION } from '../../engine/daemon/version-info'
import type { Program } from '../../os/process'
import { notifyReady } from '../../os/service-manager'
import { createLogger } from './logrus'

export const containerd: Program = async (p) => {
  const component = ENGINE_VERSION.components.find((c) => c.name === 'containerd')!
  if (p.argv.includes('--version') || p.argv.includes('-v')) {
    p.stdout.write(`containerd containerd.io ${component.version} ${component.gitCommit}\n`)
    return 0
  }
  const log = createLogger(p)
  log('info', 'starting containerd', { revision: component.gitCommit, version: component.version })
  log('info', 'serving...', { address: '/run/containerd/containerd.sock.ttrpc' })
  log('info', 'serving...', { address: '/run/containerd/containerd.sock' })
  log('info', 'containerd successfully booted in 0.043117s')
  notifyReady(p.host, p.pid)
  await p.wait(new Promise<void>((resolve) => { p.onSignal((s) => { if (s === 'SIGTERM' || s === 'SIGINT' || s === 'SIGQUIT') resolve() }) }))
  log('info', 'Stop CRI service')
  return 0
}

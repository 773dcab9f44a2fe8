/** /usr/bin/dockerd: the daemon's process. It reads its configuration (daemon.json + its own flags, as
 *  os/daemon-config.ts words the errors), writes /var/run/docker.pid, brings the engine service up, tells systemd
 *  it is ready, and runs until SIGTERM/SIGINT, when it stops the engine. systemd runs it from docker.service with
 *  its journal as stderr; run by hand on a terminal it logs in colour, and Ctrl-C stops it.
 *  The engine itself is the machine's `engine` service: this process is its life, not its code. An engine found
 *  running with no live pid file (the machine started it at boot) is adopted, not reconfigured. */
import type { Engine } from '../../engine/daemon/engine'
import { ENGINE_VERSION } from '../../engine/daemon/version-info'
import { readDaemonConfig } from '../../os/daemon-config'
import type { Program, SignalName } from '../../os/process'
import { notifyReady } from '../../os/service-manager'
import { createLogger } from './logrus'

const PID_FILE = '/var/run/docker.pid'

const SIGNAL_WORDS: Partial<Record<SignalName, string>> = { SIGTERM: 'terminated', SIGINT: 'interrupt', SIGQUIT: 'quit' }

export const dockerd: Program = async (p) => {
  const args = p.argv.slice(1)
  if (args.includes('-v') || args.includes('--version')) {
    p.stdout.write(`Docker version ${ENGINE_VERSION.version}, build ${ENGINE_VERSION.gitCommit}\n`)
    return 0
  }
  const engine = p.host.service<Engine>('engine')
  const log = createLogger(p)
  if (!engine) {
    // Docker-in-Docker is not modelled: inside a container there is no daemon to bring up.
    p.stderr.write('failed to start daemon: Error initializing network controller: error obtaining controller instance: failed to register "bridge" driver: failed to create NAT chain DOCKER: iptables failed: iptables --wait -t nat -N DOCKER: iptables v1.8.10 (legacy): can\'t initialize iptables table `nat\': Permission denied (you must be root)\nPerhaps iptables or your kernel needs to be upgraded.\n (exit status 3)\n')
    return 1
  }
  const config = readDaemonConfig(p.fs, p.argv)
  if (!config.ok) {
    p.stderr.write(`${config.error}\n`)
    return 1
  }
  log('info', 'Starting up')
  const kernel = p.host.service<{ processes(): ReadonlyMap<number, unknown> }>('kernel')
  const oldPid = p.fs.stat(PID_FILE) ? Number(p.fs.readText(PID_FILE).trim()) : 0
  if (oldPid && oldPid !== p.pid && kernel?.processes().has(oldPid)) {
    p.stderr.write(`failed to start daemon: pid file found, ensure docker is not running or delete ${PID_FILE}\n`)
    return 1
  }
  try { p.fs.writeFile(PID_FILE, String(p.pid)) } catch { /* no /var/run */ }
  log('info', 'OTEL tracing is not configured, using no-op tracer provider')
  const restarted = p.fs.stat('/var/lib/docker/overlay2') !== undefined
  if (restarted) log('info', '[graphdriver] using prior storage driver: overlay2')
  else { try { p.fs.mkdir('/var/lib/docker/overlay2', { parents: true, mode: 0o710 }) } catch { /* read-only */ } }
  log('info', 'Loading containers: start.')
  if (!restarted) log('info', 'Default bridge (docker0) is assigned with an IP address 172.17.0.0/16. Daemon option --bip can be used to set a preferred IP address')
  log('info', 'Loading containers: done.')
  // An engine already up without a daemon process is the one the machine brought up at boot: this process takes
  // it over as it is (its configuration is what was read then), as systemd finds dockerd running after a reload.
  // Containers with a restart policy come back with the daemon (live-restore is off: the others stay exited).
  if (!engine.isRunning()) { engine.start(config.config); await engine.restartContainers() }
  log('info', 'Docker daemon', { commit: ENGINE_VERSION.gitCommit, 'containerd-snapshotter': 'false', 'storage-driver': 'overlay2', version: ENGINE_VERSION.version })
  log('info', 'Initializing buildkit')
  log('info', 'Completed buildkit initialization')
  log('info', 'Daemon has completed initialization')
  log('info', `API listen on ${args.includes('fd://') || args.some((a) => a.startsWith('-H') && a.includes('fd://')) ? '/run/docker.sock' : '/var/run/docker.sock'}`)
  notifyReady(p.host, p.pid)
  // p.wait: SIGKILL still ends the process (the service manager then finds the daemon dead).
  const sig = await p.wait(new Promise<SignalName>((resolve) => {
    p.onSignal((s) => { if (SIGNAL_WORDS[s]) resolve(s) })
  }))
  log('info', `Processing signal '${SIGNAL_WORDS[sig]}'`)
  await engine.stop()
  try { if (p.fs.stat(PID_FILE)) p.fs.unlink(PID_FILE) } catch { /* gone */ }
  log('info', 'Daemon shutdown complete')
  return 0
}

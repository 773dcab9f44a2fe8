/** What the CLI learns from pinging the daemon (docker/cli ServerInfo), and how it shapes commands and flags:
 *  docker hides what the daemon cannot do (hideUnsupportedFeatures) and refuses flags it cannot honour (isSupported).
 *    experimental  hidden / refused unless the daemon is experimental;
 *    osType        hidden / refused when the daemon runs another OS;
 *    swarm         'manager': hidden unless this node manages a swarm; 'active': hidden when swarm is inactive.
 *  When the ping fails docker assumes an experimental daemon of unknown OS and no swarm status: nothing is hidden.
 *  That is how the reference help texts were captured, and what NO_DAEMON reproduces.
 *  Invariant: pure functions of the annotations and the ServerInfo. */

export interface ServerInfo {
  hasExperimental: boolean
  /** "linux", or "" when unknown. */
  osType: string
  /** Absent when the daemon did not report a swarm status. */
  swarm?: { controlAvailable: boolean; nodeState: 'inactive' | 'pending' | 'active' | 'error' | 'locked' }
}

export const NO_DAEMON: ServerInfo = { hasExperimental: true, osType: '' }

/** A fresh dockerd on Linux: not experimental, no swarm. */
export const LINUX_DAEMON: ServerInfo = {
  hasExperimental: false, osType: 'linux', swarm: { controlAvailable: false, nodeState: 'inactive' },
}

export interface FeatureAnnotations {
  readonly experimental?: boolean
  readonly osType?: string
  readonly swarm?: string
}

export function hiddenByServer(a: FeatureAnnotations, info: ServerInfo): boolean {
  if (a.experimental && !info.hasExperimental) return true
  if (a.osType !== undefined && info.osType !== '' && a.osType !== info.osType) return true
  if (a.swarm !== undefined && info.swarm) {
    if (a.swarm === 'manager' && !info.swarm.controlAvailable) return true
    if (a.swarm === 'active' && info.swarm.nodeState === 'inactive') return true
  }
  return false
}

/** docker's areFlagsSupported for the flags given: one line per refused flag, or undefined. */
export function unsupportedFlagsError(
  used: readonly (FeatureAnnotations & { name: string })[],
  info: ServerInfo,
): string | undefined {
  const errs: string[] = []
  // pflag's VisitAll goes by name.
  for (const f of [...used].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
    if (f.osType !== undefined && info.osType !== '' && info.osType !== f.osType) {
      errs.push(`"--${f.name}" is only supported on a Docker daemon running on ${f.osType}, but the Docker daemon is ` +
        `running on ${info.osType}`)
    } else if (f.experimental && !info.hasExperimental) {
      errs.push(`"--${f.name}" is only supported on a Docker daemon with experimental features enabled`)
    }
  }
  return errs.length ? errs.join('\n') : undefined
}

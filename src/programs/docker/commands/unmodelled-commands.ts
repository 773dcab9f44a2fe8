/** The top-level commands of docker 28.2.2 the sandbox does not model. They keep `docker --help` identical to the
 *  real one, and typing them says they are not available rather than "unknown command".
 *  Invariant: names and descriptions are the real help's; `hidden` ones exist in docker but are never listed. */
import type { UnmodelledCommand } from '../cli/define-command'

export const unmodelledCommands: readonly UnmodelledCommand[] = [
  { name: 'builder', short: 'Manage builds', section: 'management' },
  { name: 'checkpoint', short: 'Manage checkpoints', section: 'management', experimental: true, osType: 'linux' },
  { name: 'context', short: 'Manage contexts', section: 'management' },
  { name: 'manifest', short: 'Manage Docker image manifests and manifest lists', section: 'management' },
  { name: 'plugin', short: 'Manage plugins', section: 'management' },
  { name: 'trust', short: 'Manage trust on Docker images', section: 'management' },
  { name: 'config', short: 'Manage Swarm configs', section: 'swarm', swarm: 'manager' },
  { name: 'node', short: 'Manage Swarm nodes', section: 'swarm', swarm: 'manager' },
  { name: 'secret', short: 'Manage Swarm secrets', section: 'swarm', swarm: 'manager' },
  { name: 'service', short: 'Manage Swarm services', section: 'swarm', swarm: 'manager' },
  { name: 'stack', short: 'Manage Swarm stacks', section: 'swarm', swarm: 'manager' },
  { name: 'swarm', short: 'Manage Swarm', section: 'swarm', swarm: '' },
  { name: 'bake', short: 'Build from a file', section: 'hidden' },
  { name: 'completion', short: 'Generate the autocompletion script for the specified shell', section: 'hidden' },
]

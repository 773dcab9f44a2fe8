/** `docker volume update`: Update a volume (cluster volumes only).
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { unavailable } from '../cli/unavailable'

export const volumeUpdate = defineCommand({
  path: ['volume', 'update'],
  use: '[OPTIONS] [VOLUME]',
  short: 'Update a volume (cluster volumes only)',
  args: { exactly: 1 },
  swarm: 'manager',
  flags: {
    availability: {
      type: 'string',
      usage: 'Cluster Volume availability ("active", "pause", "drain")',
      default: 'active',
      swarm: 'manager',
    },
  },
  run: unavailable,
})

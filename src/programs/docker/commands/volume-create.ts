/** `docker volume create`: Create a volume.
 *  Declared from the real 28.2.2 help; the body is in ../actions/volume.ts.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { validateLabel } from '../cli/docker-validators'
import { volumeCreateAction } from '../actions/volume'

export const volumeCreate = defineCommand({
  path: ['volume', 'create'],
  use: '[OPTIONS] [VOLUME]',
  short: 'Create a volume',
  args: { max: 1 },
  flags: {
    availability: {
      type: 'string',
      usage: 'Cluster Volume availability ("active", "pause", "drain")',
      default: 'active',
      swarm: 'manager',
    },
    driver: { short: 'd', type: 'string', usage: 'Specify volume driver name', default: 'local' },
    group: { type: 'string', usage: 'Cluster Volume group (cluster volumes)', swarm: 'manager' },
    label: { type: 'list', usage: 'Set metadata for a volume', parse: validateLabel },
    'limit-bytes': { type: 'bytes', usage: 'Minimum size of the Cluster Volume in bytes', swarm: 'manager' },
    name: { type: 'string', usage: 'Specify volume name', hidden: true },
    opt: { short: 'o', type: 'map', usage: 'Set driver specific options', default: 'map[]' },
    'required-bytes': { type: 'bytes', usage: 'Maximum size of the Cluster Volume in bytes', swarm: 'manager' },
    scope: {
      type: 'string',
      usage: 'Cluster Volume access scope ("single", "multi")',
      default: 'single',
      swarm: 'manager',
    },
    secret: { type: 'map', usage: 'Cluster Volume secrets', default: 'map[]', swarm: 'manager' },
    sharing: {
      type: 'string',
      usage: 'Cluster Volume access sharing ("none", "readonly", "onewriter", "all")',
      default: 'none',
      swarm: 'manager',
    },
    'topology-preferred': {
      type: 'list',
      usage: 'A topology that the Cluster Volume would be preferred in',
      swarm: 'manager',
    },
    'topology-required': {
      type: 'list',
      usage: 'A topology that the Cluster Volume must be accessible from',
      swarm: 'manager',
    },
    type: {
      type: 'string',
      usage: 'Cluster Volume access type ("mount", "block")',
      default: 'block',
      swarm: 'manager',
    },
  },
  run: (ctx) => volumeCreateAction(ctx, ctx.args[0] ?? (ctx.changed.has('name') ? ctx.flags.name : undefined)),
})

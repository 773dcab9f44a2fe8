/** `docker network create`: Create a network.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { validateLabel } from '../cli/docker-validators'
import { networkCreateAction } from '../actions/network'

export const networkCreate = defineCommand({
  path: ['network', 'create'],
  use: '[OPTIONS] NETWORK',
  short: 'Create a network',
  args: { exactly: 1 },
  flags: {
    attachable: { type: 'bool', usage: 'Enable manual container attachment' },
    'aux-address': { type: 'map', usage: 'Auxiliary IPv4 or IPv6 addresses used by Network driver', default: 'map[]' },
    'config-from': { type: 'string', usage: 'The network from which to copy the configuration' },
    'config-only': { type: 'bool', usage: 'Create a configuration only network' },
    driver: { short: 'd', type: 'string', usage: 'Driver to manage the Network', default: 'bridge' },
    gateway: { type: 'strings', usage: 'IPv4 or IPv6 Gateway for the master subnet' },
    ingress: { type: 'bool', usage: 'Create swarm routing-mesh network' },
    internal: { type: 'bool', usage: 'Restrict external access to the network' },
    'ip-range': { type: 'strings', usage: 'Allocate container ip from a sub-range' },
    'ipam-driver': { type: 'string', usage: 'IP Address Management Driver', default: 'default' },
    'ipam-opt': { type: 'map', usage: 'Set IPAM driver specific options', default: 'map[]' },
    ipv4: { type: 'bool', usage: 'Enable or disable IPv4 address assignment', default: 'true' },
    ipv6: { type: 'bool', usage: 'Enable or disable IPv6 address assignment' },
    label: { type: 'list', usage: 'Set metadata on a network', parse: validateLabel },
    opt: { short: 'o', type: 'map', usage: 'Set driver specific options', default: 'map[]' },
    scope: { type: 'string', usage: 'Control the network\'s scope' },
    subnet: { type: 'strings', usage: 'Subnet in CIDR format that represents a network segment' },
  },
  run: (ctx) => networkCreateAction(ctx, ctx.args[0], { driver: ctx.flags.driver, internal: ctx.flags.internal, attachable: ctx.flags.attachable, label: ctx.flags.label }),
})

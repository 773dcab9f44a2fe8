/** `docker network connect`: Connect a container to a network.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { validateLink } from '../cli/docker-validators'
import { unavailable } from '../cli/unavailable'

export const networkConnect = defineCommand({
  path: ['network', 'connect'],
  use: '[OPTIONS] NETWORK CONTAINER',
  short: 'Connect a container to a network',
  args: { exactly: 2 },
  flags: {
    alias: { type: 'strings', usage: 'Add network-scoped alias for the container' },
    'driver-opt': { type: 'strings', usage: 'driver options for the network' },
    'gw-priority': {
      type: 'int',
      usage: 'Highest gw-priority provides the default gateway. Accepts positive and negative values.',
    },
    ip: { type: 'string', usage: 'IPv4 address (e.g., "172.30.100.104")' },
    ip6: { type: 'string', usage: 'IPv6 address (e.g., "2001:db8::33")' },
    link: { type: 'list', usage: 'Add link to another container', parse: validateLink },
    'link-local-ip': { type: 'strings', usage: 'Add a link-local address for the container' },
  },
  run: unavailable,
})

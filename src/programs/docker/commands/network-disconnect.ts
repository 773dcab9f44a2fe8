/** `docker network disconnect`: Disconnect a container from a network.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { unavailable } from '../cli/unavailable'

export const networkDisconnect = defineCommand({
  path: ['network', 'disconnect'],
  use: '[OPTIONS] NETWORK CONTAINER',
  short: 'Disconnect a container from a network',
  args: { exactly: 2 },
  flags: {
    force: { short: 'f', type: 'bool', usage: 'Force the container to disconnect from a network' },
  },
  run: unavailable,
})

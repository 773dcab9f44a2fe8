/** `docker login`: Authenticate to a registry.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { unavailable } from '../cli/unavailable'

export const login = defineCommand({
  path: ['login'],
  use: '[OPTIONS] [SERVER]',
  short: 'Authenticate to a registry',
  long: `Authenticate to a registry.
Defaults to Docker Hub if no server is specified.`,
  args: { max: 1 },
  top: 8,
  flags: {
    password: { short: 'p', type: 'string', usage: 'Password or Personal Access Token (PAT)' },
    'password-stdin': { type: 'bool', usage: 'Take the Password or Personal Access Token (PAT) from stdin' },
    username: { short: 'u', type: 'string', usage: 'Username' },
  },
  run: unavailable,
})

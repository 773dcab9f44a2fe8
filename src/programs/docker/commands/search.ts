/** `docker search`: Search Docker Hub for images.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { unavailable } from '../cli/unavailable'

export const search = defineCommand({
  path: ['search'],
  use: '[OPTIONS] TERM',
  short: 'Search Docker Hub for images',
  args: { exactly: 1 },
  top: 10,
  flags: {
    filter: { short: 'f', type: 'filter', usage: 'Filter output based on conditions provided' },
    format: { type: 'string', usage: 'Pretty-print search using a Go template' },
    limit: { type: 'int', usage: 'Max number of search results' },
    'no-trunc': { type: 'bool', usage: 'Don\'t truncate output' },
  },
  run: unavailable,
})

/** `docker image import` (also `docker import`): Import the contents from a tarball to create a filesystem image.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { unavailable } from '../cli/unavailable'

export const imageImport = defineCommand({
  path: ['image', 'import'],
  aliases: [['import']],
  use: '[OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
  short: 'Import the contents from a tarball to create a filesystem image',
  args: { min: 1, complete: ['file', 'none'] },
  flags: {
    change: { short: 'c', type: 'list', usage: 'Apply Dockerfile instruction to the created image' },
    message: { short: 'm', type: 'string', usage: 'Set commit message for imported image' },
    platform: { type: 'string', usage: 'Set platform if server is multi-platform capable' },
  },
  run: unavailable,
})

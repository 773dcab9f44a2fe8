/** `docker image push` (also `docker push`): Upload an image to a registry.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { unavailable } from '../cli/unavailable'

export const imagePush = defineCommand({
  path: ['image', 'push'],
  aliases: [['push']],
  use: '[OPTIONS] NAME[:TAG]',
  short: 'Upload an image to a registry',
  args: { exactly: 1, complete: ['image'] },
  top: 6,
  flags: {
    'all-tags': { short: 'a', type: 'bool', usage: 'Push all tags of an image to the repository' },
    'disable-content-trust': { type: 'bool', usage: 'Skip image signing', default: 'true' },
    platform: { type: 'string', usage: `Push a platform-specific manifest as a single-platform image to the registry.
Image index won't be pushed, meaning that other manifests, including attestations won't be preserved.
'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)` },
    quiet: { short: 'q', type: 'bool', usage: 'Suppress verbose output' },
  },
  run: unavailable,
})

/** `docker image pull` (also `docker pull`): Download an image from a registry.
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { pullAction } from '../actions/pull'

export const imagePull = defineCommand({
  path: ['image', 'pull'],
  aliases: [['pull']],
  use: '[OPTIONS] NAME[:TAG|@DIGEST]',
  short: 'Download an image from a registry',
  args: { exactly: 1, complete: ['image'] },
  top: 5,
  flags: {
    'all-tags': { short: 'a', type: 'bool', usage: 'Download all tagged images in the repository' },
    'disable-content-trust': { type: 'bool', usage: 'Skip image verification', default: 'true' },
    platform: { type: 'string', usage: 'Set platform if server is multi-platform capable' },
    quiet: { short: 'q', type: 'bool', usage: 'Suppress verbose output' },
  },
  run: (ctx) => pullAction(ctx, ctx.args[0], { quiet: ctx.flags.quiet, allTags: ctx.flags['all-tags'] }),
})

/** `docker container cp` (also `docker cp`): Copy files/folders between a container and the local filesystem.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { cpAction } from '../actions/container-files'

export const containerCp = defineCommand({
  path: ['container', 'cp'],
  aliases: [['cp']],
  use: `[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-
	docker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH`,
  short: 'Copy files/folders between a container and the local filesystem',
  long: `Copy files/folders between a container and the local filesystem

Use '-' as the source to read a tar archive from stdin
and extract it to a directory destination in a container.
Use '-' as the destination to stream a tar archive of a
container source to stdout.`,
  args: { exactly: 2, complete: ['file'] },
  flags: {
    archive: { short: 'a', type: 'bool', usage: 'Archive mode (copy all uid/gid information)' },
    'follow-link': { short: 'L', type: 'bool', usage: 'Always follow symbol link in SRC_PATH' },
    quiet: {
      short: 'q',
      type: 'bool',
      usage: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached',
    },
  },
  run: (ctx) => cpAction(ctx, ctx.args[0], ctx.args[1], { ...ctx.flags, quietChanged: ctx.changed.has('quiet') }),
})

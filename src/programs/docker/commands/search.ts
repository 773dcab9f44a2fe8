/** `docker search`: Search Docker Hub for images.
 *  Declared from the real 28.2.2 help; the body is in ../actions.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { searchAction } from '../actions/search'

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
  run: (ctx) => searchAction(ctx, ctx.args[0], { filter: ctx.flags.filter, limit: ctx.flags.limit, noTrunc: ctx.flags['no-trunc'], format: ctx.flags.format }),
})

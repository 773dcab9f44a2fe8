/** `docker container update` (also `docker update`): Update configuration of one or more containers.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { memSwapBytes } from '../cli/docker-validators'
import { updateAction } from '../actions/lifecycle'

export const containerUpdate = defineCommand({
  path: ['container', 'update'],
  aliases: [['update']],
  use: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Update configuration of one or more containers',
  args: { min: 1, complete: ['container'] },
  flags: {
    'blkio-weight': {
      type: 'uint16',
      usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable',
      default: '0',
    },
    'cpu-period': { type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) period' },
    'cpu-quota': { type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) quota' },
    'cpu-rt-period': { type: 'int', usage: 'Limit the CPU real-time period in microseconds' },
    'cpu-rt-runtime': { type: 'int', usage: 'Limit the CPU real-time runtime in microseconds' },
    'cpu-shares': { short: 'c', type: 'int', usage: 'CPU shares (relative weight)' },
    cpus: { type: 'decimal', usage: 'Number of CPUs' },
    'cpuset-cpus': { type: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
    'cpuset-mems': { type: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
    'kernel-memory': { type: 'bytes', usage: 'Kernel memory limit', hidden: true },
    memory: { short: 'm', type: 'bytes', usage: 'Memory limit' },
    'memory-reservation': { type: 'bytes', usage: 'Memory soft limit' },
    'memory-swap': {
      type: 'bytes',
      usage: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap',
      parse: memSwapBytes,
    },
    'pids-limit': { type: 'int', usage: 'Tune container pids limit (set -1 for unlimited)' },
    restart: { type: 'string', usage: 'Restart policy to apply when a container exits' },
  },
  run: (ctx) => updateAction(ctx, ctx.args, ctx.flags.restart, ctx.changed),
})

/** `docker image build` (also `docker build`, `docker builder build`): Build an image from a Dockerfile.
 *  Declared from the real 28.2.2 help; the handler is plugged in where `run:` stands.
 *  Invariant: `--help` prints this declaration byte for byte as docker does (help.golden.test.ts). */
import { defineCommand } from '../cli/define-command'
import { memSwapBytes, validateEnv, validateExtraHost, validateLabel } from '../cli/docker-validators'
import { unavailable } from '../cli/unavailable'

export const imageBuild = defineCommand({
  path: ['image', 'build'],
  aliases: [['build'], ['builder', 'build']],
  use: '[OPTIONS] PATH | URL | -',
  short: 'Build an image from a Dockerfile',
  args: { exactly: 1, complete: ['file'] },
  top: 4,
  flags: {
    'add-host': { type: 'list', usage: 'Add a custom host-to-IP mapping ("host:ip")', parse: validateExtraHost },
    'build-arg': { type: 'list', usage: 'Set build-time variables', parse: validateEnv },
    'cache-from': { type: 'strings', usage: 'Images to consider as cache sources' },
    'cgroup-parent': { type: 'string', usage: 'Set the parent cgroup for the "RUN" instructions during build' },
    compress: { type: 'bool', usage: 'Compress the build context using gzip' },
    'cpu-period': { type: 'int', usage: 'Limit the CPU CFS (Completely Fair Scheduler) period' },
    'cpu-quota': { type: 'int', usage: 'Limit the CPU CFS (Completely Fair Scheduler) quota' },
    'cpu-shares': { short: 'c', type: 'int', usage: 'CPU shares (relative weight)' },
    'cpuset-cpus': { type: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
    'cpuset-mems': { type: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
    'disable-content-trust': { type: 'bool', usage: 'Skip image verification', default: 'true' },
    file: { short: 'f', type: 'string', usage: 'Name of the Dockerfile (Default is "PATH/Dockerfile")' },
    'force-rm': { type: 'bool', usage: 'Always remove intermediate containers' },
    iidfile: { type: 'string', usage: 'Write the image ID to the file' },
    isolation: { type: 'string', usage: 'Container isolation technology' },
    label: { type: 'list', usage: 'Set metadata for an image', parse: validateLabel },
    memory: { short: 'm', type: 'bytes', usage: 'Memory limit' },
    'memory-swap': {
      type: 'bytes',
      usage: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap',
      parse: memSwapBytes,
    },
    network: {
      type: 'string',
      usage: 'Set the networking mode for the RUN instructions during build',
      default: 'default',
    },
    'no-cache': { type: 'bool', usage: 'Do not use cache when building the image' },
    platform: { type: 'string', usage: 'Set platform if server is multi-platform capable' },
    pull: { type: 'bool', usage: 'Always attempt to pull a newer version of the image' },
    quiet: { short: 'q', type: 'bool', usage: 'Suppress the build output and print image ID on success' },
    rm: { type: 'bool', usage: 'Remove intermediate containers after a successful build', default: 'true' },
    'security-opt': { type: 'strings', usage: 'Security options' },
    'shm-size': { type: 'bytes', usage: 'Size of "/dev/shm"' },
    squash: { type: 'bool', usage: 'Squash newly built layers into a single new layer', experimental: true },
    tag: { short: 't', type: 'list', usage: 'Name and optionally a tag in the "name:tag" format' },
    target: { type: 'string', usage: 'Set the target build stage to build.' },
    ulimit: { type: 'ulimit', usage: 'Ulimit options', default: '[]' },
  },
  run: unavailable,
})

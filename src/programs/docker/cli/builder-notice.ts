/** docker/cli's processBuilder (cmd/docker/builder.go) on a machine without the buildx plugin: `docker build`,
 *  `docker image build` and `docker builder …` print the legacy-builder deprecation notice on stderr first (even
 *  before `--help` or a usage error); DOCKER_BUILDKIT=0 gives the "BuildKit is currently disabled" notice instead,
 *  DOCKER_BUILDKIT=1 makes the missing plugin an error, and `docker bake` is always one.
 *  Invariant: only the words after the global options decide; nothing is parsed here. */
import { parseGoBool } from './go-strconv'

const BUILDX_MISSING_WARNING = `DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            Install the buildx component to build images with BuildKit:
            https://docs.docker.com/go/buildx/`

const BUILDKIT_DISABLED_WARNING = `DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0
            environment-variable.`

const BUILDX_MISSING_ERROR = `ERROR: BuildKit is enabled but the buildx component is missing or broken.
       Install the buildx component to build images with BuildKit:
       https://docs.docker.com/go/buildx/`

const BAKE_MISSING_ERROR = `ERROR: docker bake requires the buildx component but it is missing or broken.
       Install the buildx component to use bake:
       https://docs.docker.com/go/buildx/`

const FORWARDED = [['bake'], ['builder'], ['build'], ['image', 'build']]

/** What to print on stderr before going on, or the error that ends the command (exit 1). */
export function builderNotice(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): { notice?: string; error?: string } {
  let disabled = false
  let useBuilder = false
  const v = env.DOCKER_BUILDKIT
  if (v !== undefined && v !== '') {
    const b = parseGoBool(v)
    if (!b.ok) return { error: `DOCKER_BUILDKIT environment variable expects boolean value: ${b.error}` }
    if (b.value) useBuilder = true
    else disabled = true
  }
  if (disabled && args[0] === 'bake') disabled = false
  if (!FORWARDED.some((prefix) => prefix.every((w, i) => args[i] === w))) return {}
  if (disabled) return { notice: BUILDKIT_DISABLED_WARNING + '\n\n' }
  if (args[0] === 'bake') return { error: BAKE_MISSING_ERROR }
  if (useBuilder) return { error: BUILDX_MISSING_ERROR }
  return { notice: BUILDX_MISSING_WARNING + '\n\n' }
}

/** `docker` itself: its global options (docker/cli cli/flags ClientOptions.InstallFlags, plus -v/--version) and the
 *  top-level help's closing line. The paths in defaults are root's, the only user of the sandbox.
 *  Invariant: these flags are the root's own (not inherited): `docker ps -D` is an unknown shorthand, as in docker. */
import { defineRoot } from '../cli/define-command'

export const docker = defineRoot({
  use: '[OPTIONS] COMMAND [ARG...]',
  short: 'A self-sufficient runtime for containers',
  additionalHelp: 'For more help on how to use Docker, head to https://docs.docker.com/go/guides/',
  flags: {
    config: { type: 'string', usage: 'Location of client config files', default: '/root/.docker' },
    context: {
      short: 'c',
      type: 'string',
      usage: 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context ' +
        'set with "docker context use")',
    },
    debug: { short: 'D', type: 'bool', usage: 'Enable debug mode' },
    host: { short: 'H', type: 'list', usage: 'Daemon socket to connect to' },
    'log-level': {
      short: 'l',
      type: 'string',
      usage: 'Set the logging level ("debug", "info", "warn", "error", "fatal")',
      default: 'info',
    },
    tls: { type: 'bool', usage: 'Use TLS; implied by --tlsverify' },
    tlscacert: { type: 'string', usage: 'Trust certs signed only by this CA', default: '/root/.docker/ca.pem' },
    tlscert: { type: 'string', usage: 'Path to TLS certificate file', default: '/root/.docker/cert.pem' },
    tlskey: { type: 'string', usage: 'Path to TLS key file', default: '/root/.docker/key.pem' },
    tlsverify: { type: 'bool', usage: 'Use TLS and verify the remote' },
    version: { short: 'v', type: 'bool', usage: 'Print version information and quit' },
  },
})

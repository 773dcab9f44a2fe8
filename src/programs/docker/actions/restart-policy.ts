/** `--restart`: the client's opts.ParseRestartPolicy (NAME[:COUNT]) and the daemon's ValidateRestartPolicy. */
import type { RestartPolicyName } from '../../../engine/container/container-record'

export function readRestartPolicy(policy: string): { name: RestartPolicyName; maximumRetryCount: number } | { error: string } {
  if (policy === '') return { name: 'no', maximumRetryCount: 0 }
  const colon = policy.indexOf(':')
  const name = colon < 0 ? policy : policy.slice(0, colon)
  const count = colon < 0 ? '' : policy.slice(colon + 1)
  if (colon === 0) return { error: 'invalid restart policy format: no policy provided before colon' }
  let max = 0
  if (count !== '') {
    if (!/^[+-]?\d+$/.test(count)) return { error: 'invalid restart policy format: maximum retry count must be an integer' }
    max = Number(count)
  }
  switch (name) {
    case 'always': case 'unless-stopped': case 'no':
      if (max !== 0) return { error: `Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'${max < 0 ? ' and cannot be negative' : ''}` }
      return { name, maximumRetryCount: 0 }
    case 'on-failure':
      if (max < 0) return { error: 'Error response from daemon: invalid restart policy: maximum retry count cannot be negative' }
      return { name, maximumRetryCount: max }
    default:
      return { error: `Error response from daemon: invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'` }
  }
}

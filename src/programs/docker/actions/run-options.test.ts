import { describe, expect, it } from 'vitest'
import { parsePortSpec } from './run-options'
import { readRestartPolicy } from './restart-policy'

describe('-p as nat.ParsePortSpec reads it', () => {
  it.each([
    ['80', { '80/tcp': [{ hostIp: '', hostPort: '' }] }],
    ['8080:80', { '80/tcp': [{ hostIp: '', hostPort: '8080' }] }],
    ['127.0.0.1:8080:80/udp', { '80/udp': [{ hostIp: '127.0.0.1', hostPort: '8080' }] }],
    ['[::1]:8080:80', { '80/tcp': [{ hostIp: '::1', hostPort: '8080' }] }],
    ['8000-8001:9000-9001', { '9000/tcp': [{ hostIp: '', hostPort: '8000' }], '9001/tcp': [{ hostIp: '', hostPort: '8001' }] }],
  ])('%s', (spec, bindings) => {
    expect(parsePortSpec(spec)).toEqual({ bindings })
  })

  it.each([
    ['80:80:80:80', 'invalid IP address: 80:80'],
    ['99999:80', 'invalid hostPort: 99999'],
    ['80:abc', 'invalid containerPort: abc'],
    ['80/xyz', 'invalid proto: xyz'],
    ['8000-8002:80-81', 'invalid ranges specified for container and host Ports: 80-81 and 8000-8002'],
  ])('refuses %s', (spec, error) => {
    expect(parsePortSpec(spec)).toEqual({ error })
  })
})

describe('--restart', () => {
  it('takes a policy and, for on-failure, a retry count', () => {
    expect(readRestartPolicy('always')).toEqual({ name: 'always', maximumRetryCount: 0 })
    expect(readRestartPolicy('on-failure:3')).toEqual({ name: 'on-failure', maximumRetryCount: 3 })
    expect(readRestartPolicy('always:3')).toEqual({ error: "Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'" })
    expect(readRestartPolicy('bogus')).toEqual({ error: "Error response from daemon: invalid restart policy: unknown policy 'bogus'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'" })
  })
})

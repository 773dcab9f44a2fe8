import { describe, expect, it } from 'vitest'
import { displayablePorts } from './ps'

const p = (privatePort: number, ip = '', publicPort = 0, type = 'tcp') => ({ ip, privatePort, publicPort, type })

describe('the PORTS column (formatter.DisplayablePorts)', () => {
  it('publishes on IPv4 and IPv6', () => {
    expect(displayablePorts([p(80, '0.0.0.0', 8080), p(80, '::', 8080)])).toBe('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp')
  })

  it('puts bare and same-port entries first, other host ports after', () => {
    expect(displayablePorts([p(80, '0.0.0.0', 8080), p(80, '::', 8080), p(443)])).toBe('443/tcp, 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp')
    expect(displayablePorts([p(80), p(8080, '0.0.0.0', 32768), p(8080, '::', 32768)])).toBe('80/tcp, 0.0.0.0:32768->8080/tcp, [::]:32768->8080/tcp')
    expect(displayablePorts([p(80, '0.0.0.0', 80), p(80, '::', 80)])).toBe('0.0.0.0:80->80/tcp, [::]:80->80/tcp')
  })

  it('groups consecutive ports into ranges', () => {
    expect(displayablePorts([8000, 8001, 8002].flatMap((n) => [p(n, '0.0.0.0', n)]))).toBe('0.0.0.0:8000-8002->8000-8002/tcp')
    expect(displayablePorts([p(80), p(81), p(443)])).toBe('80-81/tcp, 443/tcp')
  })
})

import { describe, expect, it } from 'vitest'
import { familiarString, fullString, parseReference, withDefaultTag } from './reference'

const normal = (s: string) => fullString(withDefaultTag(parseReference(s)))

describe('image references', () => {
  it('normalises a bare name to docker.io/library with the latest tag', () => {
    expect(normal('alpine')).toBe('docker.io/library/alpine:latest')
    expect(normal('bitnami/nginx:1.27')).toBe('docker.io/bitnami/nginx:1.27')
    expect(normal('localhost:5000/app')).toBe('localhost:5000/app:latest')
    expect(normal('registry.example.com/team/app:v1')).toBe('registry.example.com/team/app:v1')
  })
  it('shows the familiar form, without docker.io and library', () => {
    expect(familiarString(withDefaultTag(parseReference('docker.io/library/nginx')))).toBe('nginx:latest')
    expect(familiarString(parseReference('nginx@sha256:' + 'a'.repeat(64)))).toBe('nginx@sha256:' + 'a'.repeat(64))
  })
  it('rejects upper case with Docker\'s message naming the normalised path', () => {
    expect(() => parseReference('NGINX')).toThrow('invalid reference format: repository name (library/NGINX) must be lowercase')
    expect(() => parseReference('Foo')).toThrow('repository name (library/Foo) must be lowercase')
  })
  it('rejects an empty tag or name as plain invalid reference format', () => {
    expect(() => parseReference('nginx:')).toThrow(/^invalid reference format$/)
    expect(() => parseReference(':latest')).toThrow(/^invalid reference format$/)
  })
  it('keeps a digest and adds no tag to it', () => {
    const d = 'sha256:' + 'b'.repeat(64)
    expect(normal(`nginx@${d}`)).toBe(`docker.io/library/nginx@${d}`)
  })
})

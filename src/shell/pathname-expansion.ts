/** Pathname expansion (globbing) against an Fs: each `/`-separated component with glob characters is matched
 *  against a directory listing; a leading `.` must be matched explicitly; results are sorted by code point (the C
 *  locale's order). No match gives an empty list: the caller then keeps the word as it was, as bash does. */
import type { Fs } from '../os/fs'
import { hasGlobCharacters, matchPattern, unescapePattern } from './pattern'
import { resolvePath } from './resolve-path'

const join = (prefix: string, name: string) => (prefix === '' ? name : prefix.endsWith('/') ? prefix + name : `${prefix}/${name}`)

function listDirectory(fs: Fs, path: string): string[] {
  try {
    const stat = fs.stat(path)
    if (!stat || stat.type !== 'dir') return []
    return fs.readdir(path)
  } catch {
    return []
  }
}

function isDirectory(fs: Fs, path: string): boolean {
  try {
    return fs.stat(path)?.type === 'dir'
  } catch {
    return false
  }
}

function exists(fs: Fs, path: string): boolean {
  try {
    return fs.lstat(path) !== undefined
  } catch {
    return false
  }
}

export function expandPathname(pattern: string, fs: Fs, cwd: string): string[] {
  const absolute = pattern.startsWith('/')
  const components = pattern.split('/')
  if (absolute) components.shift()
  const trailingSlash = components.length > 1 && components[components.length - 1] === ''
  if (trailingSlash) components.pop()
  let paths = [absolute ? '/' : '']
  let lastWasLiteral = true
  for (let k = 0; k < components.length; k++) {
    const component = components[k]
    const last = k === components.length - 1
    if (component === '') { paths = paths.map((p) => p + '/'); continue }
    if (!hasGlobCharacters(component)) {
      const name = unescapePattern(component)
      paths = paths.map((p) => join(p, name))
      lastWasLiteral = true
      continue
    }
    lastWasLiteral = false
    const explicitDot = component.startsWith('.') || component.startsWith('\\.')
    const next: string[] = []
    for (const prefix of paths) {
      const dir = resolvePath(cwd, prefix || '.')
      for (const name of listDirectory(fs, dir).sort()) {
        if (name.startsWith('.') && !explicitDot) continue
        if (!matchPattern(component, name)) continue
        const path = join(prefix, name)
        if ((!last || trailingSlash) && !isDirectory(fs, resolvePath(cwd, path))) continue
        next.push(path)
      }
    }
    paths = next
    if (paths.length === 0) return []
  }
  if (lastWasLiteral) paths = paths.filter((p) => exists(fs, resolvePath(cwd, p)))
  return paths.map((p) => (trailingSlash ? p + '/' : p)).sort()
}

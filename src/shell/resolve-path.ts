/** Paths as the shell sees them: relative to its working directory, and normalised lexically the way `cd` keeps
 *  $PWD (`/a/b/..` is `/a`, whatever symlinks say). The Fs resolves `.`/`..` itself, so only `cd` normalises. */

export function resolvePath(cwd: string, path: string): string {
  if (path.startsWith('/')) return path
  if (path === '' || path === '.') return cwd
  return cwd === '/' ? `/${path}` : `${cwd}/${path}`
}

/** `/a/./b//c/..` → `/a/b`. The path must be absolute. */
export function normalizePath(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return '/' + out.join('/')
}

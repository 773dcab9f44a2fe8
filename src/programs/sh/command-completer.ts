/** Tab completion at the shell prompt: commands (builtins and PATH) for the first word, docker's subcommands,
 *  flags, images and containers after `docker`, and file paths everywhere else. */
import type { Completer } from '../../terminal/completion'
import type { Process } from '../../os/process'
import type { Engine } from '../../engine/daemon/engine'
import { resolvePath } from '../../os/path'

type DockerCompleter = typeof import('../docker/cli/complete-docker-args').completeDockerArgs

let dockerCompleter: DockerCompleter | undefined
/** The docker declarations load lazily; completion uses them once they are in. */
let dockerCompletion: Promise<void> | undefined
/** Loads docker's words for completion (once); resolves when Tab can complete them. */
export function preloadDockerCompletion(): Promise<void> {
  dockerCompletion ??= import('../docker/cli/complete-docker-args').then((m) => { dockerCompleter = m.completeDockerArgs })
  return dockerCompletion
}

function files(p: Process, word: string, dirsOnly = false): string[] {
  const slash = word.lastIndexOf('/')
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : ''
  const base = word.slice(slash + 1)
  const dir = resolvePath(p, dirPart || '.')
  let names: string[]
  try { names = p.fs.readdir(dir) } catch { return [] }
  return names
    .filter((n) => n.startsWith(base) && (base.startsWith('.') || !n.startsWith('.')))
    .map((n) => ({ n, st: p.fs.stat(`${dir.replace(/\/$/, '')}/${n}`) }))
    .filter(({ st }) => !dirsOnly || st?.type === 'dir')
    .map(({ n, st }) => dirPart + n + (st?.type === 'dir' ? '/' : ''))
}

function commands(p: Process, word: string, builtins: readonly string[]): string[] {
  if (word.includes('/')) return files(p, word)
  const out = new Set(builtins.filter((b) => b.startsWith(word)))
  for (const dir of (p.env.PATH ?? '').split(':')) {
    try { for (const n of p.fs.readdir(dir)) if (n.startsWith(word)) out.add(n) } catch { /* a PATH entry that does not exist */ }
  }
  return [...out].sort()
}

export function createCommandCompleter(p: Process, builtins: readonly string[]): Completer {
  return (line, cursor) => {
    const before = line.slice(0, cursor)
    const segment = before.split(/[;&|]/).pop() ?? ''
    const words = segment.trimStart().split(/\s+/)
    const current = words.pop() ?? ''
    const start = cursor - current.length
    if (words.length === 0) return { start, end: cursor, candidates: commands(p, current, builtins) }
    if (words[0] === 'docker' && dockerCompleter) {
      const engine = p.host.service<Engine>('engine')
      const up = engine?.isRunning() ?? false
      const candidates = dockerCompleter(words, current, {
        images: () => (up ? engine!.imageRows().filter((r) => r.repository !== '<none>').map((r) => `${r.repository}:${r.tag}`) : []),
        containers: () => (up ? engine!.containers().map((c) => c.name) : []),
        files: (prefix) => files(p, prefix),
      })
      return { start, end: cursor, candidates }
    }
    return { start, end: cursor, candidates: files(p, current, words[0] === 'cd') }
  }
}

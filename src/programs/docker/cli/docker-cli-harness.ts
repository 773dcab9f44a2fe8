/** A way to run the docker CLI in tests and see exactly what a person would: `givenDockerCli().run('ps --help')`
 *  resolves to { stdout, stderr, code }. The process is a stub: the CLI layer only reads env, tty and isatty.
 *  Invariant: no handler output is faked here; commands still answer through their declarations. */
import type { DockerApi } from '../docker-api'
import type { Process } from '../../../os/process'
import { createBufferWriter } from '../../../os/stream'
import type { DockerRegistry } from './define-command'
import { runDockerCli } from './run-docker-cli'
import type { ServerInfo } from './server-info'

export interface CliRun { stdout: string; stderr: string; code: number }

/** Splits like a shell for plain words and '…' / "…" quoting (enough for tests). */
export function splitWords(line: string): string[] {
  const words: string[] = []
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g
  let cur: string | undefined
  let last = -1
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const piece = m[1] ?? m[2] ?? m[3]
    if (cur !== undefined && m.index === last) cur += piece
    else { if (cur !== undefined) words.push(cur); cur = piece }
    last = m.index + m[0].length
  }
  if (cur !== undefined) words.push(cur)
  return words
}

export function givenDockerCli() {
  let cols = 80
  let env: Record<string, string> = {}
  let tty = false
  let serverInfo: ServerInfo | undefined
  let registry: DockerRegistry | undefined
  const builder = {
    withCols(n: number) { cols = n; return builder },
    withEnv(e: Record<string, string>) { env = e; return builder },
    onTerminal() { tty = true; return builder },
    withServer(info: ServerInfo) { serverInfo = info; return builder },
    withRegistry(r: DockerRegistry) { registry = r; return builder },
    async run(line: string | readonly string[]): Promise<CliRun> {
      const argv = ['docker', ...(typeof line === 'string' ? splitWords(line) : line)]
      const stdout = createBufferWriter()
      const stderr = createBufferWriter()
      const proc = {
        pid: 100, argv, env, cwd: '/root', stdout, stderr, tty: null,
        isatty: () => tty,
      } as unknown as Process
      const code = await runDockerCli(argv, { process: proc, api: {} as DockerApi, cols, serverInfo, registry })
      return { stdout: stdout.text(), stderr: stderr.text(), code }
    },
  }
  return builder
}

/** The shells: bash (the CentOS host, debian, ubuntu), dash as /bin/sh on debian, and busybox ash (alpine).
 *  One program over src/shell. Interactive on a terminal: prompt, line editor with history and completion,
 *  continuation lines (`> `) for unfinished input, `!!`, Ctrl-C that cancels the line or the foreground job.
 *  Otherwise it runs `-c` text, a script file, or its standard input. */
import { credentials } from '../coreutils/credentials'
import { Killed, type Process, type Program } from '../../os/process'
import { readAllText } from '../../os/stream'
import type { LineResult, ReadLineOptions } from '../../os/tty'
import type { Shell } from '../../shell/shell'
import type { Builtin } from '../../shell/builtin'
import { basename, resolvePath } from '../../os/path'
import { promptStyle, renderPrompt } from './prompt'
import { createCommandCompleter, preloadDockerCompletion } from './command-completer'

/** Builtin names offered by completion. */
const SHELL_BUILTINS = ['alias', 'cd', 'echo', 'exit', 'export', 'history', 'printf', 'pwd', 'read', 'source', 'type', 'unalias', 'unset']

/** bash's own builtins that live with the tools they share code with. */
const bashOnly: Record<string, Builtin> = {
  help: async (ctx) => (await import('../coreutils/bash-help')).help(ctx.process, ctx.argv.slice(1) as string[]),
  kill: async (ctx) => (await import('../coreutils/process-applets')).killCommand(ctx.process, ctx.argv.slice(1) as string[], 'bash', '-bash: '),
}

interface HistoryOwner { history: string[]; commandLog: { line: string; status: number }[]; sync(): Promise<void> }

function shellProgram(dialect: 'bash' | 'ash'): Program {
  return async (p) => {
    const args = p.argv.slice(1)
    const login = args[0] === '-l' || args[0] === '--login' || p.argv[0].startsWith('-')
    if (login) args.shift()
    const name = dialect === 'ash' ? 'sh' : basename(p.argv[0]).replace(/^-/, '')
    if (args[0] === '-c') {
      if (args.length < 2) { p.stderr.write(`${name}: -c: option requires an argument\n`); return 2 }
      const { createShell } = await import('../../shell/shell')
      const shell = createShell({ process: p, dialect, name: args[2] ?? name, commandSource: '-c', args: args.slice(3) })
      const status = await shell.run(args[1])
      await shell.waitForJobs()
      return status
    }
    if (args.length && !args[0].startsWith('-')) {
      const path = resolvePath(p, args[0])
      let text: string
      try { text = p.fs.readText(path) } catch {
        p.stderr.write(`${name}: ${args[0]}: No such file or directory\n`)
        return 127
      }
      const { createShell } = await import('../../shell/shell')
      return createShell({ process: p, dialect, name: args[0], commandSource: args[0], args: args.slice(1) }).run(text)
    }
    if (p.tty && p.isatty(0)) return interactive(p, dialect, login ? `-${name}` : name)
    const { createShell } = await import('../../shell/shell')
    return createShell({ process: p, dialect, name }).run(await readAllText(p.stdin))
  }
}

async function interactive(p: Process, dialect: 'bash' | 'ash', name: string): Promise<number> {
  const tty = p.tty!
  let interrupted = false
  p.onSignal((sig) => { if (sig === 'SIGINT') interrupted = true })
  const owner = p.host.service<HistoryOwner>('machine')
  const history = owner?.history ?? []
  const historyBuiltin: Builtin = async (ctx) => {
    if (ctx.argv[1] === '-c') { history.length = 0; return 0 }
    const width = String(history.length).length
    history.forEach((h, i) => ctx.stdout.write(`${String(i + 1).padStart(Math.max(5, width))}  ${h}\n`))
    return 0
  }
  // The language itself (parser, interpreter) loads while the first prompt waits for the learner's first line.
  // An interactive shell survives Ctrl-C (it handles SIGINT), but the line it is running must stop: the shell
  // sees a process whose checkpoint throws once SIGINT arrived during the current line.
  const interruptible = new Proxy(p, {
    get(target, key, receiver) {
      if (key === 'checkpoint') return () => { target.checkpoint(); if (interrupted) throw new Killed('SIGINT') }
      return Reflect.get(target, key, receiver)
    },
  })
  const loading = import('../../shell/shell').then((m) => m.createShell({ process: interruptible, dialect, name, interactive: true, extraBuiltins: { history: historyBuiltin, ...(dialect === 'bash' ? bashOnly : {}) } }))
  let shell: Shell | undefined
  let completionLoading = false
  const style = promptStyle(p.fs, dialect)
  const complete = createCommandCompleter(p, SHELL_BUILTINS)
  /** Reads a line; a fatal signal (SIGKILL, say) ends the wait, and the terminal forgets the half-read line. */
  const readLine = async (options: ReadLineOptions): Promise<LineResult> => {
    let cancel!: () => void
    const cancelled = new Promise<void>((resolve) => { cancel = resolve })
    try { return await p.wait(tty.readLine({ ...options, cancel: cancelled })) } catch (e) { cancel(); throw e }
  }

  for (;;) {
    const prompt = renderPrompt(style, { user: p.env.USER ?? credentials(p).user ?? 'I have no name!', host: p.host.hostname, cwd: p.cwd, home: shell?.handle.getVar('HOME') ?? p.env.HOME ?? '/root' })
    let source = ''
    let text: string | null = null
    for (let first = true; ; first = false) {
      const reading = readLine({ prompt: first ? prompt : (shell?.handle.getVar('PS2') ?? '> '), history, complete })
      // docker's declarations (for completion) load once the prompt has been drawn, so that Tab on the very first
      // line (`docker ima<Tab>`) already completes.
      // On the host they wait for the machine to be ready, which in the browser is after the first prompt is painted.
      if (!completionLoading) {
        completionLoading = true
        const ready = p.host.service<{ ready: Promise<void> }>('machine')?.ready
        if (ready) void ready.then(preloadDockerCompletion, () => {}); else void preloadDockerCompletion()
      }
      const r = await reading
      shell ??= await loading
      if (r.kind === 'interrupt') { text = null; shell.state.status = 130; break }
      if (r.kind === 'eof') {
        if (!first) { tty.write(`${name.replace(/^-/, '')}: syntax error: unexpected end of file\n`); text = null; break }
        tty.write(name.startsWith('-') ? 'logout\n' : 'exit\n')
        return shell.status
      }
      source = first ? r.line : `${source}\n${r.line}`
      if (source.includes('!!') && history.length) {
        source = source.replace(/!!/g, history[history.length - 1])
        tty.write(`${source}\n`)
      }
      const parsed = shell.parse(source)
      if (parsed.status === 'incomplete') continue
      if (parsed.status === 'error') { p.stderr.write(shell.formatFailure(parsed.failure, source)); shell.state.status = 2; text = null; history.push(source); break }
      text = source
      break
    }
    if (text === null || text.trim() === '') { await owner?.sync(); continue }
    if (history[history.length - 1] !== text) history.push(text)
    interrupted = false
    const sh = shell!
    const run = () => sh.run(text!)
    const status = await (tty.foreground ? tty.foreground((sig) => p.signal(sig), run) : run()).catch(() => 130)
    if (interrupted && status >= 128) tty.write('\n')
    owner?.commandLog.push({ line: text, status })
    if (sh.exited) return sh.status
    await owner?.sync()
  }
}

export const bash: Program = shellProgram('bash')
export const dash: Program = shellProgram('bash')
export const ash: Program = shellProgram('ash')

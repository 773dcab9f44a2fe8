/** Walks the syntax tree: lists, and-or lists, pipelines, compound commands, subshells and background jobs.
 *  Pipeline stages run concurrently, each in a subshell, joined by pipes; a stage's pipe is closed when the stage
 *  ends, and once a reader ends its writer is marked broken (SIGPIPE for shell loops; writes are dropped).
 *  The status of a pipeline is its last stage's (or, with pipefail, the last failing one's).
 *  Compound commands are in compound-commands.ts; `time` reports with the machine clock. */
import { createPipe, emptyReader } from '../os/stream'
import type { Writer } from '../os/stream'
import type { AndOr, Command, Pipeline, Script } from './ast'
import { runCompound } from './compound-commands'
import { BrokenPipe, ExitSignal, LoopSignal, ReturnSignal } from './control-flow'
import { ExpansionError } from './expansion-context'
import { formatParseFailure } from './parse-failure'
import { createLineParser } from './parser'
import { applyRedirects } from './redirection'
import type { Executor, Io, Runtime } from './runtime'
import { checkpoint, createSubshell, markBroken, report } from './runtime'
import { runSimple } from './simple-command'

async function runScript(rt: Runtime, script: Script, io: Io): Promise<number> {
  let status = 0
  for (const item of script.items) {
    checkpoint(rt, io)
    if (item.background) {
      startBackground(rt, item.command, io)
      status = 0
    } else {
      status = await runAndOr(rt, item.command, io)
    }
    rt.state.status = status
  }
  return status
}

async function runAndOr(rt: Runtime, andOr: AndOr, io: Io): Promise<number> {
  let status = await runPipeline(rt, andOr.first, io, andOr.rest.length > 0)
  for (let i = 0; i < andOr.rest.length; i++) {
    const { op, pipeline } = andOr.rest[i]
    if ((op === '&&') !== (status === 0)) continue
    status = await runPipeline(rt, pipeline, io, i < andOr.rest.length - 1)
  }
  return status
}

/** What bash's `time` keyword prints; user and system time are not modelled. */
function timeReport(ms: number, format: 'bash' | 'posix'): string {
  if (format === 'posix') return `real ${(ms / 1000).toFixed(2)}\nuser 0.00\nsys 0.00\n`
  const clock = (t: number) => `${Math.floor(t / 60000)}m${((t % 60000) / 1000).toFixed(3)}s`
  return `\nreal\t${clock(ms)}\nuser\t${clock(0)}\nsys\t${clock(0)}\n`
}

async function runPipeline(rt: Runtime, pipeline: Pipeline, io: Io, tested: boolean): Promise<number> {
  const host = rt.config.process.host
  const started = pipeline.timed ? host.now() : 0
  const quiet = tested || pipeline.negate
  if (quiet) rt.testedDepth++
  let status: number
  try {
    status = pipeline.commands.length === 0 ? 0 // a lone `!`
      : pipeline.commands.length === 1 ? await runCommand(rt, pipeline.commands[0], io)
        : await runStages(rt, pipeline, io)
  } finally {
    if (quiet) rt.testedDepth--
  }
  if (pipeline.negate) status = status === 0 ? 1 : 0
  if (pipeline.timed) io.stderr.write(timeReport(host.now() - started, pipeline.timed))
  rt.state.status = status
  if (status !== 0 && !quiet && rt.testedDepth === 0 && rt.state.options.errexit) throw new ExitSignal(status)
  return status
}

function createStagePipe() {
  const pipe = createPipe()
  let broken = false
  const writer: Writer = {
    write(data) { if (!broken) pipe.writer.write(data) },
    close() { pipe.writer.close?.() },
    get broken() { return broken },
  }
  return { reader: pipe.reader, writer, breakPipe() { broken = true; markBroken(writer) } }
}

async function runStages(rt: Runtime, pipeline: Pipeline, io: Io): Promise<number> {
  const n = pipeline.commands.length
  const pipes = Array.from({ length: n - 1 }, createStagePipe)
  const stages = pipeline.commands.map(async (command, i) => {
    const stdout = i === n - 1 ? io.stdout : pipes[i].writer
    const stageIo: Io = { stdin: i === 0 ? io.stdin : pipes[i - 1].reader, stdout, stderr: pipeline.withStderr[i] ? stdout : io.stderr }
    try {
      const sub = createSubshell(rt)
      return await isolate(sub, stageIo, () => runCommand(sub, command, stageIo))
    } finally {
      if (i < n - 1) pipes[i].writer.close?.()
      if (i > 0) pipes[i - 1].breakPipe()
    }
  })
  const results = await Promise.allSettled(stages)
  const statuses: number[] = []
  for (const r of results) {
    if (r.status === 'rejected') throw r.reason
    statuses.push(r.value)
  }
  if (rt.state.options.pipefail) return [...statuses].reverse().find((s) => s !== 0) ?? 0
  return statuses[n - 1]
}

/** Runs `body` so that exit, return, break, a broken pipe or an expansion error end only this (sub)shell. */
async function isolate(rt: Runtime, io: Io, body: () => Promise<number>): Promise<number> {
  try {
    return await body()
  } catch (e) {
    if (e instanceof ExitSignal || e instanceof ReturnSignal) return e.status
    if (e instanceof LoopSignal) return 0
    if (e instanceof BrokenPipe) return 141
    if (e instanceof ExpansionError) { report(rt, io, e.message); return 1 }
    throw e
  }
}

function runSubshell(rt: Runtime, body: Script, parentIo: Io): Promise<number> {
  const sub = createSubshell(rt)
  const io = { ...parentIo } // `exec >f` in the subshell must not redirect its parent
  return isolate(sub, io, () => runScript(sub, body, io))
}

function startBackground(rt: Runtime, andOr: AndOr, io: Io): void {
  const sub = createSubshell(rt)
  const jobIo = { ...io, stdin: emptyReader }
  // A job killed with the shell, or failing, must not surface as an unhandled rejection.
  const job = isolate(sub, jobIo, () => runAndOr(sub, andOr, jobIo)).catch(() => 130)
  rt.jobs.add(job)
  void job.then(() => rt.jobs.delete(job))
}

async function runCommand(rt: Runtime, command: Command, io: Io): Promise<number> {
  if (command.type === 'simple') return runSimple(rt, command, io)
  if (command.type === 'function') {
    rt.line = command.line
    rt.state.functions.set(command.name, command)
    return 0
  }
  rt.line = command.line
  const redirected = await applyRedirects(rt, command.redirects, io)
  if (!redirected) return 1
  return runCompound(rt, command, redirected)
}


/** Parses and runs text line by line. A syntax error stops it with status 2 (and ends a non-interactive shell
 *  when `fatal`); an expansion error abandons the rest of its line, or ends a non-interactive shell. */
async function runSource(rt: Runtime, source: string, io: Io, commandSource?: string, fatal = false): Promise<number> {
  const lines = createLineParser(source, {
    aliases: rt.state.options.expandAliases ? rt.state.aliases : undefined,
    timeKeyword: rt.config.dialect === 'bash',
  })
  let status = 0
  for (;;) {
    const step = lines.next()
    if (step.status !== 'ok') {
      const { dialect, name, interactive } = rt.config
      io.stderr.write(formatParseFailure(step.failure, { dialect, name, interactive, commandSource: commandSource ?? rt.config.commandSource, source }))
      rt.state.status = 2
      if (fatal && !interactive) throw new ExitSignal(2)
      return 2
    }
    if (!step.script) return status
    try {
      status = await runScript(rt, step.script, io)
    } catch (e) {
      if (!(e instanceof ExpansionError)) throw e
      report(rt, io, e.message)
      status = 1
      rt.state.status = 1
      if (!rt.config.interactive) throw new ExitSignal(e.status)
    }
  }
}

export const executor: Executor & { sourceTopLevel: typeof runSource } = {
  script: runScript,
  command: runCommand,
  subshell: runSubshell,
  source: (rt, source, io, commandSource) => runSource(rt, source, io, commandSource),
  sourceTopLevel: runSource,
}

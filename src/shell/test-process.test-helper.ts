/** A tiny machine for the shell's tests: a map-backed Fs, a Process whose `spawn` runs a table of fake programs
 *  (echo-args, cat, seq, true, false, printenv, wc-l, head-1, pwd-of, sleep, fail-with), and buffers for stdout
 *  and stderr. Unknown commands get bash's `command not found` and 127, as the real kernel's spawn does.
 *  `interrupt()` makes the next checkpoint throw Killed, like Ctrl-C. */
import type { Fs, Stat } from '../os/fs'
import { FsError } from '../os/fs'
import type { Process, SpawnOptions } from '../os/process'
import { Killed } from '../os/process'
import type { Reader, Writer } from '../os/stream'
import { chunkBytes, chunkText, createBufferWriter, createStaticReader, emptyReader, readAllText } from '../os/stream'
import type { Shell, ShellOptions } from './shell'
import { createShell } from './shell'

type Node = { type: 'file'; data: Uint8Array; mode: number } | { type: 'dir'; mode: number } | { type: 'symlink'; target: string }

function normalize(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return '/' + out.join('/')
}

export function createMemoryFs(files: Record<string, string> = {}): Fs {
  const nodes = new Map<string, Node>([['/', { type: 'dir', mode: 0o755 }]])
  const parentOf = (p: string) => normalize(p + '/..')
  const resolve = (path: string, followLast = true, depth = 0): string => {
    if (depth > 20) throw new FsError('ELOOP', path)
    const parts = normalize(path).split('/').filter(Boolean)
    let current = '/'
    for (let i = 0; i < parts.length; i++) {
      const next = normalize(current + '/' + parts[i])
      const node = nodes.get(next)
      if (node?.type === 'symlink' && (followLast || i < parts.length - 1)) {
        const target = node.target.startsWith('/') ? node.target : current + '/' + node.target
        current = resolve(target, true, depth + 1)
      } else {
        current = next
      }
    }
    return current
  }
  const need = (path: string) => {
    const real = resolve(path)
    const node = nodes.get(real)
    if (!node) throw new FsError('ENOENT', path)
    return { real, node }
  }
  const toStat = (node: Node): Stat => ({
    type: node.type, mode: node.type === 'symlink' ? 0o777 : node.mode, uid: 0, gid: 0, size: node.type === 'file' ? node.data.length : 4096, mtime: 0,
    ...(node.type === 'symlink' ? { target: node.target } : {}),
  })
  const fs: Fs = {
    stat(path) { const n = nodes.get(resolve(path)); return n ? toStat(n) : undefined },
    lstat(path) { const n = nodes.get(resolve(path, false)); return n ? toStat(n) : undefined },
    readFile(path) {
      const { node } = need(path)
      if (node.type === 'dir') throw new FsError('EISDIR', path)
      return node.type === 'file' ? node.data : new Uint8Array()
    },
    readText(path) { return new TextDecoder().decode(fs.readFile(path)) },
    writeFile(path, data, options = {}) {
      const real = resolve(path)
      const parent = nodes.get(parentOf(real))
      if (!parent) throw new FsError('ENOENT', path)
      if (parent.type !== 'dir') throw new FsError('ENOTDIR', path)
      const old = nodes.get(real)
      if (old?.type === 'dir') throw new FsError('EISDIR', path)
      const bytes = chunkBytes(data)
      const before = options.append && old?.type === 'file' ? old.data : new Uint8Array()
      const merged = new Uint8Array(before.length + bytes.length)
      merged.set(before)
      merged.set(bytes, before.length)
      nodes.set(real, { type: 'file', data: merged, mode: options.mode ?? (old?.type === 'file' ? old.mode : 0o644) })
    },
    readdir(path) {
      const { real, node } = need(path)
      if (node.type !== 'dir') throw new FsError('ENOTDIR', path)
      return [...nodes.keys()].filter((k) => k !== real && parentOf(k) === real).map((k) => k.slice(k.lastIndexOf('/') + 1))
    },
    mkdir(path, options = {}) {
      const real = resolve(path)
      if (nodes.has(real)) { if (options.parents) return; throw new FsError('EEXIST', path) }
      if (!nodes.has(parentOf(real))) {
        if (!options.parents) throw new FsError('ENOENT', path)
        fs.mkdir(parentOf(real), options)
      }
      nodes.set(real, { type: 'dir', mode: options.mode ?? 0o755 })
    },
    unlink(path) { const real = resolve(path, false); if (!nodes.delete(real)) throw new FsError('ENOENT', path) },
    rmdir(path) { const { real } = need(path); for (const k of [...nodes.keys()]) if (k === real || k.startsWith(real + '/')) nodes.delete(k) },
    rename(from, to) { const { real, node } = need(from); nodes.delete(real); nodes.set(resolve(to), node) },
    symlink(target, path) { nodes.set(resolve(path, false), { type: 'symlink', target }) },
    chmod(path, mode) { const { node } = need(path); if (node.type !== 'symlink') node.mode = mode },
    realpath(path) { const real = resolve(path); return nodes.has(real) ? real : undefined },
  }
  for (const [path, content] of Object.entries(files)) {
    if (path.endsWith('/')) { fs.mkdir(path, { parents: true }); continue }
    fs.mkdir(parentOf(normalize(path)), { parents: true })
    fs.writeFile(path, content)
  }
  return fs
}

export interface FakeRun {
  argv: string[]
  /** Moves the machine clock forward. */
  advance(ms: number): void
  stdin: Reader
  stdout: Writer
  stderr: Writer
  env: Record<string, string>
  cwd: string
  fs: Fs
  checkpoint(): void
}

export type FakeProgram = (p: FakeRun) => Promise<number>

/** The named files' text (`-` is stdin), and whether each could be read, reported the way coreutils does. */
async function readInput(p: FakeRun, files: string[]): Promise<{ text: string; status: number }> {
  if (files.length === 0) return { text: await readAllText(p.stdin), status: 0 }
  let text = ''
  let status = 0
  for (const f of files) {
    if (f === '-') { text += await readAllText(p.stdin); continue }
    try {
      text += p.fs.readText(f.startsWith('/') ? f : `${p.cwd}/${f}`)
    } catch (e) {
      if (!(e instanceof FsError)) throw e
      p.stderr.write(`${p.argv[0]}: ${f}: No such file or directory\n`)
      status = 1
    }
  }
  return { text, status }
}

export const FAKE_PROGRAMS: Record<string, FakeProgram> = {
  'echo-args': async (p) => { p.stdout.write(p.argv.slice(1).map((a) => `<${a}>`).join('') + '\n'); return 0 },
  cat: async (p) => { const { text, status } = await readInput(p, p.argv.slice(1)); p.stdout.write(text); return status },
  seq: async (p) => {
    const [from, to] = p.argv.length > 2 ? [Number(p.argv[1]), Number(p.argv[2])] : [1, Number(p.argv[1])]
    for (let i = from; i <= to; i++) p.stdout.write(`${i}\n`)
    return 0
  },
  true: async () => 0,
  false: async () => 1,
  printenv: async (p) => {
    const value = p.env[p.argv[1]]
    if (value === undefined) return 1
    p.stdout.write(value + '\n')
    return 0
  },
  'wc-l': async (p) => { p.stdout.write(`${(await readInput(p, [])).text.split('\n').length - 1}\n`); return 0 },
  'head-1': async (p) => {
    let text = ''
    for (let c = await p.stdin.read(); c !== null && !text.includes('\n'); c = await p.stdin.read()) text += chunkText(c)
    p.stdout.write(text.slice(0, text.indexOf('\n') + 1))
    return 0
  },
  'pwd-of': async (p) => { p.stdout.write(p.cwd + '\n'); return 0 },
  sleep: async (p) => { p.advance(Number(p.argv[1]) * 1000); return 0 },
  'fail-with': async (p) => { p.stderr.write(`failing with ${p.argv[1]}\n`); return Number(p.argv[1]) },
}

export interface Machine {
  readonly fs: Fs
  readonly process: Process
  readonly spawned: { argv: string[]; env: Record<string, string>; cwd: string }[]
  out(): string
  err(): string
  interrupt(): void
  shell(options?: Partial<ShellOptions>): Shell
}

export interface MachineOptions {
  files?: Record<string, string>
  env?: Record<string, string>
  cwd?: string
  stdin?: string
  programs?: Record<string, FakeProgram>
}

export function givenMachine(options: MachineOptions = {}): Machine {
  const fs = createMemoryFs({ '/root/': '', '/tmp/': '', '/usr/bin/': '', ...options.files })
  const stdout = createBufferWriter()
  const stderr = createBufferWriter()
  const programs = { ...FAKE_PROGRAMS, ...options.programs }
  const spawned: Machine['spawned'] = []
  let interrupted = false
  let now = 0
  const checkpoint = () => {
    if (interrupted) { interrupted = false; throw new Killed('SIGINT') }
  }
  const which = (name: string) => (name in programs ? `/usr/bin/${name}` : undefined)
  const process: Process = {
    pid: 4242,
    argv: ['bash'],
    env: { HOME: '/root', PATH: '/usr/bin:/bin', ...options.env },
    cwd: options.cwd ?? '/root',
    fs,
    stdin: options.stdin === undefined ? emptyReader : createStaticReader(options.stdin),
    stdout,
    stderr,
    tty: null,
    isatty: () => false,
    host: { hostname: 'localhost', now: () => now, service: () => undefined },
    sleep: async (ms) => { now += ms; checkpoint() },
    wait: async (promise) => { const value = await promise; checkpoint(); return value },
    checkpoint,
    signal: (sig) => { if (sig === 'SIGINT') interrupted = true },
    onSignal: () => () => {},
    which,
    async spawn(argv, o: SpawnOptions = {}) {
      const out = o.stdout ?? stdout
      const err = o.stderr ?? stderr
      const name = argv[0].slice(argv[0].lastIndexOf('/') + 1)
      spawned.push({ argv: [...argv], env: { ...o.env }, cwd: o.cwd ?? process.cwd })
      const program = programs[name]
      if (!program) { err.write(`bash: ${argv[0]}: command not found\n`); return 127 }
      try {
        return await program({ argv: [...argv], advance: (ms) => { now += ms }, stdin: o.stdin ?? emptyReader, stdout: out, stderr: err, env: o.env ?? {}, cwd: o.cwd ?? process.cwd, fs, checkpoint })
      } catch (e) {
        if (e instanceof Killed) return 130
        throw e
      }
    },
  }
  return {
    fs,
    process,
    spawned,
    out: () => stdout.text(),
    err: () => stderr.text(),
    interrupt() { interrupted = true },
    shell: (o = {}) => createShell({ process, interactive: true, ...o }),
  }
}

/** Runs source in a fresh interactive bash on a fresh machine. */
export async function runShell(source: string, options: MachineOptions & { shell?: Partial<ShellOptions> } = {}) {
  const machine = givenMachine(options)
  const shell = machine.shell(options.shell)
  const status = await shell.run(source)
  return { status, out: machine.out(), err: machine.err(), machine, shell }
}

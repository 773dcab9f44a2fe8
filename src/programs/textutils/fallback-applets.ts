/** Applets that image scripts need and the multi-call binaries (coreutils, busybox) do not have yet: md5sum,
 *  sha1sum and sha256sum (with -c), and sed (s///, d and p commands; -n, -E/-r, -i, -e). nginx's entrypoint uses
 *  `md5sum -c` and `sed -i -E`. They serve only names the multi-call binary's own table lacks, so an applet added
 *  there wins; `find … -quit`/`-follow` are rewritten for a find that lacks them. This is a seam: these belong
 *  in programs/coreutils once it has them. */
import { md5, sha1 } from '@noble/hashes/legacy.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { Process, Program } from '../../os/process'
import { createBufferWriter, readAll } from '../../os/stream'

type Flavor = 'gnu' | 'busybox'
type Applet = (p: Process, args: string[], flavor: Flavor) => Promise<number>

const abs = (p: Process, path: string) => (path.startsWith('/') ? path : `${p.cwd.replace(/\/$/, '')}/${path}`)

async function readSource(p: Process, name: string): Promise<Uint8Array> {
  if (name === '-') return readAll(p.stdin)
  return p.fs.readFile(abs(p, name))
}

function digester(name: 'md5sum' | 'sha1sum' | 'sha256sum'): Applet {
  const hash = name === 'md5sum' ? md5 : name === 'sha1sum' ? sha1 : sha256
  return async (p, args, flavor) => {
    const check = args.includes('-c') || args.includes('--check')
    const quiet = args.includes('--quiet') || args.includes('--status')
    const files = args.filter((a) => !a.startsWith('-') || a === '-')
    if (!files.length) files.push('-')
    let status = 0
    for (const f of files) {
      let bytes: Uint8Array
      try { bytes = await readSource(p, f) } catch {
        p.stderr.write(flavor === 'gnu' ? `${name}: ${f}: No such file or directory\n` : `${name}: can't open '${f}': No such file or directory\n`)
        status = 1
        continue
      }
      if (!check) { p.stdout.write(`${bytesToHex(hash(bytes))}  ${f}\n`); continue }
      let failed = 0
      for (const line of new TextDecoder().decode(bytes).split('\n')) {
        const m = /^([0-9a-fA-F]+) [ *](.+)$/.exec(line.trim() ? line : '')
        if (!m) continue
        let ok = false
        try { ok = bytesToHex(hash(p.fs.readFile(abs(p, m[2])))) === m[1].toLowerCase() } catch { ok = false }
        if (!ok) failed++
        if (!quiet) p.stdout.write(`${m[2]}: ${ok ? 'OK' : 'FAILED'}\n`)
      }
      if (failed) {
        if (flavor === 'gnu') p.stderr.write(`${name}: WARNING: ${failed} computed checksum${failed > 1 ? 's' : ''} did NOT match\n`)
        status = 1
      }
    }
    return status
  }
}

interface SedCommand { kind: 's' | 'd' | 'p'; re?: RegExp; replacement?: string; global?: boolean; print?: boolean; address?: RegExp }

/** A sed replacement: & is the match, \1…\9 groups, \n a newline. */
const expandReplacement = (r: string, m: RegExpExecArray) =>
  r.replace(/\\(\d)|\\n|\\(.)|&/g, (all, d: string | undefined, esc: string | undefined) => (d !== undefined ? m[Number(d)] ?? '' : all === '\\n' ? '\n' : esc !== undefined ? esc : m[0]))

function toJsRegex(src: string, extended: boolean): string {
  if (extended) return src
  // BRE: \( \) \{ \} \+ \? \| are the operators; bare ( ) { } + ? | are literal.
  return src.replace(/\\([(){}+?|])|([(){}+?|])/g, (_m, op: string | undefined, lit: string | undefined) => (op ? op : `\\${lit}`))
}

function parseScript(script: string, extended: boolean): SedCommand[] | string {
  const out: SedCommand[] = []
  for (const part of script.split(/;\s*(?=[sdp/])|\n/)) {
    let s = part.trim()
    if (!s) continue
    let address: RegExp | undefined
    if (s.startsWith('/')) {
      const end = s.indexOf('/', 1)
      address = new RegExp(toJsRegex(s.slice(1, end), extended))
      s = s.slice(end + 1).trim()
    }
    if (s === 'd' || s === 'p') { out.push({ kind: s, address }); continue }
    if (s[0] !== 's' || s.length < 2) return `-e expression #1, char ${part.length}: unknown command: \`${s[0] ?? ''}'`
    const delim = s[1]
    const fields: string[] = []
    let cur = ''
    for (let i = 2; i < s.length; i++) {
      if (s[i] === '\\' && s[i + 1] === delim) { cur += delim; i++; continue }
      if (s[i] === '\\') { cur += s[i] + (s[i + 1] ?? ''); i++; continue }
      if (s[i] === delim) { fields.push(cur); cur = ''; continue }
      cur += s[i]
    }
    fields.push(cur)
    if (fields.length < 3) return `-e expression #1, char ${part.length}: unterminated \`s' command`
    const flags = fields[2]
    out.push({ kind: 's', re: new RegExp(toJsRegex(fields[0], extended), flags.includes('g') ? 'g' : ''), replacement: fields[1], global: flags.includes('g'), print: flags.includes('p'), address })
  }
  return out
}

function runSed(text: string, commands: readonly SedCommand[], quiet: boolean): string {
  const lines = text.split('\n')
  const last = lines.pop()
  if (last !== '') lines.push(last!)
  let out = ''
  for (const original of lines) {
    let line = original
    let deleted = false
    for (const c of commands) {
      if (c.address && !c.address.test(line)) continue
      if (c.kind === 'd') { deleted = true; break }
      if (c.kind === 'p') { out += `${line}\n`; continue }
      const re = new RegExp(c.re!.source, c.re!.flags)
      let changed = false
      line = line.replace(re, (...m) => {
        changed = true
        const match = m.slice(0, -2) as unknown as RegExpExecArray
        return expandReplacement(c.replacement!, match)
      })
      if (changed && c.print) out += `${line}\n`
    }
    if (!deleted && !quiet) out += `${line}\n`
  }
  return last === '' || out === '' ? out : out.replace(/\n$/, text.endsWith('\n') ? '\n' : '')
}

const sed: Applet = async (p, args, flavor) => {
  let extended = false
  let quiet = false
  let inPlace = false
  const scripts: string[] = []
  const files: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--version') { p.stdout.write('sed (GNU sed) 4.9\n'); return 0 }
    if (a === '-e' || a === '--expression') { scripts.push(args[++i] ?? ''); continue }
    if (a === '-i' || a.startsWith('--in-place')) { inPlace = true; continue }
    if (/^-[nErsi]+$/.test(a)) {
      for (const c of a.slice(1)) { if (c === 'n') quiet = true; else if (c === 'E' || c === 'r') extended = true; else if (c === 'i') inPlace = true }
      continue
    }
    if (!scripts.length && !args.slice(0, i).some((x) => x === '-e')) { scripts.push(a); continue }
    files.push(a)
  }
  if (!scripts.length) { p.stderr.write(flavor === 'gnu' ? 'Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n' : 'sed: no script specified\n'); return 1 }
  const commands = parseScript(scripts.join('\n'), extended)
  if (typeof commands === 'string') { p.stderr.write(`sed: ${commands}\n`); return 1 }
  if (!files.length) {
    p.stdout.write(runSed(new TextDecoder().decode(await readAll(p.stdin)), commands, quiet))
    return 0
  }
  let status = 0
  for (const f of files) {
    let text: string
    try { text = p.fs.readText(abs(p, f)) } catch {
      p.stderr.write(`sed: can't read ${f}: No such file or directory\n`)
      status = 2
      continue
    }
    const result = runSed(text, commands, quiet)
    if (inPlace) p.fs.writeFile(abs(p, f), result)
    else p.stdout.write(result)
  }
  return status
}

export const FALLBACK_APPLETS: Record<string, Applet> = {
  md5sum: digester('md5sum'), sha1sum: digester('sha1sum'), sha256sum: digester('sha256sum'), sed,
}

/** A multi-call binary with the fallbacks added, and `find`'s -quit/-follow rewritten when its find rejects them. */
export function withFallbacks(program: Program, applets: Readonly<Record<string, unknown>>): Program {
  return async (p) => {
    let name = (p.argv[0] ?? '').split('/').pop() ?? ''
    let args = p.argv.slice(1)
    if (name === 'busybox' && args.length) { name = args[0]; args = args.slice(1) }
    const flavor: Flavor = p.fs.stat('/bin/busybox') && !p.fs.stat('/usr/bin/dpkg') ? 'busybox' : 'gnu'
    if (!(name in applets) && FALLBACK_APPLETS[name]) return FALLBACK_APPLETS[name](p, args, flavor)
    if (name === 'find' && (args.includes('-quit') || args.includes('-follow'))) return findShim(p, program, args)
    return program(p)
  }
}

/** `find … -print -quit` is the first line of `find … -print`; `-follow` is `-L`. */
async function findShim(p: Process, program: Program, args: string[]): Promise<number> {
  const quit = args.includes('-quit')
  const follow = args.includes('-follow')
  const rest = args.filter((a) => a !== '-quit' && a !== '-follow')
  const argv = ['find', ...(follow ? ['-L'] : []), ...rest]
  const out = createBufferWriter()
  const status = await p.spawn(argv, { stdout: quit ? out : p.stdout })
  if (quit) {
    const first = out.text().split('\n')[0]
    if (first) p.stdout.write(`${first}\n`)
  }
  return status
}

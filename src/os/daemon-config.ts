/** dockerd's configuration as the host gives it: /etc/docker/daemon.json plus the flags on dockerd's command line
 *  (`--registry-mirror=…`, repeatable). Read on every (re)start. A directive given both ways, invalid JSON or a
 *  bad mirror URL stops the daemon from starting, with dockerd's own message.
 *  Without an explicit argv the flags come from docker.service's effective ExecStart (unit file + drop-ins), which
 *  is what a boot starts; systemctl passes the ExecStart it loaded at the last daemon-reload instead. */
import type { DaemonConfig } from '../engine/daemon/daemon-context'
import type { Fs } from './fs'
import { execArgv, findUnitFile } from './unit-file'

export type DaemonConfigResult = { ok: true; config: DaemonConfig } | { ok: false; error: string }

const FILE = '/etc/docker/daemon.json'

function normaliseMirror(url: string): string | { error: string } {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#@]+)(\/[^?#]*)?$/i.exec(url)
  if (!m) return { error: `invalid mirror: "${url}" is not a valid URI` }
  if (m[1] !== 'http' && m[1] !== 'https') return { error: `invalid mirror: unsupported scheme "${m[1]}" in "${url}"` }
  return `${m[1]}://${m[2]}${(m[3] ?? '/').endsWith('/') ? (m[3] ?? '/') : `${m[3]}/`}`
}

/** The values of `--registry-mirror` in a dockerd argv (`--registry-mirror=x` or `--registry-mirror x`). */
export function mirrorFlags(argv: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a.startsWith('--registry-mirror=')) out.push(a.slice('--registry-mirror='.length))
    else if (a === '--registry-mirror' && i + 1 < argv.length) out.push(argv[++i])
  }
  return out
}

/** docker.service's effective ExecStart as argv (the last one, after drop-in resets), or []. */
export function unitExecStart(fs: Fs): string[] {
  const unit = findUnitFile(fs, 'docker.service')
  const lines = unit?.get('Service', 'ExecStart') ?? []
  return lines.length ? execArgv(lines[lines.length - 1]) : []
}

export function readDaemonConfig(fs: Fs, argv: readonly string[] = unitExecStart(fs)): DaemonConfigResult {
  const flags = mirrorFlags(argv)
  let fromFile: string[] = []
  if (fs.stat(FILE)) {
    const text = fs.readText(FILE)
    if (text.trim() !== '') {
      try {
        const json = JSON.parse(text) as Record<string, unknown>
        if (Array.isArray(json['registry-mirrors'])) fromFile = json['registry-mirrors'].map(String)
      } catch (e) {
        return { ok: false, error: `unable to configure the Docker daemon with file ${FILE}: ${goJsonError(text, e)}` }
      }
    }
  }
  if (flags.length && fromFile.length) {
    return { ok: false, error: `unable to configure the Docker daemon with file ${FILE}: the following directives are specified both as a flag and in the configuration file: registry-mirrors: (from flag: [${flags.join(' ')}], from file: [${fromFile.join(' ')}])` }
  }
  const mirrors: string[] = []
  for (const raw of [...flags, ...fromFile]) {
    const n = normaliseMirror(raw)
    if (typeof n !== 'string') return { ok: false, error: fromFile.includes(raw) ? `unable to configure the Docker daemon with file ${FILE}: ${n.error}` : n.error }
    mirrors.push(n)
  }
  return { ok: true, config: { registryMirrors: mirrors } }
}

/** encoding/json's wording for the first syntax error (what dockerd prints), approximated from the text. */
function goJsonError(text: string, e: unknown): string {
  const trimmed = text.trim()
  if (trimmed === '') return 'unexpected end of JSON input'
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) { if (c === '\\') i++; else if (c === '"') inString = false; continue }
    if (c === '"') inString = true
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') depth--
  }
  if (inString || depth > 0) return 'unexpected EOF'
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : '')
  if (m) {
    const ch = text[Number(m[1])]
    if (ch !== undefined) return `invalid character '${ch === '\n' ? '\\n' : ch}' ${/[}\]]/.test(ch) ? 'looking for beginning of object key string' : 'after object key:value pair'}`
  }
  return e instanceof Error ? e.message : String(e)
}

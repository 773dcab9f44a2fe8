/** dockerd's configuration as the host gives it: /etc/docker/daemon.json plus the flags on the unit's ExecStart
 *  (`--registry-mirror=…`). Read on every (re)start. A directive given both ways, invalid JSON or a bad mirror URL
 *  stops the daemon from starting, with dockerd's own message. */
import type { DaemonConfig } from '../engine/daemon/daemon-context'
import type { Fs } from './fs'

export type DaemonConfigResult = { ok: true; config: DaemonConfig } | { ok: false; error: string }

const UNIT = '/usr/lib/systemd/system/docker.service'
const FILE = '/etc/docker/daemon.json'

function normaliseMirror(url: string): string | { error: string } {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#@]+)(\/[^?#]*)?$/i.exec(url)
  if (!m) return { error: `invalid mirror: "${url}" is not a valid URI` }
  if (m[1] !== 'http' && m[1] !== 'https') return { error: `invalid mirror: unsupported scheme "${m[1]}" in "${url}"` }
  return `${m[1]}://${m[2]}${(m[3] ?? '/').endsWith('/') ? (m[3] ?? '/') : `${m[3]}/`}`
}

export function readDaemonConfig(fs: Fs): DaemonConfigResult {
  const flags: string[] = []
  const unitText = fs.stat(UNIT) ? fs.readText(UNIT) : ''
  const execStart = unitText.split('\n').filter((l) => l.startsWith('ExecStart=')).pop() ?? ''
  for (const m of execStart.matchAll(/--registry-mirror(?:=|\s+)(\S+)/g)) flags.push(m[1])
  let fromFile: string[] = []
  if (fs.stat(FILE)) {
    const text = fs.readText(FILE)
    if (text.trim() !== '') {
      try {
        const json = JSON.parse(text) as Record<string, unknown>
        if (Array.isArray(json['registry-mirrors'])) fromFile = json['registry-mirrors'].map(String)
      } catch (e) {
        return { ok: false, error: `unable to configure the Docker daemon with file ${FILE}: ${e instanceof Error ? e.message : String(e)}` }
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

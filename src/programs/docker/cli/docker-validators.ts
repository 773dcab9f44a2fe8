/** docker/cli's opts validators that run while flags are parsed (opts.ValidateEnv, ValidateExtraHost, …), as
 *  FlagParsers a declaration names in `parse:`. A failure becomes
 *  `invalid argument "<value>" for "-e, --env" flag: <text>` (exit 125), exactly as the real CLI prints it.
 *  Invariant: each returns the normalised element the Go validator returns (what the API would receive). */
import type { FlagParser } from './flag-decl'
import { goQuote } from './go-strconv'
import { normalizeIPAddress } from './ip-address'
import { ramInBytes } from './ram-in-bytes'

const ok = (value: unknown) => ({ ok: true as const, value })
const fail = (error: string) => ({ ok: false as const, error })

/** `-e NAME=value` as given; `-e NAME` takes NAME's value from the client's environment when it has one. */
export const validateEnv: FlagParser = (raw, env) => {
  const eq = raw.indexOf('=')
  const name = eq < 0 ? raw : raw.slice(0, eq)
  if (name === '') return fail('invalid environment variable: ' + raw)
  if (eq >= 0) return ok(raw)
  return ok(Object.prototype.hasOwnProperty.call(env, name) ? `${name}=${env[name]}` : raw)
}

export const validateIPAddress: FlagParser = (raw) => {
  const ip = normalizeIPAddress(raw.trim())
  return ip === undefined ? fail(`IP address is not correctly formatted: ${raw}`) : ok(ip)
}

/** host:ip or host=ip, the address optionally in brackets, or the word host-gateway; normalised to host:ip. */
export const validateExtraHost: FlagParser = (raw) => {
  let cut = raw.indexOf('=')
  if (cut < 0) cut = raw.indexOf(':')
  const host = cut < 0 ? '' : raw.slice(0, cut)
  let addr = cut < 0 ? '' : raw.slice(cut + 1)
  if (cut < 0 || host === '' || host.includes(':')) return fail(`bad format for add-host: ${goQuote(raw)}`)
  if (addr !== 'host-gateway') {
    if (addr.length > 2 && addr.startsWith('[') && addr.endsWith(']')) addr = addr.slice(1, -1)
    if (normalizeIPAddress(addr.trim()) === undefined) return fail(`invalid IP address in add-host: ${goQuote(addr)}`)
  }
  return ok(host + ':' + addr)
}

export const validateLabel: FlagParser = (raw) => {
  const eq = raw.indexOf('=')
  const key = (eq < 0 ? raw : raw.slice(0, eq)).replace(/^[ \t]+/, '')
  if (key === '') return fail(`invalid label '${raw}': empty name`)
  if (/[ \t]/.test(key)) return fail(`label '${key}' contains whitespaces`)
  return ok(raw)
}

export const validateLink: FlagParser = (raw) => {
  if (raw === '') return fail('empty string specified for links')
  if (raw.split(':').length > 2) return fail('bad format for links: ' + raw)
  return ok(raw)
}

const SYSCTLS = new Set(['kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.sem', 'kernel.shmall',
  'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced'])

export const validateSysctl: FlagParser = (raw) => {
  const eq = raw.indexOf('=')
  const key = eq < 0 ? '' : raw.slice(0, eq)
  if (key !== '' && (SYSCTLS.has(key) || key.startsWith('net.') || key.startsWith('fs.mqueue.'))) return ok(raw)
  return fail(`sysctl '${raw}' is not allowed`)
}

/** `--dns-search`: a domain name, or "." for none. */
export const validateDNSSearch: FlagParser = (raw) => {
  const val = raw.replace(/^ +| +$/g, '')
  if (val === '.') return ok(val)
  const m = /^((?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*)\.?\s*$/
    .exec(val)
  if (!/[a-zA-Z]/.test(val) || !m || m[1].length >= 255) return fail(`${val} is not a valid domain`)
  return ok(m[1])
}

/** `-a, --attach`: one of the three streams, any case, lower-cased. */
export const validateAttach: FlagParser = (raw) => {
  const s = raw.toLowerCase()
  return s === 'stdin' || s === 'stdout' || s === 'stderr' ? ok(s) : fail('valid streams are STDIN, STDOUT and STDERR')
}

/** `--memory-swap`: like bytes, but "-1" (unlimited) is allowed. */
export const memSwapBytes: FlagParser = (raw) => (raw === '-1' ? ok(-1) : ramInBytes(raw))

/** /usr/bin/systemctl (systemd 219), and /usr/sbin/service, which redirects to it. The client of the service
 *  manager (os/service-manager.ts): start, stop, restart, try-restart, reload, status, enable [--now],
 *  disable [--now], is-active, is-enabled, is-failed, daemon-reload, reset-failed, cat, list-units,
 *  list-unit-files — with systemd 219's wording and exit codes (5 for a unit that is not there, 3 for an inactive
 *  one in status/is-active, 4 when status finds no unit). journalctl lives beside it (journalctl.ts). */
import type { Process, Program } from '../../os/process'
import { serviceManager, type ManagedMachine, type UnitView } from '../../os/service-manager'
import { unitName } from '../../os/unit-file'
import { journalctl } from './journalctl'
import { renderStatus } from './unit-status'

const RED = '\x1b[1;31m'
const OFF = '\x1b[0m'

function hostnameOf(p: Process): string {
  try { return p.fs.readText('/etc/hostname').trim() || p.host.hostname } catch { return p.host.hostname }
}

export const systemctl: Program = async (p) => {
  const name = p.argv[0].split('/').pop()!
  if (name === 'journalctl') return journalctl(p)
  if (name === 'service') return service(p)
  const machine = p.host.service<ManagedMachine>('machine')
  if (!machine) {
    // In a container there is no systemd as PID 1.
    p.stderr.write('System has not been booted with systemd as init system (PID 1). Can\'t operate.\nFailed to connect to bus: Host is down\n')
    return 1
  }
  const m = serviceManager(machine)
  await m.ready()
  const flags = p.argv.slice(1).filter((a) => a.startsWith('-'))
  const [command = 'list-units', ...units] = p.argv.slice(1).filter((a) => !a.startsWith('-'))
  const now = flags.includes('--now')
  const quiet = flags.includes('-q') || flags.includes('--quiet')
  const err = (msg: string) => p.stderr.write(`${msg}\n`)
  const warnChanged = (v: UnitView) => {
    if (v.needsReload) err(`${p.isatty(2) ? `${RED}Warning:${OFF}` : 'Warning:'} ${v.name} changed on disk. Run 'systemctl daemon-reload' to reload units.`)
  }
  const needUnits = () => { if (units.length === 0) { err('Too few arguments.'); return false } return true }

  switch (command) {
    case 'start': case 'stop': case 'restart': case 'try-restart': case 'reload': case 'reload-or-restart': {
      if (!needUnits()) return 1
      let status = 0
      for (const u of units) {
        const unit = unitName(u)
        const v = m.view(unit)
        const verb = command === 'try-restart' || command === 'reload-or-restart' ? 'restart' : command
        if (!v) {
          err(command === 'stop' ? `Failed to stop ${unit}: Unit ${unit} not loaded.` : `Failed to ${verb} ${unit}: Unit not found.`)
          status = 5
          continue
        }
        warnChanged(v)
        if (command === 'stop') {
          const triggers = m.triggeredBy(unit)
          await p.wait(m.stop(unit))
          if (triggers.length) { err(`Warning: Stopping ${unit}, but it can still be activated by:`); for (const t of triggers) err(`  ${t}`) }
          continue
        }
        if (command === 'try-restart' && v.active !== 'active') continue
        if (command === 'reload') {
          if (v.active !== 'active') { err(`Job for ${unit} invalid.`); status = 1 }
          else m.log(unit, 'systemd', 1, `Reloaded ${v.file.first('Unit', 'Description') ?? unit}.`)
          continue
        }
        const r = await p.wait(command === 'start' ? m.start(unit) : m.restart(unit))
        if (!r.ok) {
          err(`Job for ${unit} failed because the control process exited with error code. See "systemctl status ${unit}" and "journalctl -xe" for details.`)
          status = 1
        }
      }
      return status
    }
    case 'status': {
      const list = units.length ? units : []
      if (list.length === 0) return systemStatus(p)
      let status = 0
      list.forEach((u, i) => {
        const unit = unitName(u)
        const v = m.view(unit)
        if (!v) { err(`Unit ${unit} could not be found.`); status = 4; return }
        if (i > 0) p.stdout.write('\n')
        const tty = p.isatty(1)
        const lines = renderStatus(v, {
          now: p.host.now(), hostname: hostnameOf(p), color: tty,
          cmdline: (pid) => machine.kernel.processes().get(pid)?.argv.join(' '),
        })
        // On a terminal the pager (less -S) shows each line cut at the edge; -l/--full has no effect on that view.
        const cols = tty && p.tty && !flags.includes('-l') && !flags.includes('--full') ? p.tty.cols : Infinity
        for (const l of lines) p.stdout.write(`${cut(l, cols)}\n`)
        warnChanged(v)
        if (v.active !== 'active' && status === 0) status = 3
      })
      return status
    }
    case 'enable': case 'disable': {
      if (!needUnits()) return 1
      for (const u of units) {
        if (!m.view(u)) { err('Failed to execute operation: No such file or directory'); return 1 }
      }
      for (const u of units) {
        if (command === 'enable') {
          for (const [link, target] of m.enable(u) ?? []) err(`Created symlink from ${link} to ${target}.`)
          if (now) { const r = await p.wait(m.start(u)); if (!r.ok) { err(`Job for ${unitName(u)} failed because the control process exited with error code. See "systemctl status ${unitName(u)}" and "journalctl -xe" for details.`); return 1 } }
        } else {
          for (const link of m.disable(u) ?? []) err(`Removed symlink ${link}.`)
          if (now) await p.wait(m.stop(u))
        }
      }
      return 0
    }
    case 'is-active': case 'is-failed': {
      if (!needUnits()) return 1
      let found = false
      for (const u of units) {
        const state = m.view(u)?.active ?? 'unknown'
        if (!quiet) p.stdout.write(`${state}\n`)
        if (command === 'is-active' ? state === 'active' : state === 'failed') found = true
      }
      return found ? 0 : command === 'is-active' ? 3 : 1
    }
    case 'is-enabled': {
      if (!needUnits()) return 1
      let enabled = false
      for (const u of units) {
        const v = m.view(u)
        if (!v) { err(`Failed to get unit file state for ${unitName(u)}: No such file or directory`); return 1 }
        if (!quiet) p.stdout.write(`${v.enabled}\n`)
        if (v.enabled !== 'disabled') enabled = true
      }
      return enabled ? 0 : 1
    }
    case 'daemon-reload': m.daemonReload(); return 0
    case 'reset-failed': {
      for (const u of units) { const v = m.view(u); if (v?.record.failed) { v.record.failed = false; v.record.active = false } }
      return 0
    }
    case 'cat': {
      if (!needUnits()) return 1
      let first = true
      for (const u of units) {
        const v = m.view(u)
        if (!v) { err(`No files found for ${unitName(u)}.`); return 1 }
        for (const path of [v.file.path, ...v.file.dropIns]) {
          p.stdout.write(`${first ? '' : '\n'}${p.isatty(1) ? '\x1b[0;1;34m' : ''}# ${path}${p.isatty(1) ? OFF : ''}\n${p.fs.readText(path)}`)
          first = false
        }
      }
      return 0
    }
    case 'list-units': return listUnits(p, m)
    case 'list-unit-files': return listUnitFiles(p, m)
    default:
      err(`Unknown operation '${command}'.`)
      return 1
  }
}

const cut = (line: string, cols: number) => {
  // Count visible characters only: colour escapes take no room.
  let visible = 0
  let out = ''
  for (let i = 0; i < line.length; i++) {
    const esc = /^\x1b\[[0-9;]*m/.exec(line.slice(i))
    if (esc) { out += esc[0]; i += esc[0].length - 1; continue }
    if (visible >= cols) break
    out += line[i]
    visible++
  }
  return out
}

const LISTED = ['auditd', 'chronyd', 'containerd', 'crond', 'docker', 'docker.socket', 'firewalld', 'NetworkManager', 'postfix', 'rsyslog', 'sshd', 'tuned']

function listUnits(p: Process, m: ReturnType<typeof serviceManager>): number {
  const all = p.argv.includes('--all') || p.argv.includes('-a')
  const views = LISTED.map((u) => m.view(u)).filter((v): v is UnitView => !!v && (all || v.active !== 'inactive'))
  const w = Math.max(4, ...views.map((v) => v.name.length)) + 1
  p.stdout.write(`  ${'UNIT'.padEnd(w)}LOAD   ACTIVE   SUB       DESCRIPTION\n`)
  for (const v of views) {
    const mark = v.active === 'failed' ? '●' : ' '
    p.stdout.write(`${mark} ${v.name.padEnd(w)}loaded ${v.active.padEnd(8)} ${v.sub.padEnd(9)} ${v.file.first('Unit', 'Description') ?? ''}\n`)
  }
  p.stdout.write(`\nLOAD   = Reflects whether the unit definition was properly loaded.\nACTIVE = The high-level unit activation state, i.e. generalization of SUB.\nSUB    = The low-level unit activation state, values depend on unit type.\n\n${views.length} loaded units listed.${all ? '' : ' Pass --all to see loaded but inactive units, too.'}\nTo show all installed unit files use 'systemctl list-unit-files'.\n`)
  return 0
}

function listUnitFiles(p: Process, m: ReturnType<typeof serviceManager>): number {
  const views = LISTED.map((u) => m.view(u)).filter((v): v is UnitView => !!v).sort((a, b) => (a.name < b.name ? -1 : 1))
  p.stdout.write(`${'UNIT FILE'.padEnd(46)}STATE   \n`)
  for (const v of views) p.stdout.write(`${v.name.padEnd(46)}${v.enabled.padEnd(8)}\n`)
  p.stdout.write(`\n${views.length} unit files listed.\n`)
  return 0
}

function systemStatus(p: Process): number {
  p.stdout.write(`● ${hostnameOf(p)}\n    State: running\n     Jobs: 0 queued\n   Failed: 0 units\n    Since: ${new Date(p.host.now()).toUTCString()}\n   CGroup: /\n`)
  return 0
}

/** /usr/sbin/service NAME ACTION: CentOS 7's initscripts wrapper. */
async function service(p: Process): Promise<number> {
  const [svc, action, ...rest] = p.argv.slice(1)
  if (!svc || svc === '--help' || svc === '-h') {
    p.stdout.write('Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]\n')
    return svc ? 0 : 1
  }
  if (!action) {
    p.stderr.write(`The service command supports only basic LSB actions (start, stop, restart, try-restart, reload, force-reload, status). For other actions, please try to use systemctl.\n`)
    return 2
  }
  p.stderr.write(`Redirecting to /bin/systemctl ${action}${rest.length ? ` ${rest.join(' ')}` : ''} ${unitName(svc)}\n`)
  return p.spawn(['/usr/bin/systemctl', action, ...rest, unitName(svc)])
}

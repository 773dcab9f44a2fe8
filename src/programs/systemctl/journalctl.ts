/** journalctl (systemd 219): the journal of every unit, merged by time, in the short format; `-u UNIT` filters,
 *  `-n N` keeps the last N, `-e` ends at the last entry (the pager's jump), `-x` adds the message catalogue's
 *  explanations to systemd's own lines — what the "see journalctl -xe" hint leads to. */
import type { Process } from '../../os/process'
import { journalLine, type JournalEntry } from '../../os/journal'
import { serviceManager, type ManagedMachine } from '../../os/service-manager'
import { unitName } from '../../os/unit-file'
import { systemdTimestamp } from './unit-status'

const SUPPORT = '-- Defined-By: systemd\n-- Support: http://lists.freedesktop.org/mailman/listinfo/systemd-devel\n-- '

function explain(e: JournalEntry, unit: string): string | undefined {
  if (e.ident !== 'systemd') return undefined
  if (e.msg.startsWith('Starting ')) return `-- Subject: Unit ${unit} has begun start-up\n${SUPPORT}\n-- Unit ${unit} has begun starting up.`
  if (e.msg.startsWith('Started ')) return `-- Subject: Unit ${unit} has finished start-up\n${SUPPORT}\n-- Unit ${unit} has finished starting up.\n-- \n-- The start-up result is done.`
  if (e.msg.startsWith('Failed to start ')) return `-- Subject: Unit ${unit} has failed\n${SUPPORT}\n-- Unit ${unit} has failed.\n-- \n-- The result is failed.`
  if (e.msg.startsWith('Stopping ')) return `-- Subject: Unit ${unit} has begun shutting down\n${SUPPORT}\n-- Unit ${unit} has begun shutting down.`
  if (e.msg.startsWith('Stopped ')) return `-- Subject: Unit ${unit} has finished shutting down\n${SUPPORT}\n-- Unit ${unit} has finished shutting down.`
  return undefined
}

export async function journalctl(p: Process): Promise<number> {
  const machine = p.host.service<ManagedMachine>('machine')
  if (!machine) { p.stdout.write('No journal files were found.\n-- No entries --\n'); return 0 }
  const m = serviceManager(machine)
  await m.ready()
  const args = p.argv.slice(1)
  const units: string[] = []
  let lines: number | undefined
  let explainAll = false
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '-u' || a === '--unit') units.push(unitName(args[++i] ?? ''))
    else if (a.startsWith('--unit=')) units.push(unitName(a.slice(7)))
    else if (a.startsWith('-u') && a.length > 2) units.push(unitName(a.slice(2)))
    else if (a === '-n' || a === '--lines') lines = Number(args[++i])
    else if (/^-n\d+$/.test(a)) lines = Number(a.slice(2))
    else if (/^-[xefal]+$/.test(a)) { if (a.includes('x')) explainAll = true; if (a.includes('e') && lines === undefined) lines = 1000 }
    else if (a === '--no-pager' || a === '-f' || a === '--follow') continue
    else { p.stderr.write(`Failed to add match '${a}': Invalid argument\n`); return 1 }
  }
  const keys = units.length ? units : Object.keys(machine.units).map((k) => unitName(k))
  const entries: { e: JournalEntry; unit: string }[] = []
  for (const u of keys) for (const e of m.journal(u)) entries.push({ e, unit: u })
  entries.sort((a, b) => a.e.t - b.e.t)
  const hostname = (() => { try { return p.fs.readText('/etc/hostname').trim() } catch { return p.host.hostname } })()
  const all = entries
  const shown = lines !== undefined ? all.slice(-lines) : all
  if (all.length === 0) { p.stdout.write('-- No entries --\n'); return 0 }
  p.stdout.write(`-- Logs begin at ${systemdTimestamp(all[0].e.t)}, end at ${systemdTimestamp(all[all.length - 1].e.t)}. --\n`)
  for (const { e, unit } of shown) {
    p.stdout.write(`${journalLine(e, hostname)}\n`)
    const x = explainAll ? explain(e, unit) : undefined
    if (x) p.stdout.write(`${x}\n`)
  }
  return 0
}

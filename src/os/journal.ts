/** The journal: what units and their processes logged, as journald keeps it (volatile on CentOS 7: gone at reboot).
 *  A process's stdout and stderr become entries line by line, named by its comm and pid; systemd's own messages
 *  are `systemd[1]`. Shown the way journalctl's short format prints them. */
import type { Writer } from './stream'

export interface JournalEntry {
  /** ms since the epoch */
  t: number
  ident: string
  pid: number
  msg: string
}

/** At most this many entries are kept per unit (journald rotates; `systemctl status` shows the last 10). */
export const JOURNAL_LIMIT = 200

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (n: number) => String(n).padStart(2, '0')

/** `Jan 01 09:30:05 localhost.localdomain dockerd[1043]: message` */
export function journalLine(e: JournalEntry, hostname: string): string {
  const d = new Date(e.t)
  return `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${hostname} ${e.ident}[${e.pid}]: ${e.msg}`
}

/** A writer that turns a process's output into journal entries, one per line. */
export function journalWriter(add: (msg: string) => void): Writer {
  let partial = ''
  return {
    write(data) {
      partial += typeof data === 'string' ? data : new TextDecoder().decode(data)
      const lines = partial.split('\n')
      partial = lines.pop()!
      for (const l of lines) add(l)
    },
    close() { if (partial) add(partial); partial = '' },
  }
}

/** Sorting names the way the C library's locale does: strcmp order in the C/POSIX locale (busybox, containers
 *  without LANG), and en_US.UTF-8's collation on the host — which compares letters and digits first, ignoring
 *  case and punctuation, so `anaconda-ks.cfg` comes before `.bash_profile` in `ls -a` on CentOS. */
import type { Process } from '../../os/process'

const byteCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function localeCompare(a: string, b: string): number {
  const ka = a.toLowerCase().replace(/[^a-z0-9]/g, '')
  const kb = b.toLowerCase().replace(/[^a-z0-9]/g, '')
  if (ka !== kb) return byteCompare(ka, kb)
  // Same letters: punctuation decides, then lower case before upper case.
  const pa = a.replace(/[A-Za-z0-9]/g, '')
  const pb = b.replace(/[A-Za-z0-9]/g, '')
  if (pa !== pb) return byteCompare(pa, pb)
  const sa = a.replace(/[a-z]/g, (c) => c.toUpperCase()) === a
  const sb = b.replace(/[a-z]/g, (c) => c.toUpperCase()) === b
  if (sa !== sb) return sa ? 1 : -1
  return byteCompare(b, a)
}

export function usesUtf8Collation(p: Process): boolean {
  const lang = p.env.LC_ALL || p.env.LC_COLLATE || p.env.LANG || ''
  return /utf-?8/i.test(lang) && !/^(C|POSIX)(\.|$)/.test(lang)
}

/** The comparison `sort` and `ls` use in this process's locale. */
export function collator(p: Process, busybox: boolean): (a: string, b: string) => number {
  return !busybox && usesUtf8Collation(p) ? localeCompare : byteCompare
}

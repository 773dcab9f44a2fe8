/** The multi-call programs: `coreutils` (GNU tools on the host and Debian-like images) and `busybox` (alpine and
 *  busybox images). Each picks the applet from the name it was called by, as the real binaries do; busybox's
 *  `sh`/`ash` applet is the shell. */
import type { Program } from '../../os/process'
import { basename, type Applet, type Flavor } from './applet'
import { awk } from './awk'
import { help } from './bash-help'
import { cp, mv } from './copy-applets'
import { cut, sort, uniq } from './field-applets'
import { cat, chmod, mkdir, rm, rmdir, touch } from './file-applets'
import { find } from './find'
import { grep } from './grep'
import { ls } from './ls'
import { basenameApplet, dirname, readlink, realpath, stat, which } from './path-applets'
import { kill, ps } from './process-applets'
import { df, free } from './resource-applets'
import { clear, date, echo, env, falseApplet, hostname, id, printenv, pwd, sleep, trueApplet, uname, whoami } from './system-applets'
import { head, seq, tail, tee, tr, wc, yes } from './text-applets'
import { xargs } from './xargs'
import { vi } from '../vi/vi'

export const APPLETS: Record<string, Applet> = {
  awk, gawk: awk, mawk: awk, basename: basenameApplet, cat, chmod, clear, cp, cut, date, df, dirname, echo, egrep: grep, env, false: falseApplet,
  find, free, grep, head, help: (p, args) => help(p, args), hostname, id, kill, ls, mkdir, mv, printenv, ps, pwd, readlink, realpath, rm, rmdir,
  seq, sleep, sort, stat, tail, tee, touch, tr, true: trueApplet, uname, uniq, vi: (p) => vi(p), wc, which, whoami, xargs, yes,
}

function multiCall(flavor: Flavor, fallback?: (name: string) => Program | undefined): Program {
  return async (p) => {
    let name = basename(p.argv[0])
    let args = p.argv.slice(1)
    if (name === 'busybox' && args.length) { name = args[0]; args = args.slice(1) }
    const other = fallback?.(name)
    if (other) return other(p)
    const applet = APPLETS[name]
    if (!applet) {
      p.stderr.write(flavor === 'busybox' ? `${name}: applet not found\n` : `${name}: command not implemented in this sandbox\n`)
      return 127
    }
    return applet(p, args, flavor)
  }
}

export const coreutils: Program = multiCall('gnu')

/** busybox: `sh`/`ash` run the shell (ash dialect), everything else an applet. */
export function createBusybox(shell: Program): Program {
  return multiCall('busybox', (name) => (name === 'sh' || name === 'ash' ? shell : undefined))
}

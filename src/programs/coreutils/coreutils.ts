/** The multi-call programs: `coreutils` (GNU tools on the host and Debian-like images) and `busybox` (alpine and
 *  busybox images). Each picks the applet from the name it was called by, as the real binaries do; busybox's
 *  `sh`/`ash` applet is the shell. */
import type { Program } from '../../os/process'
import { basename, type Applet, type Flavor } from './applet'
import { cat, head, ls, mkdir, rm, tail, touch, wc } from './file-applets'
import { clear, date, echo, env, falseApplet, hostname, id, pwd, sleep, trueApplet, uname, whoami } from './system-applets'

export const APPLETS: Record<string, Applet> = {
  cat, head, ls, mkdir, rm, tail, touch, wc, clear, date, echo, env, false: falseApplet, hostname, id, pwd, sleep, true: trueApplet, uname, whoami,
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

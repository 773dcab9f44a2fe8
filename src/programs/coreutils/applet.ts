/** A userland tool as both GNU coreutils (on the CentOS host, Debian, Ubuntu) and busybox (alpine, busybox) build
 *  it. Same behaviour, different wording: the flavor picks the messages. */
import type { Process } from '../../os/process'

export type Flavor = 'gnu' | 'busybox'

export type Applet = (p: Process, args: string[], flavor: Flavor) => Promise<number>

/** Resolves a path typed by the user against the process's working directory. */
export const resolvePath = (p: Process, path: string): string => (path.startsWith('/') ? path : `${p.cwd.replace(/\/$/, '')}/${path}`)

export const basename = (path: string): string => path.replace(/\/+$/, '').split('/').pop() || '/'

/** Path helpers every program needs, kept tiny because the shell's prompt loop (on the first prompt's path) uses
 *  them too. */
import type { Process } from './process'

/** Resolves a path typed by the user against the process's working directory. */
export const resolvePath = (p: Pick<Process, 'cwd'>, path: string): string => (path.startsWith('/') ? path : `${p.cwd.replace(/\/$/, '')}/${path}`)

export const basename = (path: string): string => path.replace(/\/+$/, '').split('/').pop() || '/'

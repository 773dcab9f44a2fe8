/** A container process's environment, as moby's CreateDaemonEnvironment and runc make it: the default PATH, then
 *  HOSTNAME, then TERM=xterm for a TTY, then the container's Config.Env replacing or appended, then (exec) the exec's
 *  own -e, and HOME last when nothing set it (runc adds it from the user's passwd entry). */
import { mergeEnv, type ContainerRecord } from './container-record'

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

export function processEnv(c: ContainerRecord, tty: boolean, extra: readonly string[], home = '/root'): string[] {
  const base = [DEFAULT_PATH, `HOSTNAME=${c.config.hostname}`, ...(tty ? ['TERM=xterm'] : [])]
  const env = mergeEnv(mergeEnv(base, c.config.env), extra)
  if (!env.some((e) => e.startsWith('HOME='))) env.push(`HOME=${home}`)
  return env
}

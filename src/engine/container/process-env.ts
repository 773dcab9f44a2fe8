/** A container process's environment, as moby's CreateDaemonEnvironment and runc make it: the default PATH, then
 *  HOSTNAME, then TERM=xterm for a TTY, then the container's Config.Env replacing or appended, then (exec) the exec's
 *  own -e. HOME, when nothing set it, is the runtime's to add (runc takes it from the user's passwd entry). */
import { mergeEnv, type ContainerRecord } from './container-record'

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

export function processEnv(c: ContainerRecord, tty: boolean, extra: readonly string[]): string[] {
  const base = [DEFAULT_PATH, `HOSTNAME=${c.config.hostname}`, ...(tty ? ['TERM=xterm'] : [])]
  return mergeEnv(mergeEnv(base, c.config.env), extra)
}

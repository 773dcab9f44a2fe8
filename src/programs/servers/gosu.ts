/** gosu USER COMMAND…: runs COMMAND as USER (exec, so COMMAND keeps gosu's pid), as the entrypoints of redis,
 *  postgres and mysql use it to step down from root. */
import type { Program } from '../../os/process'
import { execInto } from './exec'

export const gosu: Program = async (p) => {
  const [user, ...cmd] = p.argv.slice(1)
  if (!user || cmd.length === 0) {
    p.stderr.write(`Usage: gosu user-spec command [args]\n   eg: gosu tianon bash\n       gosu nobody:root bash -c 'whoami && id'\n       gosu 1000:1 id\n\ngosu version: 1.17 (go1.18.2 on linux/amd64; gc)\nlicense: Apache-2.0 (full text at https://github.com/tianon/gosu)\n\n`)
    return 1
  }
  return execInto(p, cmd, { user: user.split(':')[0], env: { ...p.env, HOME: user === 'postgres' ? '/var/lib/postgresql' : user === 'redis' ? '/home/redis' : p.env.HOME ?? '/' } })
}

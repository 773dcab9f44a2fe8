/** exec(3) for programs that exec another (gosu, entrypoints): the kernel runs it as a child and this process
 *  returns its status, while the sandbox gives the child this process's pid and place, as a real exec keeps them.
 *  Also: the test a server uses to tell that a shell script exec'd it (`exec "$@"`), which the shell cannot say. */
import type { Process } from '../../os/process'
import type { Sandbox } from '../../os/sandbox'

export async function execInto(p: Process, argv: readonly string[], o: { user?: string; env?: Record<string, string> } = {}): Promise<number> {
  const sandbox = p.host.service<Sandbox>('sandbox')
  const me = sandbox?.byHostPid(p.pid)
  if (sandbox && me) sandbox.spawning(me, argv, { user: o.user })
  return p.spawn(argv, o.env ? { env: o.env } : {})
}

/** Called by a server at start: when a non-interactive shell script started it, the script exec'd it. */
export function takeOverScriptParent(p: Process): void {
  const me = p.host.service<Sandbox>('sandbox')?.byHostPid(p.pid)
  const parent = me?.parent
  if (!me || !parent || parent.hidden) return
  const words = parent.title.split(' ')
  const shell = /(^|\/)(sh|bash|dash|ash)$/.test(words[0]) && words.length > 1 && !words[1].startsWith('-')
  if (shell) me.replaceParent()
}

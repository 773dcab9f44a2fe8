/** Every program, when it runs inside a container, enters the container's sandbox (os/sandbox.ts): it gets its
 *  pid in the container's PID namespace, its waits (sleep, reads, daemon calls) pass the freezer's gate so a
 *  paused container's processes stand still, its spawns are recorded so ps knows parents, and a signal handler
 *  it installs tells the runtime that pid 1 wants its signals.
 *  This is a seam: a kernel with namespaces and a freezer would do it for every process (see os/kernel.ts). On the
 *  host (no sandbox service) a program runs untouched. */
import type { Process, Program } from '../os/process'
import type { Reader } from '../os/stream'
import { leaveSandbox, type Sandbox, type SandboxProcess } from '../os/sandbox'

export function sandboxed(program: Program): Program {
  return async (p) => {
    const sandbox = p.host.service<Sandbox>('sandbox')
    if (!sandbox) return program(p)
    const me = sandbox.enter(p)
    try {
      return await program(inSandbox(p, sandbox, me))
    } finally {
      leaveSandbox(me)
    }
  }
}

function inSandbox(p: Process, sandbox: Sandbox, me: SandboxProcess): Process {
  const gate = async () => { while (sandbox.frozen) await p.wait(sandbox.thawed()) }
  const stdin = { read: async () => { await gate(); const r = await p.stdin.read(); await gate(); return r }, tty: (p.stdin as { tty?: unknown }).tty } as Reader
  const overrides: Partial<Process> = {
    stdin,
    async sleep(ms) { await gate(); await p.sleep(ms); await gate() },
    async wait(promise) { await gate(); const v = await p.wait(promise); await gate(); return v },
    onSignal(handler) { me.handlesSignals = true; return p.onSignal(handler) },
    async spawn(argv, options) {
      sandbox.spawning(me, argv)
      me.waitingForChild++
      try { return await p.spawn(argv, options) } finally { me.waitingForChild-- }
    },
  }
  return new Proxy(p, {
    get(target, key) {
      if (key in overrides) return overrides[key as keyof Process]
      const v = (target as unknown as Record<PropertyKey, unknown>)[key]
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
    },
    set(target, key, value) { (target as unknown as Record<PropertyKey, unknown>)[key] = value; return true },
  })
}

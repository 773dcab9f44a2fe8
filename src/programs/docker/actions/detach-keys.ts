/** The CLI's detach keys (default Ctrl-P Ctrl-Q, `--detach-keys ctrl-x,y`): while a client is attached to a TTY,
 *  it watches the raw keys the terminal receives. The whole sequence detaches (the container keeps running); a
 *  prefix that does not complete it is passed on, with the key that broke it, as docker's escape proxy does. */
import type { Process } from '../../../os/process'

interface KeyTap { interceptInput(handler: ((data: string) => boolean) | null): void; input(data: string): void }

/** `ctrl-p,ctrl-q` → "\x10\x11"; undefined when the spec is malformed. */
export function parseDetachKeys(spec: string): string | undefined {
  let out = ''
  for (const part of spec.split(',')) {
    const key = part.trim()
    if (/^ctrl-[a-z@\[\\\]^_]$/i.test(key)) {
      const c = key.slice(5).toLowerCase()
      const map: Record<string, number> = { '@': 0, '[': 27, '\\': 28, ']': 29, '^': 30, _: 31 }
      out += String.fromCharCode(map[c] ?? c.charCodeAt(0) - 96)
    } else if (key.length === 1) out += key
    else return undefined
  }
  return out || undefined
}

/** Watches `p`'s terminal for the detach sequence; calls `onDetach` when it is typed. Returns the way to stop. */
export function watchDetachKeys(p: Process, sequence: string, onDetach: () => void): () => void {
  const tap = p.tty as unknown as Partial<KeyTap> | null
  if (!tap?.interceptInput || !tap.input) return () => {}
  let held = ''
  let passing = false
  const handler = (data: string): boolean => {
    if (passing) return false
    let release = ''
    for (const ch of data) {
      if (ch === sequence[held.length]) {
        held += ch
        if (held === sequence) { held = ''; tap.interceptInput!(null); onDetach(); return true }
        continue
      }
      release += held + ch
      held = ''
    }
    if (release) {
      passing = true
      try { tap.input!(release) } finally { passing = false }
    }
    return true
  }
  tap.interceptInput(handler)
  return () => tap.interceptInput!(null)
}

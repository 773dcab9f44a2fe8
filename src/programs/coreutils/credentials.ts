/** Who a process runs as. On the host every login is root. In a container it is the user Docker gave the process
 *  (`docker run -u`, `docker exec -u`, the image's USER, gosu), resolved against the container's own /etc/passwd
 *  and /etc/group as runc resolves it: `name`, `uid`, `name:group` or `uid:gid`; supplementary groups are the
 *  groups that list the user by name (none for a bare uid, then only the primary group). */
import type { Process } from '../../os/process'
import type { Sandbox } from '../../os/sandbox'

export interface Credentials {
  uid: number
  gid: number
  user?: string
  group?: string
  groups: { id: number; name?: string }[]
}

interface Entry { name: string; id: number; gid?: number; members?: string[] }

function table(p: Process, path: string, kind: 'passwd' | 'group'): Entry[] {
  let text = ''
  try { text = p.fs.readText(path) } catch { return [] }
  return text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
    const f = l.split(':')
    return kind === 'passwd'
      ? { name: f[0], id: Number(f[2]), gid: Number(f[3]) }
      : { name: f[0], id: Number(f[2]), members: (f[3] ?? '').split(',').filter(Boolean) }
  })
}

/** The user spec the process runs with ('' or undefined = root). */
export function userSpec(p: Process): string {
  return p.host.service<Sandbox>('sandbox')?.byHostPid(p.pid)?.user || 'root'
}

export function credentials(p: Process): Credentials {
  const [u, g] = userSpec(p).split(':')
  const passwd = table(p, '/etc/passwd', 'passwd')
  const groups = table(p, '/etc/group', 'group')
  const pw = /^\d+$/.test(u) ? passwd.find((e) => e.id === Number(u)) : passwd.find((e) => e.name === u)
  const uid = /^\d+$/.test(u) ? Number(u) : pw?.id ?? 0
  let gid = pw?.gid ?? 0
  if (g !== undefined) gid = /^\d+$/.test(g) ? Number(g) : groups.find((e) => e.name === g)?.id ?? gid
  const groupName = (id: number) => groups.find((e) => e.id === id)?.name
  const supplementary = pw && g === undefined ? groups.filter((e) => e.members?.includes(pw.name)).map((e) => e.id) : []
  const ids = supplementary.length ? supplementary : [gid]
  return { uid, gid, user: pw?.name, group: groupName(gid), groups: ids.map((id) => ({ id, name: groupName(id) })) }
}

/** docker version: the client block, then (when the daemon answers) the server block. Values are aligned by a
 *  tabwriter in the real CLI: column 20 in both blocks. */
import { CLIENT_VERSION } from '../../../engine/daemon/version-info'
import type { ActionContext } from './action-context'
import { daemonUnreachable } from '../../../engine/engine-error'
import { reportDaemonError } from './daemon-error'

const row = (label: string, value: string, width: number, indent: string) => `${indent}${(label + ':').padEnd(width - indent.length)}${value}\n`

export async function versionAction(ctx: ActionContext): Promise<number> {
  const c = CLIENT_VERSION
  let out = `Client: ${c.platform}\n`
  for (const [k, v] of [['Version', c.version], ['API version', c.apiVersion], ['Go version', c.goVersion], ['Git commit', c.gitCommit], ['Built', c.built], ['OS/Arch', `${c.os}/${c.arch}`], ['Context', 'default']]) {
    out += row(k, v, 20, ' ')
  }
  ctx.stdout.write(out)
  if (!ctx.api.isRunning()) {
    return reportDaemonError(ctx.stderr, daemonUnreachable())
  }
  const s = ctx.api.version
  let server = `\nServer: ${s.platform}\n Engine:\n`
  for (const [k, v] of [['Version', s.version], ['API version', `${s.apiVersion} (minimum version ${s.minApiVersion})`], ['Go version', s.goVersion], ['Git commit', s.gitCommit], ['Built', s.built], ['OS/Arch', `${s.os}/${s.arch}`], ['Experimental', String(s.experimental)]]) {
    server += row(k, v, 20, '  ')
  }
  for (const comp of s.components) {
    server += ` ${comp.name}:\n` + row('Version', comp.version, 20, '  ') + row('GitCommit', comp.gitCommit, 20, '  ')
  }
  ctx.stdout.write(server)
  return 0
}

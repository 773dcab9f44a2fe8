/** postgres, after the entrypoint's initdb: its start-up log, port 5432, and the fast shutdown on SIGTERM/SIGINT
 *  (the image's STOPSIGNAL is SIGINT). It accepts connections but speaks no protocol. */
import type { Program } from '../../os/process'
import type { NetNamespace } from '../../os/netstack'
import type { Sandbox } from '../../os/sandbox'
import { takeOverScriptParent } from './exec'

export const postgres: Program = async (p) => {
  takeOverScriptParent(p)
  const me = p.host.service<Sandbox>('sandbox')?.byHostPid(p.pid)
  const pid = me?.nsPid ?? p.pid
  const version = (p.env.PG_VERSION ?? '17.5-1.pgdg120+1').split('-')[0]
  if (p.argv.includes('--version') || p.argv.includes('-V')) { p.stdout.write(`postgres (PostgreSQL) ${version} (Debian ${p.env.PG_VERSION ?? version})\n`); return 0 }
  me?.setTitle('postgres')
  const ts = () => new Date(p.host.now()).toISOString().replace('T', ' ').replace(/Z$/, ' UTC')
  const log = (level: string, text: string) => p.stderr.write(`${ts()} [${pid}] ${level}:  ${text}\n`)
  log('LOG', `starting PostgreSQL ${version} (Debian ${p.env.PG_VERSION ?? version}) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14+deb12u1) 12.2.0, 64-bit`)
  log('LOG', 'listening on IPv4 address "0.0.0.0", port 5432')
  log('LOG', 'listening on IPv6 address "::", port 5432')
  log('LOG', 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"')
  const net = p.host.service<NetNamespace>('net')
  const listeners = net ? [net.listen(5432, '0.0.0.0'), net.listen(5432, '::')] : []
  p.stderr.write(`${ts()} [${pid + 27}] LOG:  database system was shut down at ${ts()}\n`)
  log('LOG', 'database system is ready to accept connections')
  const sig = await new Promise<string>((resolve) => p.onSignal((s) => { if (s === 'SIGTERM' || s === 'SIGINT' || s === 'SIGQUIT') resolve(s) }))
  for (const l of listeners) l.close()
  log('LOG', sig === 'SIGTERM' ? 'received smart shutdown request' : sig === 'SIGINT' ? 'received fast shutdown request' : 'received immediate shutdown request')
  log('LOG', 'aborting any active transactions')
  p.stderr.write(`${ts()} [${pid + 25}] LOG:  shutting down\n`)
  log('LOG', 'database system is shut down')
  return 0
}

/** mysqld, after the entrypoint initialized /var/lib/mysql: its start-up log (timestamps with microseconds, thread
 *  ids, MY- codes), ports 3306 and 33060, and the shutdown log on SIGTERM. It accepts connections but speaks no
 *  protocol: there is no mysql client session to serve in this sandbox. */
import type { Program } from '../../os/process'
import type { NetNamespace } from '../../os/netstack'
import type { Sandbox } from '../../os/sandbox'
import { takeOverScriptParent } from './exec'

export const mysqld: Program = async (p) => {
  takeOverScriptParent(p)
  const me = p.host.service<Sandbox>('sandbox')?.byHostPid(p.pid)
  const pid = me?.nsPid ?? p.pid
  const version = (p.env.MYSQL_VERSION ?? '9.3.0-1.el9').split('-')[0]
  if (p.argv.includes('--version') || p.argv.includes('-V')) {
    p.stdout.write(`/usr/sbin/mysqld  Ver ${version} for Linux on x86_64 (MySQL Community Server - GPL)\n`)
    return 0
  }
  const ts = () => new Date(p.host.now()).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z')
  const log = (thread: number, level: string, code: string, area: string, text: string) => p.stdout.write(`${ts()} ${thread} [${level}] [${code}] [${area}] ${text}\n`)
  if (!p.fs.stat('/var/lib/mysql/mysql')) {
    log(0, 'ERROR', 'MY-010119', 'Server', 'Aborting')
    return 1
  }
  log(0, 'System', 'MY-015015', 'Server', 'MySQL Server - start.')
  log(0, 'System', 'MY-010116', 'Server', `/usr/sbin/mysqld (mysqld ${version}) starting as process ${pid}`)
  log(1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.')
  log(1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.')
  log(0, 'Warning', 'MY-010068', 'Server', 'CA certificate ca.pem is self signed.')
  log(0, 'System', 'MY-013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.')
  log(0, 'Warning', 'MY-011810', 'Server', "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.")
  const net = p.host.service<NetNamespace>('net')
  const listeners = net ? [net.listen(3306, '::'), net.listen(33060, '::')] : []
  log(0, 'System', 'MY-011323', 'Server', "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock")
  log(0, 'System', 'MY-010931', 'Server', `/usr/sbin/mysqld: ready for connections. Version: '${version}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`)
  await new Promise<void>((resolve) => p.onSignal((sig) => { if (sig === 'SIGTERM' || sig === 'SIGINT') resolve() }))
  for (const l of listeners) l.close()
  log(0, 'System', 'MY-013172', 'Server', `Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: ${version}).`)
  log(0, 'System', 'MY-010910', 'Server', `/usr/sbin/mysqld: Shutdown complete (mysqld ${version})  MySQL Community Server - GPL.`)
  log(0, 'System', 'MY-015016', 'Server', 'MySQL Server - end.')
  return 0
}

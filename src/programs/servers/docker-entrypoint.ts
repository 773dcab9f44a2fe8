/** The docker-library entrypoints that are bash programs of gosu, initdb and client calls (redis, mysql, postgres):
 *  the image keeps the real script for `cat`, and this program does what the script does, in its order and with
 *  its messages. Which script it is follows from the image's files. Each ends by exec'ing the server (through gosu
 *  when it starts as root), so the server becomes pid 1, as in the real images. Another command is exec'd as is. */
import type { Process, Program } from '../../os/process'
import { execInto } from './exec'

const exists = (p: Process, path: string) => p.fs.stat(path) !== undefined
const isRoot = (p: Process) => (p.env.USER ?? 'root') === 'root' && !p.env.GOSU_STEPPED_DOWN

/** `2025-06-20 10:00:00+00:00`, what `date --rfc-3339=seconds` prints in UTC. */
function rfc3339Seconds(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '+00:00')
}

export const dockerEntrypoint: Program = async (p) => {
  const args = p.argv.slice(1)
  if (exists(p, '/usr/sbin/mysqld')) return mysql(p, args)
  if (exists(p, '/usr/local/bin/redis-server')) return redis(p, args)
  if (p.env.PG_MAJOR) return postgres(p, args)
  return args.length ? execInto(p, args) : 0
}

async function redis(p: Process, args: string[]): Promise<number> {
  let cmd = args
  if (cmd.length && (cmd[0].startsWith('-') || cmd[0].endsWith('.conf'))) cmd = ['redis-server', ...cmd]
  if (cmd[0] === 'redis-server' && isRoot(p)) {
    return execInto(p, ['gosu', 'redis', p.argv[0], ...cmd], { env: { ...p.env, GOSU_STEPPED_DOWN: '1' } })
  }
  const modules = '/usr/local/lib/redis/modules'
  if (cmd[0] === 'redis-server' && exists(p, modules)) {
    p.stdout.write('Starting Redis Server\n')
    for (const name of p.fs.readdir(modules).filter((n) => n.endsWith('.so'))) cmd = [...cmd, '--loadmodule', `${modules}/${name}`]
  }
  const env = { ...p.env }
  delete env.GOSU_STEPPED_DOWN
  return cmd.length ? execInto(p, cmd, { env }) : 0
}

async function postgres(p: Process, args: string[]): Promise<number> {
  let cmd = args
  if (cmd.length && cmd[0].startsWith('-')) cmd = ['postgres', ...cmd]
  if (cmd[0] !== 'postgres') return execInto(p, cmd)
  const pgdata = p.env.PGDATA ?? '/var/lib/postgresql/data'
  const initialized = exists(p, `${pgdata}/PG_VERSION`)
  if (isRoot(p)) {
    try { p.fs.mkdir(pgdata, { parents: true }) } catch { /* exists */ }
    return execInto(p, ['gosu', 'postgres', p.argv[0], ...cmd], { env: { ...p.env, GOSU_STEPPED_DOWN: '1' } })
  }
  if (!initialized) {
    if (!p.env.POSTGRES_PASSWORD && p.env.POSTGRES_HOST_AUTH_METHOD !== 'trust') {
      p.stderr.write('Error: Database is uninitialized and superuser password is not specified.\n       You must specify POSTGRES_PASSWORD to a non-empty value for the\n       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".\n\n       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all\n       connections without a password. This is *not* recommended.\n\n       See PostgreSQL documentation about "trust":\n       https://www.postgresql.org/docs/current/auth-trust.html\n')
      return 1
    }
    const out = (t: string) => p.stdout.write(t)
    out('The files belonging to this database system will be owned by user "postgres".\nThis user must also own the server process.\n\nThe database cluster will be initialized with locale "en_US.utf8".\nThe default database encoding has accordingly been set to "UTF8".\nThe default text search configuration will be set to "english".\n\nData page checksums are disabled.\n\n')
    out(`fixing permissions on existing directory ${pgdata} ... ok\ncreating subdirectories ... ok\nselecting dynamic shared memory implementation ... posix\nselecting default "max_connections" ... 100\nselecting default "shared_buffers" ... 128MB\nselecting default time zone ... Etc/UTC\ncreating configuration files ... ok\nrunning bootstrap script ... ok\nperforming post-bootstrap initialization ... ok\nsyncing data to disk ... ok\n\n\nSuccess. You can now start the database server using:\n\n    pg_ctl -D ${pgdata} -l logfile start\n\n`)
    p.stderr.write('initdb: warning: enabling "trust" authentication for local connections\ninitdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.\n')
    for (const dir of ['base', 'global', 'pg_wal', 'pg_xact']) p.fs.mkdir(`${pgdata}/${dir}`, { parents: true })
    p.fs.writeFile(`${pgdata}/PG_VERSION`, `${p.env.PG_MAJOR}\n`)
    p.fs.writeFile(`${pgdata}/postgresql.conf`, "listen_addresses = '*'\n")
    out('waiting for server to start....')
    await p.sleep(1000)
    out(' done\nserver started\n\n/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*\n\nwaiting for server to shut down....')
    await p.sleep(200)
    out(' done\nserver stopped\n\nPostgreSQL init process complete; ready for start up.\n\n')
  } else {
    p.stdout.write('\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n')
  }
  const env = { ...p.env }
  delete env.GOSU_STEPPED_DOWN
  return execInto(p, cmd, { env })
}

async function mysql(p: Process, args: string[]): Promise<number> {
  let cmd = args
  if (cmd.length && cmd[0].startsWith('-')) cmd = ['mysqld', ...cmd]
  if (cmd[0] !== 'mysqld') return execInto(p, cmd)
  const version = p.env.MYSQL_VERSION ?? '9.3.0-1.el9'
  const note = (t: string) => p.stdout.write(`${rfc3339Seconds(p.host.now())} [Note] [Entrypoint]: ${t}\n`)
  const error = (t: string) => p.stderr.write(`${rfc3339Seconds(p.host.now())} [ERROR] [Entrypoint]: ${t}\n`)
  note(`Entrypoint script for MySQL Server ${version} started.`)
  if (isRoot(p)) {
    note("Switching to dedicated user 'mysql'")
    return execInto(p, ['gosu', 'mysql', p.argv[0], ...cmd], { env: { ...p.env, GOSU_STEPPED_DOWN: '1' } })
  }
  const datadir = '/var/lib/mysql'
  if (!exists(p, `${datadir}/mysql`)) {
    if (!p.env.MYSQL_ROOT_PASSWORD && !p.env.MYSQL_ALLOW_EMPTY_PASSWORD && !p.env.MYSQL_RANDOM_ROOT_PASSWORD) {
      error('Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD')
      return 1
    }
    note('Initializing database files')
    const ts = () => new Date(p.host.now()).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z')
    const mysqlVersion = version.split('-')[0]
    p.stdout.write(`${ts()} 0 [System] [MY-015017] [Server] MySQL Server Initialization - start.\n`)
    p.stdout.write(`${ts()} 0 [System] [MY-013169] [Server] /usr/sbin/mysqld (mysqld ${mysqlVersion}) initializing of server in progress as process 80\n`)
    p.stdout.write(`${ts()} 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.\n${ts()} 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.\n`)
    p.stdout.write(`${ts()} 6 [Warning] [MY-010453] [Server] root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.\n`)
    await p.sleep(2000)
    p.stdout.write(`${ts()} 0 [System] [MY-015018] [Server] MySQL Server Initialization - end.\n`)
    for (const dir of ['mysql', 'performance_schema', 'sys']) p.fs.mkdir(`${datadir}/${dir}`, { parents: true })
    p.fs.writeFile(`${datadir}/ibdata1`, '')
    note('Database files initialized')
    note('Starting temporary server')
    note('Temporary server started.')
    note("Creating database ''")
    if (p.env.MYSQL_DATABASE) note(`Creating database ${p.env.MYSQL_DATABASE}`)
    note('Stopping temporary server')
    note('Temporary server stopped')
    p.stdout.write('\n')
    note('MySQL init process done. Ready for start up.')
    p.stdout.write('\n')
  }
  const env = { ...p.env }
  delete env.GOSU_STEPPED_DOWN
  return execInto(p, cmd, { env })
}

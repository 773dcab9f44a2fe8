/** Containers end to end, through the shell on @xterm/headless: what a learner types and exactly what Docker 28.2.2
 *  prints back. The virtual clock moves 1 s per typed command (and waits out what a command waits for: a pull's
 *  progress, `docker stop`'s 10 s), so CREATED and STATUS columns are repeatable. Containers are named; where an
 *  ID appears it is matched by shape. */
import { describe, expect, it } from 'vitest'
import { givenMachine, type TestMachine } from './support/given-machine'
import { installTree } from '../src/os/install-tree'
import { createMemoryStorage } from '../src/engine/storage/memory-storage'

const catalog = () => import('../src/engine/registry/hub/catalog')

/** Types a command and returns what it printed. */
async function run(m: TestMachine, command: string): Promise<string> {
  await m.type(command)
  await m.settle()
  return m.output(command)
}

/** A machine with alpine pulled (and curl on the host, which the lead adds to the CentOS base). */
async function machine(o: { full?: boolean } = {}): Promise<TestMachine> {
  const m = await givenMachine(o.full ? { catalog } : {})
  installTree(m.machine.fs, { 'usr/bin/curl': { program: 'curl' } }, 0)
  await run(m, 'docker pull -q alpine')
  return m
}

const ID64 = /^[0-9a-f]{64}$/

describe('docker run', () => {
  it('prints the output of a command and exits with its status', async () => {
    const m = await machine()
    expect(await run(m, 'docker run alpine echo hello world')).toBe('hello world')
    expect(await run(m, "docker run --rm alpine sh -c 'exit 3'")).toBe('')
    expect(await run(m, 'echo $?')).toBe('3')
    expect(await run(m, 'docker run --rm -e FOO=bar -w /tmp alpine sh -c \'echo $FOO; pwd\'')).toBe('bar\n/tmp')
  })

  it('gives the process the environment dockerd makes: PATH, HOSTNAME, -e, HOME', async () => {
    const m = await machine()
    const out = await run(m, 'docker run --rm -e FOO=bar -h box1 alpine env')
    expect(out).toBe('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=box1\nFOO=bar\nHOME=/root')
  })

  it('runs alpine\'s sh to the end of its (empty) input when there is no -it', async () => {
    const m = await machine()
    expect(await run(m, 'docker run --name quick alpine')).toBe('')
    expect(await run(m, 'docker ps -a --format "{{.Names}} {{.Status}}"')).toBe('quick Exited (0) 1 second ago')
  })

  it('prints the full ID with -d and leaves the container running', async () => {
    const m = await machine()
    expect(await run(m, 'docker run -d --name sleeper alpine sleep 3600')).toMatch(ID64)
    await m.type('sleep 3')
    expect(await run(m, 'docker ps')).toMatch(/^CONTAINER ID   IMAGE     COMMAND        CREATED         STATUS         PORTS     NAMES\n[0-9a-f]{12}   alpine    "sleep 3600"   5 seconds ago   Up 5 seconds             sleeper$/)
  })

  it('refuses a name in use, with the holder\'s full ID (exit 125)', async () => {
    const m = await machine()
    const id = await run(m, 'docker run -d --name web alpine sleep 99')
    expect(await run(m, 'docker run -d --name web alpine sleep 99')).toBe(
      `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.\n\nRun 'docker run --help' for more information`)
    expect(await run(m, 'echo $?')).toBe('125')
  })

  it('leaves a container Created when its command is missing (exit 127)', async () => {
    const m = await machine()
    expect(await run(m, 'docker run --name nobash alpine bash')).toBe(
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "bash": executable file not found in $PATH: unknown\n\nRun \'docker run --help\' for more information')
    expect(await run(m, 'echo $?')).toBe('127')
    expect(await run(m, 'docker ps -a --format "{{.Names}} {{.Status}}"')).toBe('nobash Created')
    expect(await run(m, 'docker start nobash')).toMatch(/^Error response from daemon: failed to create task .* "bash": executable file not found in \$PATH: unknown\nError: failed to start containers: nobash$/)
  })

  it('checks its flags before asking the daemon', async () => {
    const m = await machine()
    const hint = "\n\nRun 'docker run --help' for more information"
    expect(await run(m, 'docker run -d -p 99999:80 alpine')).toBe(`docker: invalid hostPort: 99999${hint}`)
    expect(await run(m, 'docker run -d -p 80:80:80:80 alpine')).toBe(`docker: invalid IP address: 80:80${hint}`)
    expect(await run(m, 'docker run -p 80/xyz alpine')).toBe(`docker: invalid proto: xyz${hint}`)
    expect(await run(m, 'docker run --pull bogus alpine')).toBe(`docker: invalid pull option: 'bogus': must be one of "always", "missing" or "never"${hint}`)
    expect(await run(m, 'docker run --rm --restart always alpine')).toBe(`docker: conflicting options: cannot specify both --restart and --rm${hint}`)
    expect(await run(m, 'docker run --restart on-failure:x alpine')).toBe(`docker: invalid restart policy format: maximum retry count must be an integer${hint}`)
    expect(await run(m, 'docker run --pull never redis')).toBe(`docker: Error response from daemon: No such image: redis:latest${hint}`)
    expect(await run(m, 'docker ps -a -q')).toBe('')
  })

  it('feeds its stdin to the container with -i', async () => {
    const m = await machine()
    expect(await run(m, 'echo "echo hi from stdin" | docker run -i --rm alpine sh')).toBe('hi from stdin')
  })

  it('creates without starting; start -a attaches and exits with the status', async () => {
    const m = await machine()
    expect(await run(m, 'docker create --name later alpine sh -c "echo ran; exit 4"')).toMatch(ID64)
    expect(await run(m, 'docker ps -a --format "{{.Names}} {{.Status}}"')).toBe('later Created')
    expect(await run(m, 'docker start -a later; echo $?')).toBe('ran\n4')
  })

  it('runs --entrypoint with the arguments after the image', async () => {
    const m = await machine()
    expect(await run(m, 'docker run --rm --entrypoint echo alpine hello world')).toBe('hello world')
  })

  it('removes a --rm container once it exits', async () => {
    const m = await machine()
    expect(await run(m, 'docker run --rm --name gone alpine echo bye')).toBe('bye')
    expect(await run(m, 'docker ps -a -q')).toBe('')
  })
})

describe('container lifecycle', () => {
  it('stops `sleep` (pid 1 ignores SIGTERM) after 10 s with SIGKILL: Exited (137)', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name sl alpine sleep 3600')
    const before = m.clock.now()
    expect(await run(m, 'docker stop sl')).toBe('sl')
    expect(m.clock.now() - before).toBe(11_000)
    expect(await run(m, 'docker ps -a --format "{{.Status}}"')).toBe('Exited (137) 1 second ago')
    expect(await run(m, 'docker stop sl')).toBe('sl')
    expect(await run(m, 'docker start sl')).toBe('sl')
    const t = m.clock.now()
    expect(await run(m, 'docker stop -t 2 sl')).toBe('sl')
    expect(m.clock.now() - t).toBe(3_000)
  })

  it('prints successes in order and the errors at the end', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name one alpine sleep 99')
    await run(m, 'docker run -d --name two alpine sleep 99')
    expect(await run(m, 'docker kill one nosuch two')).toBe('one\ntwo\nError response from daemon: cannot kill container: nosuch: No such container: nosuch')
    expect(await run(m, 'echo $?')).toBe('1')
    const id = (await run(m, 'docker inspect -f "{{.Id}}" one'))
    expect(await run(m, 'docker kill one')).toBe(`Error response from daemon: cannot kill container: one: container ${id} is not running`)
    expect(await run(m, 'docker wait one')).toBe('137')
    expect(await run(m, 'docker start nosuch')).toBe('Error response from daemon: No such container: nosuch\nError: failed to start containers: nosuch')
    expect(await run(m, 'docker rm nosuch')).toBe('Error response from daemon: No such container: nosuch')
    expect(await run(m, 'docker rm -f nosuch; echo $?')).toBe('Error response from daemon: No such container: nosuch\n0')
  })

  it('pauses and unpauses, with the daemon\'s refusals', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name frozen alpine sleep 3600')
    const id = await run(m, 'docker inspect -f "{{.Id}}" frozen')
    expect(await run(m, 'docker pause frozen')).toBe('frozen')
    expect(await run(m, 'docker pause frozen')).toBe(`Error response from daemon: Container ${id} is already paused`)
    expect(await run(m, 'docker ps --format "{{.Status}}"')).toBe('Up 4 seconds (Paused)')
    expect(await run(m, 'docker exec frozen ls')).toBe('Error response from daemon: Container frozen is paused, unpause the container before exec')
    expect(await run(m, 'docker rm frozen')).toBe('Error response from daemon: cannot remove container "frozen": container is paused and must be unpaused first')
    expect(await run(m, 'docker unpause frozen')).toBe('frozen')
    expect(await run(m, 'docker unpause frozen')).toBe(`Error response from daemon: Container ${id} is not paused`)
    expect(await run(m, 'docker rm frozen')).toBe('Error response from daemon: cannot remove container "frozen": container is running: stop the container before removing or force remove')
    expect(await run(m, 'docker rm -f frozen')).toBe('frozen')
    expect(await run(m, 'docker ps -a -q')).toBe('')
  })

  it('keeps a paused container\'s processes from running', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name ticker alpine sh -c "while true; do echo tick; sleep 1; done"')
    await run(m, 'docker pause ticker')
    const ticks = (await run(m, 'docker logs ticker')).split('\n').length
    await run(m, 'sleep 5')
    expect((await run(m, 'docker logs ticker')).split('\n').length).toBe(ticks)
    await run(m, 'docker unpause ticker')
    await run(m, 'sleep 3')
    expect((await run(m, 'docker logs ticker')).split('\n').length).toBeGreaterThan(ticks)
  })

  it('renames, refusing a name in use and the same name', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name aa alpine sleep 99')
    const bb = await run(m, 'docker run -d --name bb alpine sleep 99')
    expect(await run(m, 'docker rename aa bb')).toBe(`Error response from daemon: Error when allocating new name: Conflict. The container name "/bb" is already in use by container "${bb}". You have to remove (or rename) that container to be able to reuse that name.\nError: failed to rename container named aa`)
    expect(await run(m, 'docker rename aa aa')).toBe('Error response from daemon: Renaming a container with the same name as its current name\nError: failed to rename container named aa')
    expect(await run(m, 'docker rename aa cc')).toBe('')
    expect(await run(m, 'docker ps --format "{{.Names}}"')).toBe('bb\ncc')
  })

  it('restarts a container whose policy says so, and again after the daemon restarts', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name always --restart always alpine sleep 3600')
    await run(m, 'docker run -d --name once alpine sleep 3600')
    // The daemon stops its containers on the way down: sleep ignores SIGTERM, so it is killed after 10 s, and only
    // then has the daemon stopped.
    const stopped = m.machine.engine.stop()
    await m.pass(11_000)
    await stopped
    m.machine.engine.start(m.machine.engine.config())
    await m.machine.engine.restartContainers()
    expect(await run(m, 'docker ps --format "{{.Names}} {{.Status}}"')).toBe('always Up 1 second')
    expect(await run(m, 'docker ps -a --format "{{.Names}} {{.Status}}" --filter name=once')).toMatch(/^once Exited \(137\) \d+ seconds ago$/)
  })

  it('after a reload of the page, finds its running containers running again and its volumes intact', async () => {
    const storage = createMemoryStorage()
    const before = await givenMachine({ storage })
    await run(before, 'docker run --rm -v data:/data alpine sh -c "echo kept > /data/f"')
    await run(before, 'docker run -d --name always --restart always -p 8080:80 alpine sleep 3600')
    await run(before, 'docker run -d --name plain alpine sleep 3600')
    await run(before, 'docker run --name done alpine true')
    const after = await givenMachine({ storage })
    await after.machine.engine.restartContainers()
    await after.settle()
    expect(await run(after, 'docker ps -a --format "{{.Names}} {{.State}} {{.Ports}}"')).toBe('done exited\nplain running\nalways running 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp')
    expect(await run(after, 'docker inspect -f "{{.State.ExitCode}}" done')).toBe('0')
    expect(await run(after, 'docker run --rm -v data:/data alpine cat /data/f')).toBe('kept')
  })

  it('brings an on-failure container back until it succeeds or runs out of retries', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name flaky --restart on-failure:2 alpine sh -c "exit 1"')
    await run(m, 'sleep 2')
    expect(await run(m, 'docker ps -a --format "{{.Status}}"')).toMatch(/^Exited \(1\) /)
    expect(await run(m, 'docker inspect -f "{{.RestartCount}} {{.HostConfig.RestartPolicy.Name}}" flaky')).toBe('2 on-failure')
  })

  it('prunes stopped containers after asking', async () => {
    const m = await machine()
    const a = await run(m, 'docker run -d --name p1 alpine true')
    await run(m, 'docker run -d --name p2 alpine sleep 99')
    expect(await run(m, 'echo n | docker container prune; echo')).toBe('WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N]')
    expect(await run(m, 'docker container prune -f')).toBe(`Deleted Containers:\n${a}\n\nTotal reclaimed space: 0B`)
    expect(await run(m, 'docker ps -a --format "{{.Names}}"')).toBe('p2')
  })
})

describe('docker exec', () => {
  it('runs a command in the container, with its own pid', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name recent alpine sleep 3600')
    expect(await run(m, 'docker exec recent ps')).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n    2 root      0:00 ps')
    expect(await run(m, 'docker exec -e FOO=bar recent env')).toMatch(/^PATH=\/usr\/local\/sbin:\/usr\/local\/bin:\/usr\/sbin:\/usr\/bin:\/sbin:\/bin\nHOSTNAME=[0-9a-f]{12}\nFOO=bar\nHOME=\/root$/)
    expect(await run(m, 'docker exec -w /tmp recent pwd')).toBe('/tmp')
    expect(await run(m, 'docker exec recent cat /nonexistent; echo $?')).toBe("cat: can't open '/nonexistent': No such file or directory\n1")
    expect(await run(m, 'docker exec -d recent touch /tmp/made; echo $?')).toBe('0')
    expect(await run(m, 'docker exec recent ls /tmp')).toBe('made')
  })

  it('runs as the user -u names, resolved in the container\'s passwd and group files', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name who alpine sleep 3600')
    expect(await run(m, 'docker exec who id')).toBe('uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)')
    expect(await run(m, 'docker exec -u nobody who whoami')).toBe('nobody')
    expect(await run(m, 'docker exec -u nobody who id')).toBe('uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)')
    expect(await run(m, 'docker exec -u nobody:wheel who id -gn')).toBe('wheel')
    expect(await run(m, 'docker exec -u 1000 who id')).toBe('uid=1000 gid=0(root) groups=0(root)')
    expect(await run(m, 'docker exec -u 1000 who whoami; echo $?')).toBe('whoami: unknown uid 1000\n1')
    expect(await run(m, 'docker exec -u 65534 who ps')).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n    8 nobody    0:00 ps')
    expect(await run(m, 'docker run --rm -u guest alpine id')).toBe('uid=405(guest) gid=100(users) groups=100(users)')
    expect(await run(m, 'docker exec -u nobody who sh -c "echo \\$HOME"')).toBe('/')
    await m.type('docker exec -it -u nobody who sh')
    expect((await m.screen()).trimEnd().split('\n').pop()).toBe('/ $')
    await m.type('exit')
  })

  it('words a missing command as each shell does: busybox sh `not found`, bash `command not found`', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name shells alpine sleep 3600')
    expect(await run(m, 'docker exec shells sh -c "bash; echo \\$?"')).toBe('sh: bash: not found\n127')
    expect(await run(m, 'nosuchthing')).toBe('-bash: nosuchthing: command not found')
  })

  it('reports a missing program as output, exit 127', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name alp alpine sleep 3600')
    expect(await run(m, 'docker exec -it alp bash; echo $?')).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n127')
  })

  it('refuses a stopped or missing container', async () => {
    const m = await machine()
    await run(m, 'docker run --name done alpine true')
    const id = await run(m, 'docker inspect -f "{{.Id}}" done')
    expect(await run(m, 'docker exec done ls')).toBe(`Error response from daemon: container ${id} is not running`)
    expect(await run(m, 'docker exec nosuch ls')).toBe('Error response from daemon: No such container: nosuch')
  })

  it('opens the image\'s shell with -it and returns to the host on exit', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name box alpine sleep 3600')
    await m.type('docker exec -it box sh')
    expect((await m.screen()).endsWith('/ #')).toBe(true)
    expect(await run(m, 'ps')).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n    2 root      0:00 sh\n    3 root      0:00 ps')
    await m.type('exit 5')
    expect(await run(m, 'echo $?')).toBe('5')
  })
})

describe('attached terminals', () => {
  it('detaches from `run -it` with Ctrl-P Ctrl-Q, silently, and attaches again', async () => {
    const m = await machine()
    await m.type('docker run -it --name box alpine sh')
    await m.type('echo one')
    await m.keys('\x10\x11')
    await m.settle()
    expect((await m.screen()).split('\n').slice(-2)).toEqual(['one', '/ # [root@localhost ~]#'])
    expect(await run(m, 'docker ps --format "{{.Names}} {{.Status}}"')).toBe('box Up 2 seconds')
    await m.type('docker attach box')
    expect(await run(m, 'echo two')).toBe('two')
    await m.keys('\x10\x11')
    await m.settle()
    expect((await m.screen()).split('\n').slice(-2)).toEqual(['/ # read escape sequence', '[root@localhost ~]#'])
    expect(await run(m, 'echo $?')).toBe('1')
    expect(await run(m, 'docker logs box')).toBe('/ # echo one\none\n/ # echo two\ntwo')
    await m.type('docker attach box')
    await m.type('exit 7')
    expect(await run(m, 'echo $?')).toBe('7')
    expect(await run(m, 'docker ps -a --format "{{.Status}}"')).toBe('Exited (7) 2 seconds ago')
  })

  it('passes other keys after Ctrl-P on to the container', async () => {
    const m = await machine()
    await m.type('docker run -it alpine sh')
    await m.keys('\x10')
    await m.type('echo still here')
    expect((await m.screen()).split('\n').slice(-2)).toEqual(['still here', '/ #'])
  })
})

describe('docker logs', () => {
  it('keeps stdout and stderr, --tail, -t with 9 decimals, and refuses a bad --since', async () => {
    const m = await machine()
    await run(m, "docker run --name talker alpine sh -c 'for i in 1 2 3; do echo line $i; echo err $i >&2; done'")
    expect(await run(m, 'docker logs talker')).toBe('line 1\nerr 1\nline 2\nerr 2\nline 3\nerr 3')
    expect(await run(m, 'docker logs talker 2>/dev/null')).toBe('line 1\nline 2\nline 3')
    expect(await run(m, 'docker logs --tail 2 talker')).toBe('line 3\nerr 3')
    expect(await run(m, 'docker logs -t --tail 1 talker')).toMatch(/^2026-01-01T00:00:\d\d\.\d{9}Z err 3$/)
    expect(await run(m, 'docker logs --since bogus talker')).toBe('invalid value for "since": failed to parse value as time or duration: "bogus"')
    expect(await run(m, 'docker logs --since 1h talker')).toBe('line 1\nerr 1\nline 2\nerr 2\nline 3\nerr 3')
    expect(await run(m, 'docker logs nosuch')).toBe('Error response from daemon: No such container: nosuch')
  })

  it('follows with -f until Ctrl-C', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name ticker alpine sh -c "while true; do echo tick; sleep 1; done"')
    await m.keys('docker logs -f --tail 1 ticker\r')
    await m.settle()
    await m.pass(2000)
    await m.keys('\x03')
    await m.settle()
    await m.type('echo $?')
    expect(await m.output('echo $?')).toBe('130')
    const screen = (await m.screen()).split('\n')
    const from = screen.findIndex((l) => l.endsWith('docker logs -f --tail 1 ticker'))
    expect(screen.slice(from + 1, from + 5)).toEqual(['tick', 'tick', 'tick', '^C'])
  })
})

describe('networking', () => {
  it('publishes ports and orders PORTS as the CLI does', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name web2 -p 8080 -p 127.0.0.1:9000:9000/udp --expose 443 alpine sleep 99')
    expect(await run(m, 'docker ps --format "{{.Ports}}"')).toBe('443/tcp, 127.0.0.1:9000->9000/udp, 0.0.0.0:32768->8080/tcp, [::]:32768->8080/tcp')
    expect(await run(m, 'docker port web2')).toBe('8080/tcp -> 0.0.0.0:32768\n8080/tcp -> [::]:32768\n9000/udp -> 127.0.0.1:9000')
    expect(await run(m, 'docker port web2 8080')).toBe('0.0.0.0:32768\n[::]:32768')
    expect(await run(m, 'docker port web2 443')).toBe("Error: No public port '443' published for web2")
    await run(m, 'docker run -d --name web3 -p 8081:80 alpine sleep 99')
    expect(await run(m, 'docker run -d --name web4 -p 8081:80 alpine sleep 99')).toMatch(
      /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint web4 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8081 failed: port is already allocated\n\nRun 'docker run --help' for more information$/)
    expect(await run(m, 'docker ps -a --filter name=web4 --format "{{.Status}} [{{.Ports}}]"')).toBe('Created []')
  })

  it('gives containers 172.17.0.x addresses in start order', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name n1 alpine sleep 99')
    await run(m, 'docker run -d --name n2 alpine sleep 99')
    expect(await run(m, 'docker inspect -f "{{.NetworkSettings.IPAddress}}" n1 n2')).toBe('172.17.0.2\n172.17.0.3')
    expect(await run(m, 'docker exec n2 cat /etc/hosts')).toMatch(/\n172\.17\.0\.3\s+[0-9a-f]{12}$/)
  })

  it('curl: connection refused and unknown hosts as curl words them', async () => {
    const m = await machine()
    expect(await run(m, 'curl localhost:8081; echo $?')).toBe("curl: (7) Failed to connect to localhost port 8081 after 0 ms: Couldn't connect to server\n7")
    expect(await run(m, 'curl example.com; echo $?')).toBe('curl: (6) Could not resolve host: example.com\n6')
    expect(await run(m, 'curl -s localhost:8081; echo $?')).toBe('7')
  })
})

describe('volumes and files', () => {
  it('keeps a named volume\'s files for the next container', async () => {
    const m = await machine()
    await run(m, 'docker run --rm -v data:/data alpine sh -c "echo kept > /data/f"')
    expect(await run(m, 'docker run --rm -v data:/data alpine cat /data/f')).toBe('kept')
  })

  it('mounts a host directory into the container', async () => {
    const m = await machine()
    await run(m, 'mkdir -p /srv/site && echo from-host > /srv/site/index.html')
    expect(await run(m, 'docker run --rm -v /srv/site:/usr/share/site:ro alpine cat /usr/share/site/index.html')).toBe('from-host')
    await run(m, 'docker run --rm -v /srv/site:/site alpine sh -c "echo back > /site/new.txt"')
    expect(await run(m, 'cat /srv/site/new.txt')).toBe('back')
  })

  it('lists what a container changed, and copies files both ways', async () => {
    const m = await machine()
    await run(m, 'docker run --name fs1 alpine sh -c "echo data > /tmp/new.txt; rm /etc/group"')
    expect(await run(m, 'docker diff fs1')).toBe('C /etc\nD /etc/group\nC /tmp\nA /tmp/new.txt')
    expect(await run(m, 'docker cp fs1:/tmp/new.txt /root/new.txt && cat /root/new.txt')).toBe('Successfully copied 2.05kB to /root/new.txt\ndata')
    await run(m, 'echo hostfile > /root/h.txt')
    expect(await run(m, 'docker cp /root/h.txt fs1:/root/h.txt')).toBe('Successfully copied 2.05kB to fs1:/root/h.txt')
    expect(await run(m, 'docker cp fs1:/root/h.txt - | wc -c')).toBe('2048')
    expect(await run(m, 'docker cp fs1:/nope /root/x')).toBe('Error response from daemon: Could not find the file /nope in container fs1')
    expect(await run(m, 'docker cp /root/h.txt /root/y')).toBe('must specify at least one container source')
  })

  it('commits a container to an image that has its files, with a history entry for it', async () => {
    const m = await machine()
    await run(m, 'docker run --name maker alpine sh -c "echo baked > /baked.txt"')
    expect(await run(m, 'docker commit -m "bake it" maker mine:v1')).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(await run(m, 'docker images --format "{{.Repository}}:{{.Tag}} {{.Size}}"')).toBe('mine:v1 8.31MB\nalpine:latest 8.31MB')
    expect((await run(m, 'docker history mine:v1')).split('\n')[1]).toMatch(/^[0-9a-f]{12}   2 seconds ago   sh -c echo baked > \/baked\.txt {19}6B        bake it$/)
    expect(await run(m, 'docker run --rm mine:v1 cat /baked.txt')).toBe('baked')
  })

  it('exports the merged filesystem as a tar, refusing a terminal', async () => {
    const m = await machine()
    await run(m, 'docker run --name ex alpine touch /made-here')
    expect(await run(m, 'docker export ex')).toBe('cowardly refusing to save to a terminal. Use the -o flag or redirect')
    expect(await run(m, 'docker export -o /root/ex.tar ex && ls /root/ex.tar')).toBe('/root/ex.tar')
    const tar = m.machine.fs.readFile('/root/ex.tar')
    const { unpackTar } = await import('modern-tar')
    const names = (await unpackTar(tar)).map((e) => e.header.name)
    expect(names).toEqual(expect.arrayContaining(['made-here', '.dockerenv', 'etc/hostname', 'etc/alpine-release', 'bin/busybox']))
  })
})

describe('docker inspect, top and stats', () => {
  it('describes a container in the daemon\'s fields', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name web -p 8080:80 alpine sleep 99')
    expect(await run(m, 'docker container inspect -f "{{.State.Status}} {{.State.Running}} {{.Config.Image}} {{.Name}} {{.RestartCount}}" web')).toBe('running true alpine /web 0')
    expect(await run(m, 'docker container inspect -f "{{json .HostConfig.PortBindings}}" web')).toBe('{"80/tcp":[{"HostIp":"","HostPort":"8080"}]}')
    const json = JSON.parse(await run(m, 'docker container inspect web')) as Record<string, unknown>[]
    expect(Object.keys(json[0])).toEqual(['Id', 'Created', 'Path', 'Args', 'State', 'Image', 'ResolvConfPath', 'HostnamePath', 'HostsPath', 'LogPath', 'Name', 'RestartCount', 'Driver', 'Platform', 'MountLabel', 'ProcessLabel', 'AppArmorProfile', 'ExecIDs', 'HostConfig', 'GraphDriver', 'Mounts', 'Config', 'NetworkSettings'])
    expect(await run(m, 'docker container inspect nosuch')).toBe('[]\nError response from daemon: No such container: nosuch')
  })

  it('shows processes with top and one table with stats --no-stream', async () => {
    const m = await machine()
    await run(m, 'docker run -d --name sl alpine sleep 3600')
    expect(await run(m, 'docker top sl')).toMatch(/^UID {17}PID {17}PPID {16}C {19}STIME {15}TTY {17}TIME {16}CMD\nroot {16}\d+ +\d+ +0 {19}00:00 {15}\? {19}00:00:00 {12}sleep 3600$/)
    expect(await run(m, 'docker stats --no-stream')).toMatch(/^CONTAINER ID   NAME      CPU %     MEM USAGE \/ LIMIT   MEM %     NET I\/O         BLOCK I\/O   PIDS\n[0-9a-f]{12}   sl        0\.00%     296KiB \/ 3\.701GiB   0\.01%     1\.05kB \/ 126B   0B \/ 0B     1$/)
    await run(m, 'docker stop -t 0 sl')
    const id = await run(m, 'docker inspect -f "{{.Id}}" sl')
    expect(await run(m, 'docker top sl')).toBe(`Error response from daemon: container ${id} is not running`)
  })
})

describe('images as their containers run them', () => {
  it('nginx: serves its welcome page on the published port, logs each request, and stops gracefully', async () => {
    const m = await machine({ full: true })
    await run(m, 'docker pull -q nginx')
    await run(m, 'docker run -d --name web -p 8080:80 nginx')
    const page = await run(m, 'curl localhost:8080')
    expect(page.split('\n')[3]).toBe('<title>Welcome to nginx!</title>')
    expect(await run(m, 'curl -s localhost:8080 | wc -c')).toBe('615')
    const logs = (await run(m, 'docker logs web')).split('\n')
    expect(logs.slice(0, 5)).toEqual([
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
      '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    ])
    expect(logs.slice(-11)).toEqual([
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
      expect.stringMatching(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] 1#1: using the "epoll" event method$/),
      expect.stringMatching(/ \[notice\] 1#1: nginx\/1\.27\.5$/),
      expect.stringMatching(/ \[notice\] 1#1: built by gcc 12\.2\.0 \(Debian 12\.2\.0-14\+deb12u1\)$/),
      expect.stringMatching(/ \[notice\] 1#1: OS: Linux 3\.10\.0-1160\.el7\.x86_64$/),
      expect.stringMatching(/ \[notice\] 1#1: getrlimit\(RLIMIT_NOFILE\): 1048576:1048576$/),
      expect.stringMatching(/ \[notice\] 1#1: start worker processes$/),
      expect.stringMatching(/ \[notice\] 1#1: start worker process \d+$/),
      expect.stringMatching(/ \[notice\] 1#1: start worker process \d+$/),
      expect.stringMatching(/^172\.17\.0\.1 - - \[01\/Jan\/2026:00:\d\d:\d\d \+0000\] "GET \/ HTTP\/1\.1" 200 615 "-" "curl\/8\.5\.0" "-"$/),
      expect.stringMatching(/^172\.17\.0\.1 - - .* 200 615 /),
    ])
    expect(await run(m, 'docker top web')).toMatch(/^UID .*\nroot +\d+ .* nginx: master process nginx -g daemon off;\n101 +\d+ .* nginx: worker process\n101 +\d+ .* nginx: worker process$/)
    expect(await run(m, 'docker diff web')).toBe('C /etc\nC /etc/nginx\nC /etc/nginx/conf.d\nC /etc/nginx/conf.d/default.conf\nC /run\nA /run/nginx.pid\nC /var\nC /var/cache\nC /var/cache/nginx\nA /var/cache/nginx/client_temp\nA /var/cache/nginx/fastcgi_temp\nA /var/cache/nginx/proxy_temp\nA /var/cache/nginx/scgi_temp\nA /var/cache/nginx/uwsgi_temp')
    const start = m.clock.now()
    expect(await run(m, 'docker stop web')).toBe('web')
    expect(m.clock.now() - start).toBe(1000)
    expect((await run(m, 'docker logs --tail 1 web'))).toMatch(/ \[notice\] 1#1: exit$/)
    expect(await run(m, 'docker ps -a --format "{{.Status}}"')).toBe('Exited (0) 2 seconds ago')
    expect(await run(m, 'curl localhost:8080')).toBe("curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server")
  })

  it('nginx: shows a request in `docker logs -f`, and answers 404 with its error page', async () => {
    const m = await machine({ full: true })
    await run(m, 'docker pull -q nginx')
    await run(m, 'docker run -d --name web -p 8080:80 nginx')
    await m.keys('docker logs -f --tail 0 web\r')
    await m.settle()
    const curl = m.machine.kernel.spawn({
      argv: ['curl', '-s', 'localhost:8080/nope'], fs: m.machine.fs, env: { PATH: '/usr/bin' }, cwd: '/root', host: m.machine.host,
    })
    expect(await curl.exited).toBe(0)
    await m.settle()
    await m.keys('\x03')
    await m.settle()
    const screen = (await m.screen()).split('\n')
    const from = screen.findIndex((l) => l.endsWith('docker logs -f --tail 0 web'))
    expect(screen.slice(from + 1)).toEqual([
      expect.stringMatching(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[error\] \d+#\d+: \*1 open\(\) "\/usr\/share\/nginx\/html\/nope" failed \(2: No such file or directory\), client: 172\.17\.0\.1, server: localhost, request: "GET \/nope HTTP\/1\.1", host: "localhost:8080"$/),
      expect.stringMatching(/^172\.17\.0\.1 - - \[.*\] "GET \/nope HTTP\/1\.1" 404 153 "-" "curl\/8\.5\.0" "-"$/),
      '^C',
      '[root@localhost ~]#',
    ])
  })

  it('mysql without a root password exits 1 with the entrypoint\'s error', async () => {
    const m = await machine({ full: true })
    await run(m, 'docker pull -q mysql')
    const out = await run(m, 'docker run --name db mysql; echo $?')
    expect(out).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00:00 \[Note\] \[Entrypoint\]: Entrypoint script for MySQL Server 9\.3\.0-1\.el9 started\.\n.*\[Note\] \[Entrypoint\]: Switching to dedicated user 'mysql'\n.*\[Note\] \[Entrypoint\]: Entrypoint script for MySQL Server 9\.3\.0-1\.el9 started\.\n.*\[ERROR\] \[Entrypoint\]: Database is uninitialized and password option is not specified\n {4}You need to specify one of the following as an environment variable:\n {4}- MYSQL_ROOT_PASSWORD\n {4}- MYSQL_ALLOW_EMPTY_PASSWORD\n {4}- MYSQL_RANDOM_ROOT_PASSWORD\n1$/)
    expect(await run(m, 'docker ps -a --format "{{.Status}}"')).toBe('Exited (1) 1 second ago')
  })

  it('redis: starts, answers redis-cli, and saves on shutdown', async () => {
    const m = await machine({ full: true })
    await run(m, 'docker pull -q redis')
    await run(m, 'docker run -d --name cache redis')
    expect((await run(m, 'docker logs cache')).split('\n').slice(-2)).toEqual([
      expect.stringMatching(/^1:M \d\d \w{3} \d{4} \d\d:\d\d:\d\d\.\d{3} \* Server initialized$/),
      expect.stringMatching(/^1:M .* \* Ready to accept connections tcp$/),
    ])
    expect(await run(m, 'docker exec cache redis-cli set greeting hello')).toBe('OK')
    expect(await run(m, 'docker exec cache redis-cli get greeting')).toBe('hello')
    expect(await run(m, 'docker top cache')).toMatch(/\npolkitd +\d+ .* redis-server \*:6379$/)
    await run(m, 'docker restart cache')
    expect(await run(m, 'docker exec cache redis-cli get greeting')).toBe('hello')
  })
})

describe('docker volume', () => {
  it('creates, lists, refuses to remove while used, then removes a named volume', async () => {
    const m = await givenMachine()
    expect(await run(m, 'docker volume create data')).toBe('data')
    expect(await run(m, 'docker volume ls')).toBe('DRIVER    VOLUME NAME\nlocal     data')
    await run(m, 'docker run --name user -v data:/data alpine sh -c "echo persisted > /data/f"')
    expect(await run(m, 'docker run --rm -v data:/data alpine cat /data/f')).toBe('persisted')
    const id = m.machine.engine.resolveContainer('user')!.id
    expect(await run(m, 'docker volume rm data; echo "status $?"')).toBe(`Error response from daemon: remove data: volume is in use - [${id}]\nstatus 1`)
    await run(m, 'docker rm user')
    expect(await run(m, 'docker volume rm data nosuch; echo "status $?"')).toBe('data\nError response from daemon: get nosuch: no such volume\nstatus 1')
    expect(await run(m, 'docker volume ls -q')).toBe('')
  })
})

describe('docker volume prune', () => {
  it('asks first, removes unused anonymous volumes, and named ones too with -a', async () => {
    const m = await givenMachine()
    await m.type('docker pull -q alpine')
    await m.type('docker run --name gone -v /data alpine true')
    await m.type('docker run --name kept -v /data alpine true')
    await m.type('docker volume create named')
    await m.type('docker rm gone')
    const anon = m.machine.engine.containers()[0].mounts![0].name!
    const all = (await run(m, 'docker volume ls -q')).split('\n')
    const gone = all.find((n) => n !== anon && n !== 'named')!
    expect(await run(m, 'echo n | docker volume prune | tr " " .; echo')).toBe('WARNING!.This.will.remove.anonymous.local.volumes.not.used.by.at.least.one.container.\nAre.you.sure.you.want.to.continue?.[y/N].')
    expect(await run(m, 'docker volume prune -f')).toBe(`Deleted Volumes:\n${gone}\n\nTotal reclaimed space: 0B`)
    expect(await run(m, 'docker volume prune -f')).toBe('Total reclaimed space: 0B')
    expect(await run(m, 'docker volume prune -a -f')).toBe('Deleted Volumes:\nnamed\n\nTotal reclaimed space: 0B')
    expect(await run(m, 'docker volume ls -q')).toBe(`${anon}`)
  })
})

describe('docker network', () => {
  it('lists the predefined networks and user networks by name, and refuses to remove the predefined ones', async () => {
    const m = await givenMachine()
    const ls = (await run(m, 'docker network ls')).split('\n')
    expect(ls[0]).toBe('NETWORK ID     NAME      DRIVER    SCOPE')
    expect(ls.slice(1).map((l) => l.split(/ +/).slice(1))).toEqual([['bridge', 'bridge', 'local'], ['host', 'host', 'local'], ['none', 'null', 'local']])
    const id = (await run(m, 'docker network create app2')).split('\n')[0]
    expect(id).toMatch(/^[0-9a-f]{64}$/)
    await m.type('docker network create app10')
    expect(await run(m, 'docker network ls --filter type=custom --format "{{.Name}} {{.ID}}"')).toBe(`app2 ${id.slice(0, 12)}\napp10 ${(await run(m, 'docker network ls -q --no-trunc --filter name=app10')).split('\n')[0].slice(0, 12)}`)
    expect(await run(m, 'docker network create app2')).toBe('Error response from daemon: network with name app2 already exists')
    expect(await run(m, 'docker network create -d host h')).toBe('Error response from daemon: only one instance of "host" network is allowed')
    expect(await run(m, 'docker network inspect -f "{{.Name}} {{.Driver}} {{.Id}}" app2')).toBe(`app2 bridge ${id}`)
    expect(await run(m, 'docker network rm bridge app2 nosuch')).toBe([
      'app2',
      'Error response from daemon: bridge is a pre-defined network and cannot be removed',
      'Error response from daemon: network nosuch not found',
    ].join('\n'))
    expect(await run(m, 'docker network rm -f nosuch; echo "rc=$?"')).toBe('rc=0')
    expect(await run(m, 'docker network inspect nosuch')).toBe('[]\nError response from daemon: network nosuch not found')
  })

  it('shows running containers on the default bridge with their address and a six-octet MAC', async () => {
    const m = await givenMachine()
    await m.type('docker pull -q alpine')
    await m.type('docker run -d --name sleeper alpine sleep 600')
    const c = m.machine.engine.containers()[0]
    const body = JSON.parse(await run(m, 'docker network inspect bridge')) as { Containers: Record<string, { Name: string; MacAddress: string; IPv4Address: string }>; IPAM: unknown }[]
    expect(body[0].IPAM).toEqual({ Driver: 'default', Options: null, Config: [{ Subnet: '172.17.0.0/16', Gateway: '172.17.0.1' }] })
    const entry = body[0].Containers[c.id]
    expect(entry.Name).toBe('sleeper')
    expect(entry.IPv4Address).toBe('172.17.0.2/16')
    expect(entry.MacAddress).toMatch(/^[0-9a-f][26ae](:[0-9a-f]{2}){5}$/)
  })
})

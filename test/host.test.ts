/** The CentOS 7 host, end to end through the shell: installing Docker with yum, running it with systemctl, and
 *  configuring a registry mirror the way the classic tutorial does. */
import { describe, expect, it } from 'vitest'
import { givenMachine } from './support/given-machine'

describe('a bare CentOS host', () => {
  it('has no docker until yum installs it', async () => {
    const m = await givenMachine({ scenario: 'bare-centos' })
    await m.type('docker version')
    expect(await m.output('docker version')).toBe('-bash: docker: command not found')
  })

  it('installs Docker CE with yum -y, with the transaction listing and Complete!', async () => {
    const m = await givenMachine({ scenario: 'bare-centos' })
    await m.type('yum install docker -y')
    const out = await m.output('yum install docker -y')
    expect(out).toMatch(/^Loaded plugins: fastestmirror$/m)
    expect(out).toContain('Package docker is obsoleted by docker-ce, trying to install 3:docker-ce-28.2.2-1.el7.x86_64 instead')
    expect(out).toMatch(/^---> Package docker-ce\.x86_64 3:28\.2\.2-1\.el7 will be installed$/m)
    expect(out).toMatch(/^ docker-ce +x86_64 +3:28\.2\.2-1\.el7 +docker-ce-stable +22 M$/m)
    for (const dep of ['containerd.io', 'docker-ce-cli', 'docker-buildx-plugin', 'docker-compose-plugin', 'docker-ce-rootless-extras', 'container-selinux']) {
      expect(out).toMatch(new RegExp(`^  Installing : .*${dep.replace('.', '\\.')}-.* +\\d+/17$`, 'm'))
    }
    expect(out).toContain('Install  1 Package (+16 Dependent packages)')
    expect(out.trimEnd().endsWith('Complete!')).toBe(true)
    await m.type('ls /usr/bin/docker /usr/bin/dockerd')
    expect(await m.output('ls /usr/bin/docker /usr/bin/dockerd')).toBe('/usr/bin/docker  /usr/bin/dockerd')
  })

  it('says a second install has nothing to do', async () => {
    const m = await givenMachine({ scenario: 'bare-centos' })
    await m.type('yum install -y docker-ce')
    await m.type('yum install -y docker-ce')
    const out = (await m.output('yum install -y docker-ce')).split('\n')
    expect(out.slice(-2)).toEqual(['Package 3:docker-ce-28.2.2-1.el7.x86_64 already installed and latest version', 'Nothing to do'])
  })

  it('asks before installing and stops on no', async () => {
    const m = await givenMachine({ scenario: 'bare-centos' })
    await m.type('yum install docker-ce')
    expect((await m.screen()).endsWith('Is this ok [y/d/N]:')).toBe(true)
    await m.type('N')
    expect(await m.output('yum install docker-ce')).toMatch(/Is this ok \[y\/d\/N\]: N\nExiting on user command\n/)
    await m.type('ls /usr/bin/dockerd')
    expect(await m.output('ls /usr/bin/dockerd')).toBe('ls: cannot access /usr/bin/dockerd: No such file or directory')
  })

  it('knows no package foo', async () => {
    const m = await givenMachine({ scenario: 'bare-centos' })
    await m.type('yum install -y foo; echo "exit=$?"')
    const out = (await m.output('yum install -y foo; echo "exit=$?"')).split('\n')
    expect(out.slice(-3)).toEqual(['No package foo available.', 'Error: Nothing to do', 'exit=1'])
  })

  it('enables and starts docker, then docker version shows the server', async () => {
    const m = await givenMachine({ scenario: 'bare-centos' })
    await m.type('yum install -y docker-ce')
    await m.type('systemctl enable docker')
    expect(await m.output('systemctl enable docker')).toBe('Created symlink from /etc/systemd/system/multi-user.target.wants/docker.service to /usr/lib/systemd/system/docker.service.')
    await m.type('systemctl enable docker')
    expect(await m.output('systemctl enable docker')).toBe('')
    await m.type('systemctl start docker')
    expect(await m.output('systemctl start docker')).toBe('')
    expect(m.machine.engine.isRunning()).toBe(true)
    await m.type('docker version')
    const version = await m.output('docker version')
    expect(version).toMatch(/^Server: Docker Engine - Community$/m)
    expect(version).toMatch(/^  Version: +28\.2\.2$/m)
    await m.type('systemctl status docker')
    const status = (await m.output('systemctl status docker')).split('\n')
    expect(status[0]).toBe('● docker.service - Docker Application Container Engine')
    expect(status[1]).toBe('   Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; vendor preset: disabled)')
    expect(status[2]).toMatch(/^   Active: active \(running\) since Thu 2026-01-01 \d\d:\d\d:\d\d UTC; \d+s ago$/)
    expect(status).toContain('     Docs: https://docs.docker.com')
    expect(status.find((l) => l.startsWith(' Main PID: '))).toMatch(/^ Main PID: \d+ \(dockerd\)$/)
    expect(status.some((l) => /^Jan 01 \d\d:\d\d:\d\d localhost\.localdomain systemd\[1\]: Started Docker Application Container Engine\.$/.test(l))).toBe(true)
    await m.type('ps -ef | grep dockerd | grep -v grep')
    expect(await m.output('ps -ef | grep dockerd | grep -v grep')).toMatch(/^root +\d+ +1 +0 \d\d:\d\d \? +00:00:0\d \/usr\/bin\/dockerd -H fd:\/\/ --containerd=\/run\/containerd\/containerd\.sock$/)
  })

  it('stops docker and says so in status, with exit 3', async () => {
    const m = await givenMachine({ scenario: 'bare-centos' })
    await m.type('yum install -y docker-ce')
    await m.type('systemctl start docker')
    await m.type('systemctl stop docker')
    expect(m.machine.engine.isRunning()).toBe(false)
    await m.type('systemctl status docker; echo "exit=$?"')
    const out = (await m.output('systemctl status docker; echo "exit=$?"')).split('\n')
    expect(out[2]).toMatch(/^   Active: inactive \(dead\) since /)
    expect(out).toContain('exit=3')
    await m.type('systemctl is-active docker')
    expect(await m.output('systemctl is-active docker')).toBe('inactive')
  })

  it('answers for units that do not exist as systemd 219 does', async () => {
    const m = await givenMachine({ scenario: 'bare-centos' })
    await m.type('systemctl start docker; echo "exit=$?"')
    expect(await m.output('systemctl start docker; echo "exit=$?"')).toBe('Failed to start docker.service: Unit not found.\nexit=5')
    await m.type('systemctl status foo; echo "exit=$?"')
    expect(await m.output('systemctl status foo; echo "exit=$?"')).toBe('Unit foo.service could not be found.\nexit=4')
  })

  it('takes a mirror from an edited docker.service only after daemon-reload and a restart', async () => {
    const m = await givenMachine({ scenario: 'bare-centos' })
    await m.type('yum install -y docker-ce')
    await m.type('systemctl start docker')
    const unit = '/usr/lib/systemd/system/docker.service'
    const text = m.machine.fs.readText(unit).replace('--containerd=/run/containerd/containerd.sock', '--containerd=/run/containerd/containerd.sock --registry-mirror=https://mirror.example.com')
    m.machine.fs.writeFile(unit, text)
    await m.type('systemctl restart docker')
    expect(await m.output('systemctl restart docker')).toBe("Warning: docker.service changed on disk. Run 'systemctl daemon-reload' to reload units.")
    expect(m.machine.engine.config().registryMirrors).toEqual([])
    await m.type('systemctl daemon-reload')
    await m.type('systemctl restart docker')
    expect(await m.output('systemctl restart docker')).toBe('')
    expect(m.machine.engine.config().registryMirrors).toEqual(['https://mirror.example.com/'])
  })

  it('fails to start with a broken daemon.json and tells where to look', async () => {
    const m = await givenMachine({ scenario: 'bare-centos' })
    await m.type('yum install -y docker-ce')
    m.machine.fs.writeFile('/etc/docker/daemon.json', '{"registry-mirrors": ["https://a.example.com"],}\n')
    await m.type('systemctl start docker; echo "exit=$?"')
    expect(await m.output('systemctl start docker; echo "exit=$?"')).toBe('Job for docker.service failed because the control process exited with error code. See "systemctl status docker.service" and "journalctl -xe" for details.\nexit=1')
    expect(m.machine.engine.isRunning()).toBe(false)
    await m.type('systemctl status docker')
    const status = await m.output('systemctl status docker')
    expect(status).toMatch(/^   Active: failed \(Result: exit-code\) since /m)
    expect(status).toMatch(/^ Main PID: \d+ \(code=exited, status=1\/FAILURE\)$/m)
    await m.type('journalctl -xe')
    const journal = await m.output('journalctl -xe')
    expect(journal).toMatch(/^Jan 01 \d\d:\d\d:\d\d localhost\.localdomain dockerd\[\d+\]: unable to configure the Docker daemon with file \/etc\/docker\/daemon\.json: invalid character '}' looking for beginning of object key string$/m)
    expect(journal).toContain('-- Subject: Unit docker.service has failed')
  })

  it('removes docker-ce, stopping and disabling the service first', async () => {
    const m = await givenMachine({ scenario: 'bare-centos' })
    await m.type('yum install -y docker-ce')
    await m.type('systemctl enable docker')
    await m.type('systemctl start docker')
    await m.type('yum remove -y docker-ce')
    const out = await m.output('yum remove -y docker-ce')
    expect(out).toContain('Removed symlink /etc/systemd/system/multi-user.target.wants/docker.service.')
    expect(out.trimEnd().endsWith('Complete!')).toBe(true)
    expect(m.machine.engine.isRunning()).toBe(false)
    expect(m.machine.fs.stat('/usr/bin/dockerd')).toBeUndefined()
    await m.type('yum list installed | grep docker')
    expect(await m.output('yum list installed | grep docker')).toMatch(/^docker-ce-cli\.x86_64 +1:28\.2\.2-1\.el7 +@docker-ce-stable$/m)
  })

  it('edits a file with the line-mode vi when no editor screen is offered', async () => {
    const m = await givenMachine({ scenario: 'bare-centos' })
    await m.type("printf 'i\\nhello\\nworld\\n.\\n:wq\\n' | vi /root/notes.txt")
    expect(await m.output("printf 'i\\nhello\\nworld\\n.\\n:wq\\n' | vi /root/notes.txt")).toBe('"/root/notes.txt" [New File]\n"/root/notes.txt" [New] 2L, 12C written')
    await m.type('cat /root/notes.txt')
    expect(await m.output('cat /root/notes.txt')).toBe('hello\nworld')
  })
})

/** Package managers inside containers, end to end through the shell: apk in alpine, apt-get in debian-based images,
 *  yum in centos:7, what they write landing in the container's RW layer, and vi in a container through the
 *  browser's editor service (faked here: it answers as a learner who edits and saves would). */
import { describe, expect, it } from 'vitest'
import { givenMachine, type TestMachine } from './support/given-machine'
import type { EditorService, EditorSession } from '../src/programs/vi/vi'

const catalog = () => import('../src/engine/registry/hub/catalog')

async function run(m: TestMachine, command: string): Promise<string> {
  await m.type(command)
  await m.settle()
  return m.output(command)
}

describe('apk in alpine', { timeout: 30_000 }, () => {
  it('installs curl with its dependencies from the index, and curl then runs', async () => {
    const m = await givenMachine()
    await run(m, 'docker pull -q alpine')
    await m.type('docker run -it --name box alpine sh')
    expect(await run(m, 'which curl; echo rc=$?')).toBe('rc=1')
    expect(await run(m, 'apk add curl')).toBe([
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/main/x86_64/APKINDEX.tar.gz',
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/community/x86_64/APKINDEX.tar.gz',
      '(1/9) Installing brotli-libs (1.1.0-r2)',
      '(2/9) Installing c-ares (1.34.5-r0)',
      '(3/9) Installing libunistring (1.3-r0)',
      '(4/9) Installing libidn2 (2.3.7-r0)',
      '(5/9) Installing nghttp2-libs (1.65.0-r0)',
      '(6/9) Installing libpsl (0.21.5-r3)',
      '(7/9) Installing zstd-libs (1.5.7-r0)',
      '(8/9) Installing libcurl (8.14.1-r1)',
      '(9/9) Installing curl (8.14.1-r1)',
      'Executing busybox-1.37.0-r18.trigger',
      'OK: 12 MiB in 24 packages',
    ].join('\n'))
    expect(await run(m, 'curl')).toBe("curl: try 'curl --help' or 'curl --manual' for more information")
    // The index is cached now: no fetch the second time, and nothing left to install.
    expect(await run(m, 'apk add curl')).toBe('OK: 12 MiB in 24 packages')
    expect(await run(m, 'apk info -e curl; echo $?')).toBe('curl\n0')
    await m.type('exit')
    const diff = (await run(m, 'docker diff box')).split('\n')
    expect(diff).toEqual(expect.arrayContaining(['A /usr/bin/curl', 'C /etc/apk/world', 'C /lib/apk/db/installed']))
  })

  it('refuses an unknown package as apk\'s solver does, installing nothing', async () => {
    const m = await givenMachine()
    await run(m, 'docker pull -q alpine')
    await m.type('docker run -it alpine sh')
    expect(await run(m, 'apk add --no-cache curl nosuchpkg; echo rc=$?')).toBe([
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/main/x86_64/APKINDEX.tar.gz',
      'fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/community/x86_64/APKINDEX.tar.gz',
      'ERROR: unable to select packages:',
      '  nosuchpkg (no such package):',
      '    required by: world[nosuchpkg]',
      'rc=1',
    ].join('\n'))
    expect(await run(m, 'ls /usr/bin/curl')).toBe("ls: /usr/bin/curl: No such file or directory")
  })

  it('gives bash with alpine\'s prompt after apk add bash, and apk del takes it away again', async () => {
    const m = await givenMachine()
    await run(m, 'docker pull -q alpine')
    await m.type('docker run -it -h box1 alpine sh')
    const added = await run(m, 'apk add bash')
    expect(added).toContain('(4/4) Installing bash (5.2.37-r0)\nExecuting bash-5.2.37-r0.post-install\nExecuting busybox-1.37.0-r18.trigger\nOK: 9 MiB in 19 packages')
    await m.type('bash')
    expect((await m.screen()).trimEnd().split('\n').pop()).toBe('box1:/#')
    await m.type('exit')
    expect(await run(m, 'apk del bash')).toBe([
      '(1/4) Purging bash (5.2.37-r0)',
      'Executing bash-5.2.37-r0.pre-deinstall',
      '(2/4) Purging ncurses-terminfo-base (6.5_p20250503-r0)',
      '(3/4) Purging libncursesw (6.5_p20250503-r0)',
      '(4/4) Purging readline (8.2.13-r1)',
      'Executing busybox-1.37.0-r18.trigger',
      'OK: 7 MiB in 15 packages',
    ].join('\n'))
    expect(await run(m, 'which bash; echo rc=$?')).toBe('rc=1')
  })
})

describe('apt-get in debian-based images', { timeout: 30_000 }, () => {
  it('cannot find packages before apt-get update, as real images ship empty lists', async () => {
    const m = await givenMachine({ catalog })
    await run(m, 'docker pull -q debian')
    await m.type('docker run -it debian')
    expect(await run(m, 'apt-get install -y vim; echo rc=$?')).toBe('Reading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\nE: Unable to locate package vim\nrc=100')
    expect(await run(m, 'apt-get update')).toBe([
      'Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]',
      'Get:2 http://deb.debian.org/debian bookworm-updates InRelease [55.4 kB]',
      'Get:3 http://deb.debian.org/debian-security bookworm-security InRelease [48.0 kB]',
      'Get:4 http://deb.debian.org/debian bookworm/main amd64 Packages [8792 kB]',
      'Get:5 http://deb.debian.org/debian bookworm-updates/main amd64 Packages [756 B]',
      'Get:6 http://deb.debian.org/debian-security bookworm-security/main amd64 Packages [123 kB]',
      'Fetched 9170 kB in 1s (6419 kB/s)',
      'Reading package lists... Done',
    ].join('\n'))
    expect(await run(m, 'apt-get install -y foo; echo rc=$?')).toMatch(/\nE: Unable to locate package foo\nrc=100$/)
  })

  it('installs vim and nano after update, with apt\'s transcript, and both then run', async () => {
    const m = await givenMachine({ catalog })
    await run(m, 'docker pull -q debian')
    await m.type('docker run -it --name deb debian')
    await run(m, 'apt-get update')
    const out = await run(m, 'apt-get install -y vim nano')
    expect(out).toMatch(/^Reading package lists\.\.\. Done\nBuilding dependency tree\.\.\. Done\nReading state information\.\.\. Done\nThe following additional packages will be installed:\n {2}libgpm2 libsodium23 vim-common vim-runtime xxd\n/)
    expect(out).toContain('The following NEW packages will be installed:\n  libgpm2 libsodium23 nano vim vim-common vim-runtime xxd\n0 upgraded, 7 newly installed, 0 to remove and 0 not upgraded.\nNeed to get ')
    expect(out).toContain('Get:6 http://deb.debian.org/debian bookworm/main amd64 vim amd64 2:9.0.1378-2+deb12u2 [1568 kB]')
    expect(out).toContain('Selecting previously unselected package libgpm2:amd64.\nPreparing to unpack .../1-libgpm2_1.20.7-10+b1_amd64.deb ...\nUnpacking libgpm2:amd64 (1.20.7-10+b1) ...')
    expect(out).toContain('Setting up vim (2:9.0.1378-2+deb12u2) ...\nupdate-alternatives: using /usr/bin/vim.basic to provide /usr/bin/vim (vim) in auto mode')
    // nano's editor alternative outranks vim's (40 against 30), so it takes /usr/bin/editor over.
    expect(out).toContain('Setting up nano (7.2-1+deb12u1) ...\nupdate-alternatives: using /bin/nano to provide /usr/bin/editor (editor) in auto mode\nupdate-alternatives: using /bin/nano to provide /usr/bin/pico (pico) in auto mode\n')
    expect(await run(m, 'readlink /etc/alternatives/editor /usr/bin/vi')).toBe('/bin/nano\n/etc/alternatives/vi')
    expect(out.endsWith('Processing triggers for libc-bin (2.36-9+deb12u10) ...')).toBe(true)
    expect(await run(m, 'command -v vim nano')).toBe('/usr/bin/vim\n/usr/bin/nano')
    expect(await run(m, 'vim --version | head -1')).toMatch(/^VIM - Vi IMproved/)
    expect(await run(m, 'apt-get install -y nano')).toContain('nano is already the newest version (7.2-1+deb12u1).\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.')
    await m.type('exit')
    const diff = (await run(m, 'docker diff deb')).split('\n')
    expect(diff).toEqual(expect.arrayContaining(['A /usr/bin/vim.basic', 'A /usr/bin/nano', 'A /etc/alternatives/editor']))
    expect(diff.filter((l) => l.endsWith(' /var/lib/dpkg/status'))).toHaveLength(1)
  })

  it('asks before pulling in more than was named, and stops on no', async () => {
    const m = await givenMachine({ catalog })
    await run(m, 'docker pull -q debian')
    await m.type('docker run -it debian')
    await run(m, 'apt-get update')
    await m.type('apt-get install vim')
    expect((await m.screen()).trimEnd().split('\n').pop()).toBe('Do you want to continue? [Y/n]')
    await m.type('n')
    expect(await run(m, 'echo $?')).toBe('1')
    expect(await run(m, 'command -v vim || echo none')).toBe('none')
  })
})

describe('yum in a centos:7 container', { timeout: 30_000 }, () => {
  it('installs from the built-in catalogue into the container, not the host', async () => {
    const m = await givenMachine({ catalog })
    await run(m, 'docker pull -q centos:7')
    await m.type('docker run -it --name c7 centos:7')
    const out = await run(m, 'yum install -y nano')
    expect(out.split('\n').slice(0, 2)).toEqual(['Loaded plugins: fastestmirror, ovl', 'Determining fastest mirrors'])
    expect(out).not.toContain('docker-ce-stable')
    expect(out).toContain(' Package    : centos-release-7-9.2009.0.el7.centos.x86_64 (@CentOS)')
    expect(out).toMatch(/Installed:\n {2}nano\.x86_64 0:2\.3\.1-10\.el7\n\nComplete!$/)
    expect(await run(m, 'nano --version | head -1')).toBe(' GNU nano version 2.3.1 (compiled 04:47:52, Jun 10 2014)')
    expect(await run(m, 'yum install -y docker-ce')).toContain('No package docker-ce available.')
    await m.type('exit')
    expect((await run(m, 'docker diff c7')).split('\n')).toEqual(expect.arrayContaining(['A /usr/bin/nano', 'C /var/lib/rpm/Packages']))
    expect(await run(m, 'nano')).toBe('-bash: nano: command not found')
  })
})

describe('vi in a container through the editor service', { timeout: 30_000 }, () => {
  it('writes nginx.conf into the container\'s RW layer, with :w through the session', async () => {
    const seen: string[] = []
    const editor: EditorService = {
      async edit(path, content, session?: EditorSession) {
        seen.push(`${session?.program}:${path}:${content.split('\n')[0]}`)
        // `:w` (written at once, the message vim shows), then `:q`.
        seen.push(session!.write(content.replace('worker_processes  auto;', 'worker_processes  2;')))
        return null
      },
    }
    const m = await givenMachine({ catalog, services: { editor } })
    await run(m, 'docker pull -q nginx')
    await run(m, 'docker run -d --name web nginx')
    await run(m, 'docker exec web apt-get update')
    expect(await run(m, 'docker exec -it web vi /etc/nginx/nginx.conf; echo rc=$?')).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "vi": executable file not found in $PATH: unknown\nrc=127')
    await run(m, 'docker exec web apt-get install -y vim')
    expect(await run(m, 'docker exec -it web vi /etc/nginx/nginx.conf; echo rc=$?')).toBe('rc=0')
    expect(seen[0]).toBe('vim:/etc/nginx/nginx.conf:')
    expect(seen[1]).toMatch(/^"\/etc\/nginx\/nginx\.conf" \d+L, \d+C written$/)
    expect((await run(m, 'docker diff web')).split('\n')).toContain('C /etc/nginx/nginx.conf')
    expect(await run(m, 'docker exec web grep worker_processes /etc/nginx/nginx.conf')).toBe('worker_processes  2;')
  })
})

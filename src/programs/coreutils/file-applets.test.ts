import { describe, expect, it } from 'vitest'
import { run } from './applet-harness.test-helper'

describe('ls', () => {
  it('lists long with the SELinux dot on CentOS, aligned, total in 1K blocks', async () => {
    const r = await run(['ls', '-l', '/tmp'], { files: { 'tmp/a.txt': 'hello\n', 'tmp/d/': {} } })
    expect(r.stdout).toBe('total 8\n-rw-r--r--. 1 root root    6 Dec 31 09:30 a.txt\ndrwxr-xr-x. 2 root root 4096 Dec 31 09:30 d\n')
  })

  it('lists busybox long format with fixed columns', async () => {
    const r = await run(['ls', '-l', '/tmp'], { flavor: 'busybox', files: { 'tmp/a.txt': 'hello\n' } })
    expect(r.stdout).toBe('total 4\n-rw-r--r--    1 root     root             6 Dec 31 09:30 a.txt\n')
  })

  it('sorts dot files among the others in en_US, but by bytes in busybox', async () => {
    const files = { 'tmp/.b': '', 'tmp/a': '', 'tmp/C': '' }
    expect((await run(['ls', '-a', '/tmp'], { files })).stdout).toBe('.\n..\na\n.b\nC\n')
    expect((await run(['ls', '-a', '/tmp'], { files, flavor: 'busybox' })).stdout).toBe('.\n..\n.b\nC\na\n')
  })

  it('says what it cannot access, in each flavour, with exit 2 and 1', async () => {
    const gnu = await run(['ls', '/nope'])
    expect([gnu.stderr, gnu.status]).toEqual(['ls: cannot access /nope: No such file or directory\n', 2])
    const bb = await run(['ls', '/nope'], { flavor: 'busybox' })
    expect([bb.stderr, bb.status]).toEqual(['ls: /nope: No such file or directory\n', 1])
  })

  it('rejects an unknown option as getopt does', async () => {
    expect((await run(['ls', '-z'])).stderr).toBe("ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n")
    expect((await run(['ls', '-z'], { flavor: 'busybox' })).stderr).toMatch(/^ls: unrecognized option: z\nBusyBox v1\.37\.0 .*\n\nUsage: ls /)
  })

  it('shows sizes human-readable, rounding up like GNU', async () => {
    const r = await run(['ls', '-lh', '/tmp/big'], { files: { 'tmp/big': { size: 1_300_000 } } })
    expect(r.stdout).toMatch(/ 1\.3M Dec 31 09:30 \/tmp\/big\n$/)
  })

  it('lists a directory itself with -d', async () => {
    expect((await run(['ls', '-d', '/tmp'])).stdout).toBe('/tmp\n')
  })
})

describe('cat, mkdir, rm, touch, chmod', () => {
  it('concatenates files and numbers lines with -n', async () => {
    const r = await run(['cat', '-n', 'a', 'b'], { files: { 'tmp/a': 'x\n', 'tmp/b': 'y\n' } })
    expect(r.stdout).toBe('     1\tx\n     2\ty\n')
  })

  it('names the missing file in each flavour', async () => {
    expect((await run(['cat', 'nope'])).stderr).toBe('cat: nope: No such file or directory\n')
    expect((await run(['cat', 'nope'], { flavor: 'busybox' })).stderr).toBe("cat: can't open 'nope': No such file or directory\n")
  })

  it('makes parents with -p and refuses an existing directory without it', async () => {
    const r = await run(['mkdir', '-p', 'x/y/z'])
    expect(r.fs.stat('/tmp/x/y/z')?.type).toBe('dir')
    const again = await run(['mkdir', 'x'], { fs: r.fs })
    expect([again.stderr, again.status]).toEqual(['mkdir: cannot create directory ‘x’: File exists\n', 1])
  })

  it('quotes with ASCII quotes in the C locale (a container without LANG)', async () => {
    expect((await run(['rm', 'nope'], { env: { LANG: 'C' } })).stderr).toBe("rm: cannot remove ‘nope’: No such file or directory\n".replace(/[‘’]/g, "'"))
  })

  it('asks before removing with -i and keeps the file on no', async () => {
    const kept = await run(['rm', '-i', 'f'], { files: { 'tmp/f': 'data' }, stdin: 'n\n' })
    expect(kept.stderr).toBe('rm: remove regular file ‘f’? ')
    expect(kept.fs.stat('/tmp/f')).toBeDefined()
    const gone = await run(['rm', '-i', 'e'], { files: { 'tmp/e': '' }, stdin: 'y\n' })
    expect(gone.stderr).toBe('rm: remove regular empty file ‘e’? ')
    expect(gone.fs.stat('/tmp/e')).toBeUndefined()
  })

  it('removes trees with -r, refuses a directory without it', async () => {
    const files = { 'tmp/d/a': '1', 'tmp/d/e/b': '2' }
    expect((await run(['rm', 'd'], { files })).stderr).toBe('rm: cannot remove ‘d’: Is a directory\n')
    expect((await run(['rm', 'd'], { files, flavor: 'busybox' })).stderr).toBe("rm: 'd' is a directory\n")
    expect((await run(['rm', '-rf', 'd'], { files })).fs.stat('/tmp/d')).toBeUndefined()
  })

  it('refuses to remove / recursively', async () => {
    expect((await run(['rm', '-rf', '/'])).stderr).toBe('rm: it is dangerous to operate recursively on ‘/’\nrm: use --no-preserve-root to override this failsafe\n')
  })

  it('touches a new file into existence', async () => {
    expect((await run(['touch', 'new'])).fs.stat('/tmp/new')?.size).toBe(0)
    expect((await run(['touch', 'no/such'])).stderr).toBe('touch: cannot touch ‘no/such’: No such file or directory\n')
  })

  it('changes modes, octal and symbolic', async () => {
    const r = await run(['chmod', '750', 'f'], { files: { 'tmp/f': '' } })
    expect(r.fs.stat('/tmp/f')!.mode & 0o777).toBe(0o750)
    const s = await run(['chmod', 'u+x,go-r', 'f'], { files: { 'tmp/f': '' } })
    expect(s.fs.stat('/tmp/f')!.mode & 0o777).toBe(0o700)
    expect((await run(['chmod', '8', 'f'], { files: { 'tmp/f': '' } })).stderr).toBe("chmod: invalid mode: ‘8’\nTry 'chmod --help' for more information.\n")
  })
})

describe('cp and mv', () => {
  it('copies into a directory and omits directories without -r', async () => {
    const r = await run(['cp', 'a', 'd'], { files: { 'tmp/a': 'A', 'tmp/d/': {} } })
    expect(r.fs.readText('/tmp/d/a')).toBe('A')
    expect((await run(['cp', 'd', 'e'], { files: { 'tmp/d/x': '' } })).stderr).toBe('cp: omitting directory ‘d’\n')
    expect((await run(['cp', 'd', 'e'], { files: { 'tmp/d/x': '' }, flavor: 'busybox' })).stderr).toBe("cp: omitting directory 'd'\n")
  })

  it('copies trees with -r', async () => {
    const r = await run(['cp', '-r', 'd', 'e'], { files: { 'tmp/d/x/y': 'deep' } })
    expect(r.fs.readText('/tmp/e/x/y')).toBe('deep')
  })

  it('explains a missing destination', async () => {
    expect((await run(['cp', 'a'])).stderr).toBe("cp: missing destination file operand after ‘a’\nTry 'cp --help' for more information.\n")
  })

  it('renames, and asks before overwriting with -i', async () => {
    const r = await run(['mv', 'a', 'b'], { files: { 'tmp/a': 'A' } })
    expect([r.fs.stat('/tmp/a'), r.fs.readText('/tmp/b')]).toEqual([undefined, 'A'])
    const asked = await run(['mv', '-i', 'a', 'b'], { files: { 'tmp/a': 'A', 'tmp/b': 'B' }, stdin: 'n\n' })
    expect(asked.stderr).toBe('mv: overwrite ‘b’? ')
    expect(asked.fs.readText('/tmp/b')).toBe('B')
  })

  it('will not move a directory into itself', async () => {
    expect((await run(['mv', 'd', 'd/sub'], { files: { 'tmp/d/sub/': {} } })).stderr).toBe('mv: cannot move ‘d’ to a subdirectory of itself, ‘d/sub/d’\n')
  })
})

describe('paths and metadata', () => {
  it('takes names apart', async () => {
    expect((await run(['basename', '/usr/bin/docker'])).stdout).toBe('docker\n')
    expect((await run(['basename', 'a.tar.gz', '.gz'])).stdout).toBe('a.tar\n')
    expect((await run(['dirname', '/usr/bin/'])).stdout).toBe('/usr\n')
    expect((await run(['dirname'])).stderr).toBe("dirname: missing operand\nTry 'dirname --help' for more information.\n")
  })

  it('reads links and resolves real paths', async () => {
    const files = { 'etc/real': 'x', 'etc/link': { link: 'real' } }
    expect((await run(['readlink', '/etc/link'], { files })).stdout).toBe('real\n')
    expect((await run(['readlink', '-f', '/etc/link'], { files })).stdout).toBe('/etc/real\n')
    expect((await run(['realpath', '/etc/link'], { files })).stdout).toBe('/etc/real\n')
  })

  it('stats a file in coreutils 8.22 layout', async () => {
    const lines = (await run(['stat', 'f'], { files: { 'tmp/f': 'abc' } })).stdout.split('\n')
    expect(lines[0]).toBe('  File: ‘f’')
    expect(lines[1]).toBe('  Size: 3         \tBlocks: 8          IO Block: 4096   regular file')
    expect(lines[3]).toBe('Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)')
    expect((await run(['stat', '-c', '%s %a %n', 'f'], { files: { 'tmp/f': 'abc' } })).stdout).toBe('3 644 f\n')
  })

  it('finds commands on PATH, and says which are missing on CentOS', async () => {
    expect((await run(['which', 'ls'])).stdout).toBe('/usr/bin/ls\n')
    const missing = await run(['which', 'nope'])
    expect([missing.stderr, missing.status]).toEqual(['/usr/bin/which: no nope in (/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/root/bin)\n', 1])
  })
})

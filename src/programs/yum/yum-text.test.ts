import { describe, expect, it } from 'vitest'
import { findAvailable, resolve, yumSize } from './package-catalog'
import { packageColumns, progressLine, row, transactionTable } from './yum-text'

describe("yum's layouts", () => {
  it('fits the table to 80 columns and wraps a long version onto its own line', () => {
    const pkgs = ['docker-ce-rootless-extras', 'container-selinux', 'slirp4netns'].map((n) => findAvailable(n)!)
    const table = transactionTable([['Installing', pkgs.map((p) => row(p, p.repo, yumSize(p.size)))]], 80).split('\n')
    expect(table[0]).toBe('='.repeat(80))
    expect(table.every((l) => l.length <= 80)).toBe(true)
    const selinux = table.findIndex((l) => l.startsWith(' container-selinux'))
    expect(table[selinux]).toMatch(/^ container-selinux +noarch +2:2\.119\.2-1\.911c772\.el7_8$/)
    expect(table[selinux + 1]).toMatch(/^ +extras +40 k$/)
  })

  it('ends progress lines with k/N at the right edge', () => {
    const line = progressLine('Installing', '3:docker-ce-28.2.2-1.el7.x86_64', 17, 17, 80)
    expect(line).toMatch(/^  Installing : 3:docker-ce-28\.2\.2-1\.el7\.x86_64 +17\/17 $/)
    expect(line.length).toBe(80)
  })

  it('writes sizes as yum does', () => {
    expect([yumSize(40 * 1024), yumSize(8.1 * 1024 * 1024), yumSize(22.4 * 1024 * 1024)]).toEqual(['40 k', '8.1 M', '22 M'])
  })

  it('resolves Docker CE into 17 packages over four rounds', () => {
    const rounds = resolve(['docker-ce'], new Set())
    expect(rounds.map((r) => r.length)).toEqual([1, 5, 5, 6])
    expect(packageColumns([findAvailable('docker-ce')!], 80)).toBe('  docker-ce.x86_64 3:28.2.2-1.el7\n')
  })
})

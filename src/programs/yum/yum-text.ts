/** yum 3.4.3's layouts: the transaction table fitted to the terminal width (a value too long for its column is
 *  printed whole and the row continues on the next line, aligned), the rpm progress lines with their `k/N`
 *  counters at the right edge, download lines, and the column lists of `Installed:`. */
import { evr, type Pkg } from './package-catalog'

export interface Row { name: string; arch: string; version: string; repo: string; size: string }

/** The transaction table: `=` rules the terminal's width, sections of rows. */
export function transactionTable(sections: [string, Row[]][], width: number): string {
  const rows = sections.flatMap(([, r]) => r)
  const natural = [
    Math.max('Package'.length, ...rows.map((r) => r.name.length)),
    Math.max('Arch'.length, ...rows.map((r) => r.arch.length)),
    Math.max('Version'.length, ...rows.map((r) => r.version.length)),
    Math.max('Repository'.length, ...rows.map((r) => r.repo.length)),
    Math.max('Size'.length, ...rows.map((r) => r.size.length)),
  ]
  const w = [...natural]
  const total = () => 1 + w.reduce((a, b) => a + b, 0) + 4
  if (total() > width) {
    // Shrink the version column first (a version longer than it wraps), then the name column.
    w[2] = Math.max('Version'.length, w[2] - (total() - width))
    if (total() > width) w[0] = Math.max(12, w[0] - (total() - width))
  } else {
    // Spread what is left over the first four columns, as yum does.
    let extra = width - total()
    for (let i = 0; extra > 0; i = (i + 1) % 4, extra--) w[i]++
  }
  const rule = '='.repeat(width)
  const starts: number[] = []
  for (let i = 0, at = 1; i < 5; at += w[i] + 1, i++) starts.push(at)
  const line = (cells: string[]) => {
    let out = ' '
    let col = 1
    cells.forEach((c, i) => {
      const text = i === 4 ? c.padStart(w[4]) : c
      // A value that ran past its column pushes the rest of the row to the next line.
      if (col > starts[i]) { out += `\n${' '.repeat(starts[i])}`; col = starts[i] }
      else { out += ' '.repeat(starts[i] - col); col = starts[i] }
      out += text
      col += text.length
      if (i < 4 && col >= starts[i + 1]) col = Infinity
    })
    return out.replace(/ +$/, '')
  }
  let out = `${rule}\n${line(['Package', 'Arch', 'Version', 'Repository', 'Size'])}\n${rule}\n`
  for (const [title, rs] of sections) {
    if (!rs.length) continue
    out += `${title}:\n`
    for (const r of rs) out += `${line([r.name, r.arch, r.version, r.repo, r.size])}\n`
  }
  return out
}

export const row = (p: Pkg, repo: string, size: string): Row => ({ name: p.name, arch: p.arch, version: evr(p), repo, size })

/** `  Installing : 2:container-selinux-2.119.2-1.911c772.el7_8.noarch      1/17 ` */
export function progressLine(action: string, what: string, k: number, n: number, width: number): string {
  const left = `  ${action.padEnd(10)} : ${what}`
  const count = `${k}/${n}`
  const gap = Math.max(1, width - 1 - left.length - count.length)
  return `${left}${' '.repeat(gap)}${count} `
}

/** `(3/17): docker-ce-cli-28.2.2-1.el7.x86_64.rpm            | 8.1 MB  00:00:01     ` */
export function downloadLine(label: string, bytes: number, seconds: number, width: number): string {
  const right = `| ${mb(bytes).padStart(6)}  ${clock(seconds)}     `
  const left = label.length > width - right.length - 1 ? label.slice(0, width - right.length - 1) : label
  return `${left.padEnd(width - right.length)}${right}`
}

/** yum's download sizes: `76 kB`, `8.1 MB`. */
export function mb(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB']
  let v = bytes
  let u = 0
  while (v >= 999.5 && u < units.length - 1) { v /= 1024; u++ }
  return `${v < 9.95 && u > 0 ? v.toFixed(1) : Math.round(v)} ${units[u]}`
}

export const clock = (s: number): string => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(Math.floor(s % 60)).padStart(2, '0')}`

/** `Installed:` / `Dependency Installed:` lists: `name.arch epoch:version-release`, in as many columns as fit. */
export function packageColumns(pkgs: Pkg[], width: number): string {
  const items = pkgs.map((p) => `${p.name}.${p.arch} ${p.epoch}:${p.version}-${p.release}`)
  const cell = Math.max(...items.map((i) => i.length)) + 2
  const perLine = Math.max(1, Math.floor((width - 2) / cell))
  let out = ''
  for (let i = 0; i < items.length; i += perLine) {
    out += `  ${items.slice(i, i + perLine).map((x, k, all) => (k === all.length - 1 ? x : x.padEnd(cell))).join('')}\n`
  }
  return out
}

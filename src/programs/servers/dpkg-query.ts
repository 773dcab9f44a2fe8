/** dpkg-query --show [--showformat=FMT] PACKAGE…: package facts from /var/lib/dpkg/status (Package, Version,
 *  Conffiles…). nginx's 10-listen-on-ipv6-by-default.sh reads the packaged default.conf's md5 this way. */
import type { Program } from '../../os/process'

function packages(text: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>()
  for (const para of text.split(/\n\n+/)) {
    const fields: Record<string, string> = {}
    let last = ''
    for (const line of para.split('\n')) {
      if (/^\s/.test(line) && last) { fields[last] += `\n${line}`; continue }
      const i = line.indexOf(':')
      if (i < 0) continue
      last = line.slice(0, i)
      fields[last] = line.slice(i + 1).trim()
    }
    if (fields.Package) out.set(fields.Package, fields)
  }
  return out
}

export const dpkgQuery: Program = async (p) => {
  const args = p.argv.slice(1)
  let format = '${Package}\t${Version}\n'
  const names: string[] = []
  let show = false
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--show' || a === '-W') show = true
    else if (a.startsWith('--showformat=')) format = a.slice('--showformat='.length)
    else if (a === '--showformat' || a === '-f') format = args[++i] ?? ''
    else names.push(a)
  }
  if (!show) { p.stderr.write('dpkg-query: error: need an action option\n\nUse --help for help about querying packages.\n'); return 2 }
  let status = ''
  try { status = p.fs.readText('/var/lib/dpkg/status') } catch { /* empty database */ }
  const db = packages(status)
  let code = 0
  for (const name of names) {
    const pkg = db.get(name)
    if (!pkg) { p.stderr.write(`dpkg-query: no packages found matching ${name}\n`); code = 1; continue }
    p.stdout.write(format.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\$\{(\w+)\}/g, (_m, f: string) => (pkg[f] ?? '')))
  }
  return code
}

/** apk's state on an alpine disk: /etc/apk/world (what was asked for), /lib/apk/db/installed (what is there, in
 *  apk's `P:name` / `V:version` stanza format) and the cached repository indexes in /var/cache/apk.
 *  A fresh image's installed database is a sized stub without text: it then holds exactly the minirootfs's packages.
 *  Invariant: what `installed()` returns always includes every package the database names that the index knows. */
import type { Fs } from '../../os/fs'
import { APK_BASE, findApk, type ApkPkg } from './apk-index'

const INSTALLED = '/lib/apk/db/installed'
const WORLD = '/etc/apk/world'
const CACHE = '/var/cache/apk'
const INDEX_FILES = { main: 'APKINDEX.4b2a7d1e.tar.gz', community: 'APKINDEX.9f0c3a55.tar.gz' } as const

const readText = (fs: Fs, path: string): string => { try { return fs.stat(path)?.type === 'file' ? fs.readText(path) : '' } catch { return '' } }

export interface ApkDb {
  installed(): ApkPkg[]
  world(): string[]
  save(installed: ApkPkg[], world: string[]): void
  /** Whether the repositories' indexes are in the cache. */
  hasIndex(): boolean
  cacheIndex(): void
}

export function openApkDb(fs: Fs): ApkDb {
  return {
    installed() {
      const names = [...readText(fs, INSTALLED).matchAll(/^P:(.+)$/gm)].map((m) => m[1])
      if (!names.length) return [...APK_BASE]
      return names.map((n) => findApk(n)).filter((p): p is ApkPkg => !!p)
    },
    world() { return readText(fs, WORLD).split(/\s+/).filter(Boolean) },
    save(installed, world) {
      const stanza = (p: ApkPkg) => `P:${p.name}\nV:${p.version}\nA:x86_64\nI:${p.installedSize}\nT:${p.description}\nU:${p.url}\nL:${p.license}\n${p.deps.length ? `D:${p.deps.join(' ')}\n` : ''}\n`
      fs.writeFile(INSTALLED, installed.map(stanza).join(''))
      fs.writeFile(WORLD, [...world].sort().map((w) => `${w}\n`).join(''))
    },
    hasIndex: () => !!fs.stat(`${CACHE}/${INDEX_FILES.main}`),
    cacheIndex() {
      if (!fs.stat(CACHE)) fs.mkdir(CACHE, { parents: true })
      for (const f of Object.values(INDEX_FILES)) fs.writeFile(`${CACHE}/${f}`, '')
    },
  }
}

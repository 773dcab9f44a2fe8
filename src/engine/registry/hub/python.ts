/** python 3.13.5 (3.13, 3, latest) and 3.12.11 (3.12): `FROM buildpack-deps:bookworm` (buildpack-deps.ts) + CPython
 *  built from source into /usr/local (python3 → python3.13, pip3, and the unversioned python/pip links), replayed
 *  from the real Dockerfile. */
import type { HubImage } from '../hub-image'
import type { TreeSpec } from '../../layer/file-tree'
import { build, type HubLayer } from './dockerfile'
import { buildpackDepsBookworm } from './buildpack-deps'
import { fillToSize } from './fill-to-size'
import { pythonDockerfile } from './python-dockerfile'

const LIB = 'usr/lib/x86_64-linux-gnu'

const runtimeDeps: TreeSpec = fillToSize({
  [`${LIB}/libtk8.6.so`]: { size: 1_616_272 },
  [`${LIB}/libtcl8.6.so`]: { size: 1_854_736 },
  [`${LIB}/libbluetooth.so.3.19.8`]: { size: 137_304 },
}, 18_610_712, { 'usr/include/tcl-tk-uuid-bluetooth.bundle': 1, [`${LIB}/x11-libs.bundle`]: 3, 'usr/share/tcltk/bundle': 2 })

function cpython(minor: string, patch: string, size: number): TreeSpec {
  const ver = `3.${minor}`
  return fillToSize({
    [`usr/local/bin/python${ver}`]: { program: 'python3', size: 17_208 },
    'usr/local/bin/python3': { link: `python${ver}` },
    [`usr/local/bin/python${ver}-config`]: { size: 3_133, mode: 0o755 },
    'usr/local/bin/python3-config': { link: `python${ver}-config` },
    [`usr/local/bin/pip${ver}`]: { data: `#!/usr/local/bin/python${ver}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom pip._internal.cli.main import main\nif __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(main())\n`, mode: 0o755 },
    'usr/local/bin/pip3': { data: `#!/usr/local/bin/python${ver}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom pip._internal.cli.main import main\nif __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(main())\n`, mode: 0o755 },
    'usr/local/bin/idle3': { link: `idle${ver}` },
    [`usr/local/bin/idle${ver}`]: { size: 98, mode: 0o755 },
    'usr/local/bin/pydoc3': { link: `pydoc${ver}` },
    [`usr/local/bin/pydoc${ver}`]: { size: 83, mode: 0o755 },
    [`usr/local/lib/libpython${ver}.so.1.0`]: { size: minor === '13' ? 30_542_528 : 28_779_504, mode: 0o755 },
    [`usr/local/lib/libpython${ver}.so`]: { link: `libpython${ver}.so.1.0` },
    [`usr/share/gdb/auto-load/usr/local/bin/python${ver}-gdb.py`]: { size: 81_062 + patch.length },
  }, size, { [`usr/local/lib/python${ver}/stdlib.bundle`]: 8, [`usr/local/lib/python${ver}/site-packages/pip.bundle`]: 3, [`usr/local/lib/python${ver}/lib-dynload.bundle`]: 2, [`usr/local/include/python${ver}/headers.bundle`]: 1 })
}

const links: TreeSpec = { 'usr/local/bin/idle': { link: 'idle3' }, 'usr/local/bin/pip': { link: 'pip3' }, 'usr/local/bin/pydoc': { link: 'pydoc3' }, 'usr/local/bin/python': { link: 'python3' }, 'usr/local/bin/python-config': { link: 'python3-config' } }

function image(version: string, sha256: string, tags: string[], created: string, size: number, compressed: number): HubImage {
  const [, minor, patch] = version.split('.')
  const layers: HubLayer[] = [
    { files: runtimeDeps, compressed: 6_160_412 },
    { files: cpython(minor, patch, size), compressed },
    { files: links, compressed: 249 },
  ]
  return { repository: 'library/python', tags, created, ...build(buildpackDepsBookworm, pythonDockerfile({ version, sha256, lang: minor === '12' }), layers) }
}

export const pythonImages: HubImage[] = [
  image('3.13.5', '93e583f243454e6e9e4588ca2c2662206ad961659863277afcdb96801647d640',
    ['3.13.5', '3.13', '3', 'latest', '3.13.5-bookworm', '3.13-bookworm', '3-bookworm', 'bookworm'], '2025-06-12T01:12:45Z', 79_114_823, 25_604_813),
  image('3.12.11', 'c30bb24b7f1e9a19b11b55a546434f74e739bb4c271a3e3a80ff4380d49f7adb',
    ['3.12.11', '3.12', '3.12.11-bookworm', '3.12-bookworm'], '2025-06-12T01:12:31Z', 76_307_441, 24_811_070),
]

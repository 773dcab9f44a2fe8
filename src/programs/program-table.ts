/** Every built-in program, by the name a file's node gives (see engine/layer/file-tree.ts). Each loads on first
 *  use: the first prompt needs only the shell; docker, its help texts and the hub catalogue come later. */
import type { ProgramTable } from '../os/kernel'

export const programTable: ProgramTable = {
  bash: () => import('./sh/sh-program').then((m) => m.bash),
  sh: () => import('./sh/sh-program').then((m) => m.dash),
  busybox: () => Promise.all([import('./coreutils/coreutils'), import('./sh/sh-program')]).then(([c, s]) => c.createBusybox(s.ash)),
  coreutils: () => import('./coreutils/coreutils').then((m) => m.coreutils),
  docker: () => import('./docker/docker-program').then((m) => m.docker),
  hello: () => import('./hello').then((m) => m.hello),
}

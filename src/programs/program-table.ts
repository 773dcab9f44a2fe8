/** Every built-in program, by the name a file's node gives (see engine/layer/file-tree.ts). Each loads on first
 *  use: the first prompt needs only the shell; docker, its help texts and the hub catalogue come later. */
import type { ProgramTable } from '../os/kernel'
// The shell's prompt loop is on the first prompt's path, so it is bundled with the page; the language it runs
// loads in the background (see sh-program.ts).
import { ash, bash, dash } from './sh/sh-program'

export const programTable: ProgramTable = {
  bash: async () => bash,
  sh: async () => dash,
  busybox: () => import('./coreutils/coreutils').then((c) => c.createBusybox(ash)),
  coreutils: () => import('./coreutils/coreutils').then((m) => m.coreutils),
  docker: () => import('./docker/docker-program').then((m) => m.docker),
  hello: () => import('./hello').then((m) => m.hello),
}

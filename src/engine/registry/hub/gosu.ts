/** gosu 1.17 (tianon/gosu), the `su` that execs instead of forking: how redis, postgres and mysql entrypoints step
 *  down from root. The built-in program 'gosu' runs it. A layer that installs it also leaves apt's logs and status,
 *  which differ between images, so `size` keeps each image's gosu layer its own, as in reality. */
import type { TreeSpec } from '../../layer/file-tree'
import { fillToSize } from './fill-to-size'

export const GOSU: TreeSpec[string] = { program: 'gosu', size: 2_396_312 }

export const gosuLayer = (size: number): TreeSpec =>
  fillToSize({ 'usr/local/bin/gosu': GOSU }, size, { 'var/lib/dpkg/status': 1, 'var/log/apt/eipp.log.xz': 1, 'var/log/dpkg.log': 1 })

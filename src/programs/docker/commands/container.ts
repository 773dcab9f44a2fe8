/** `docker container`: the group of container commands. Alone it prints its help on stderr (exit 0); an unknown word after it is
 *  `docker: unknown command: docker container <word>` (exit 1). */
import { defineGroup } from '../cli/define-command'

export const container = defineGroup({
  path: ['container'],
  short: 'Manage containers',
})

/** `docker system`: the group of system commands. Alone it prints its help on stderr (exit 0); an unknown word after it is
 *  `docker: unknown command: docker system <word>` (exit 1). */
import { defineGroup } from '../cli/define-command'

export const system = defineGroup({
  path: ['system'],
  short: 'Manage Docker',
})

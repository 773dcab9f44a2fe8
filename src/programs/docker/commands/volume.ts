/** `docker volume`: the group of volume commands. Alone it prints its help on stderr (exit 0); an unknown word after it is
 *  `docker: unknown command: docker volume <word>` (exit 1). */
import { defineGroup } from '../cli/define-command'

export const volume = defineGroup({
  path: ['volume'],
  short: 'Manage volumes',
})

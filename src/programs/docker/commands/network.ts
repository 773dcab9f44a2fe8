/** `docker network`: the group of network commands. Alone it prints its help on stderr (exit 0); an unknown word after it is
 *  `docker: unknown command: docker network <word>` (exit 1). */
import { defineGroup } from '../cli/define-command'

export const network = defineGroup({
  path: ['network'],
  short: 'Manage networks',
})

/** `docker image`: the group of image commands. Alone it prints its help on stderr (exit 0); an unknown word after it is
 *  `docker: unknown command: docker image <word>` (exit 1). */
import { defineGroup } from '../cli/define-command'

export const image = defineGroup({
  path: ['image'],
  short: 'Manage images',
})

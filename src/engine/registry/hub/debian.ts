/** debian: bookworm (12, latest), bookworm-slim and bullseye, one debuerreotype layer each (see debian-base.ts). */
import type { HubImage } from '../hub-image'
import type { Built } from './dockerfile'
import { bookworm, bookwormSlim, bullseye, DEBIAN_SNAPSHOT } from './debian-base'

const image = (tags: string[], base: Built): HubImage => ({ repository: 'library/debian', tags, created: DEBIAN_SNAPSHOT, ...base })

export const debianImages: HubImage[] = [
  image(['bookworm', 'bookworm-20250610', '12.11', '12', 'latest'], bookworm),
  image(['bookworm-slim', 'bookworm-20250610-slim', '12.11-slim', '12-slim'], bookwormSlim),
  image(['bullseye', 'bullseye-20250610', '11.11', '11'], bullseye),
]

/** hello-world: `FROM scratch`, one static binary. The built-in program 'hello' prints the greeting of
 *  docker-library/hello-world's hello.c. No shell: `docker run -it hello-world sh` fails to exec "sh". */
import type { HubImage } from '../hub-image'
import { build, dockerfile } from './dockerfile'
import { DEBIAN_PATH } from './deb-rootfs'

const HELLO = dockerfile`FROM scratch
COPY hello /
CMD ["/hello"]
`

export const helloWorldImages: HubImage[] = [{
  repository: 'library/hello-world',
  tags: ['latest', 'linux'],
  created: '2025-03-13T07:46:22Z',
  ...build({ config: { Env: [DEBIAN_PATH] }, steps: [] }, HELLO, [{ files: { hello: { program: 'hello', size: 10_072 } }, compressed: 3_195 }]),
}]

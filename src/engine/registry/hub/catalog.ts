/** The built-in offline Docker Hub: every repository's images and the `docker search` catalogue. Repositories:
 *  alpine, busybox, hello-world, ubuntu, debian, centos, nginx, httpd, redis, mysql, postgres, node, python,
 *  registry, all under library/. Invariant (catalog.test.ts): tags are unique within a repository, and every
 *  repository here is an official row of searchIndex. */
import type { HubImage, SearchEntry } from '../hub-image'
import { alpineImages } from './alpine'
import { busyboxImages } from './busybox'
import { centosImages } from './centos'
import { debianImages } from './debian'
import { helloWorldImages } from './hello-world'
import { httpdImages } from './httpd'
import { mysqlImages } from './mysql'
import { nginxImages } from './nginx'
import { nodeImages } from './node'
import { postgresImages } from './postgres'
import { pythonImages } from './python'
import { redisImages } from './redis'
import { registryImages } from './registry'
import { searchIndex as index } from './search-index'
import { ubuntuImages } from './ubuntu'

export const hubImages: HubImage[] = [
  ...alpineImages, ...busyboxImages, ...helloWorldImages, ...ubuntuImages, ...debianImages, ...centosImages,
  ...nginxImages, ...httpdImages, ...redisImages, ...mysqlImages, ...postgresImages, ...nodeImages, ...pythonImages,
  ...registryImages,
]

export const searchIndex: SearchEntry[] = index

/** httpd 2.4.63 (2.4, 2, latest): `FROM debian:bookworm-slim`, Apache built from source into /usr/local/apache2,
 *  replayed from its real Dockerfile (httpd-dockerfile.ts). `httpd-foreground` is the real script (sh runs it and
 *  execs the built-in 'httpd'); the default page is the famous "It works!". Graceful stop is SIGWINCH. */
import type { HubImage } from '../hub-image'
import type { TreeSpec } from '../../layer/file-tree'
import { build, emptyLayer, type HubLayer } from './dockerfile'
import { bookwormSlim } from './debian-base'
import { fillToSize } from './fill-to-size'
import { HTTPD_CONF, HTTPD_MODULES } from './httpd-conf'
import { HTTPD_DOCKERFILE } from './httpd-dockerfile'

const PREFIX = 'usr/local/apache2'
const LIB = 'usr/lib/x86_64-linux-gnu'

const HTTPD_FOREGROUND = `#!/bin/sh
set -e

# Apache gets grumpy about PID files pre-existing
rm -f /usr/local/apache2/logs/httpd.pid

exec httpd -DFOREGROUND "$@"
`

/** ca-certificates, libaprutil1-ldap, libldap-common and what they pull in. */
const runtimeDeps: TreeSpec = fillToSize({
  'etc/ssl/certs/ca-certificates.crt': { size: 219_342 },
  'etc/ca-certificates.conf': { size: 5_989 },
  'usr/bin/openssl': { size: 1_011_520, mode: 0o755 },
  [`${LIB}/libapr-1.so.0.7.2`]: { size: 237_344 },
  [`${LIB}/libaprutil-1.so.0.6.3`]: { size: 182_600 },
  [`${LIB}/apr-util-1/apr_ldap-1.so`]: { size: 22_776 },
  [`${LIB}/libldap-2.5.so.0.1.14`]: { size: 384_592 },
  [`${LIB}/libssl.so.3`]: { size: 690_432 },
  [`${LIB}/libcrypto.so.3`]: { size: 4_709_016 },
  [`${LIB}/libsasl2.so.2.0.25`]: { size: 116_920 },
}, 10_215_344, { 'usr/share/ca-certificates/mozilla.bundle': 1, 'etc/ssl/certs/hashes.bundle': 1, [`${LIB}/libs.bundle`]: 2 })

const htdocs = (): TreeSpec => ({ [`${PREFIX}/htdocs/index.html`]: '<html><body><h1>It works!</h1></body></html>\n' })

/** What `./configure && make install` leaves in /usr/local/apache2, plus the libraries apt-mark kept. */
function install(): TreeSpec {
  const files: TreeSpec = {
    [`${PREFIX}/bin/httpd`]: { program: 'httpd', size: 2_613_264 },
    [`${PREFIX}/bin/apachectl`]: { size: 3_434, mode: 0o755 },
    [`${PREFIX}/bin/ab`]: { size: 124_896, mode: 0o755 },
    [`${PREFIX}/bin/htpasswd`]: { size: 47_320, mode: 0o755 },
    [`${PREFIX}/bin/apxs`]: { size: 24_436, mode: 0o755 },
    [`${PREFIX}/bin/envvars`]: '# Licensed to the Apache Software Foundation (ASF) under one or more\n# envvars-std - default environment variables for apachectl\n#\n# This file is generated from envvars-std.in\n#\nif test "x$LD_LIBRARY_PATH" != "x" ; then\n  LD_LIBRARY_PATH="/usr/local/apache2/lib:$LD_LIBRARY_PATH"\nelse\n  LD_LIBRARY_PATH="/usr/local/apache2/lib"\nfi\nexport LD_LIBRARY_PATH\n#\n',
    [`${PREFIX}/conf/httpd.conf`]: HTTPD_CONF,
    [`${PREFIX}/conf/original/httpd.conf`]: { size: 20_745 },
    [`${PREFIX}/conf/mime.types`]: { size: 60_869 },
    [`${PREFIX}/conf/magic`]: { size: 13_064 },
    [`${PREFIX}/conf/extra/httpd-ssl.conf`]: { size: 13_523 },
    [`${PREFIX}/conf/extra/proxy-html.conf`]: { size: 3_185 },
    [`${PREFIX}/conf/extra/httpd-vhosts.conf`]: { size: 1_524 },
    [`${PREFIX}/conf/extra/httpd-default.conf`]: { size: 2_924 },
    [`${PREFIX}/conf/extra/httpd-mpm.conf`]: { size: 4_456 },
    [`${PREFIX}/cgi-bin/printenv`]: { size: 820 },
    [`${PREFIX}/cgi-bin/test-cgi`]: { size: 1_074 },
    [`${PREFIX}/error/README`]: { size: 1_710 },
    [`${PREFIX}/icons/README`]: { size: 5_108 },
    [`${PREFIX}/logs/`]: {},
    ...htdocs(),
  }
  HTTPD_MODULES.forEach((m, i) => { files[`${PREFIX}/modules/${m}`] = { size: 20_000 + ((i * 7919) % 60_000), mode: 0o755 } })
  files[`${PREFIX}/modules/mod_ssl.so`] = { size: 1_197_856, mode: 0o755 }
  files[`${PREFIX}/modules/mod_http2.so`] = { size: 1_145_048, mode: 0o755 }
  files[`${PREFIX}/modules/mod_lua.so`] = { size: 368_280, mode: 0o755 }
  return fillToSize(files, 63_011_906, {
    [`${PREFIX}/include/headers.bundle`]: 2, [`${PREFIX}/build/build.bundle`]: 1, [`${PREFIX}/icons/icons.bundle`]: 1,
    [`${PREFIX}/error/error.bundle`]: 1, [`${LIB}/libbrotli-lua-jansson-curl.bundle`]: 12, [`${LIB}/libxml2-icu.bundle`]: 20,
    [`${LIB}/libs.bundle`]: 10,
  })
}

const layers: HubLayer[] = [
  { files: { [`${PREFIX}/`]: {} }, compressed: 143 },
  emptyLayer(),
  { files: runtimeDeps, compressed: 4_197_563 },
  { files: install(), compressed: 25_582_179 },
  { files: { 'usr/local/bin/httpd-foreground': { data: HTTPD_FOREGROUND, mode: 0o775 } }, compressed: 291 },
]

export const httpdImages: HubImage[] = [{
  repository: 'library/httpd',
  tags: ['2.4.63', '2.4', '2', 'latest', '2.4.63-bookworm', '2.4-bookworm', '2-bookworm', 'bookworm'],
  created: '2025-06-10T18:32:14Z',
  ...build(bookwormSlim, HTTPD_DOCKERFILE, layers),
}]

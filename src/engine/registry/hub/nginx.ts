/** nginx: mainline 1.27.5 (latest), stable 1.28.0 and the older 1.26.3, each `FROM debian:bookworm-slim` + the
 *  nginx.org packages + the entrypoint scripts, replayed from the real Dockerfile (nginx-dockerfile.ts). The first
 *  layer is debian-base.ts's bookwormSlimLayer object itself, so it is shared with debian:bookworm-slim, httpd,
 *  redis and postgres. Worker processes run as uid 101 (nginx); logs go to /dev/stdout and /dev/stderr through the
 *  /var/log/nginx symlinks, which is why `docker logs` shows them. Like the real image there is no `ps`. */
import { md5 } from '@noble/hashes/legacy.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { HubImage } from '../hub-image'
import type { TreeSpec } from '../../layer/file-tree'
import { build, type HubLayer } from './dockerfile'
import { bookwormAccounts, bookwormSlim } from './debian-base'
import { fillToSize } from './fill-to-size'
import { nginxDockerfile, type NginxVersion } from './nginx-dockerfile'
import { DEFAULT_CONF, ERROR_50X_HTML, FASTCGI_PARAMS, INDEX_HTML, MIME_TYPES, NGINX_CONF, SCGI_PARAMS, UWSGI_PARAMS } from './nginx-conf'
import { DOCKER_ENTRYPOINT_SH, ENVSUBST_ON_TEMPLATES_SH, LISTEN_ON_IPV6_SH, LOCAL_RESOLVERS_ENVSH } from './nginx-entrypoint'
import { TUNE_WORKER_PROCESSES_SH } from './nginx-tune-workers'

const LIB = 'usr/lib/x86_64-linux-gnu'

const LOGROTATE = `/var/log/nginx/*.log {
        daily
        missingok
        rotate 52
        compress
        delaycompress
        notifempty
        create 640 nginx adm
        sharedscripts
        postrotate
                if [ -f /run/nginx.pid ]; then
                        kill -USR1 \`cat /run/nginx.pid\`
                fi
        endscript
}
`

/** What the big RUN step leaves: the nginx user, the packages (nginx, its dynamic modules, curl, gettext-base and
 *  their libraries), and the log symlinks. */
function packages(v: NginxVersion, size: number): TreeSpec {
  const pid = v.version === '1.26.3' ? '/var/run/nginx.pid' : '/run/nginx.pid'
  return fillToSize({
    ...bookwormAccounts(['nginx:x:101:101:nginx user:/nonexistent:/bin/false'], ['nginx:x:101:']),
    'etc/nginx/nginx.conf': NGINX_CONF.replace('/run/nginx.pid', pid),
    'var/lib/dpkg/status': dpkgStatus(v, pid),
    'etc/nginx/conf.d/default.conf': DEFAULT_CONF,
    'etc/nginx/mime.types': MIME_TYPES,
    'etc/nginx/fastcgi_params': FASTCGI_PARAMS,
    'etc/nginx/scgi_params': SCGI_PARAMS,
    'etc/nginx/uwsgi_params': UWSGI_PARAMS,
    'etc/nginx/koi-utf': { size: 2_837 },
    'etc/nginx/koi-win': { size: 2_223 },
    'etc/nginx/win-utf': { size: 3_610 },
    'etc/nginx/modules': { link: '../../usr/lib/nginx/modules' },
    'etc/logrotate.d/nginx': LOGROTATE.replaceAll('/run/nginx.pid', pid),
    'etc/apt/keyrings/nginx-archive-keyring.gpg': { size: 3_481 },
    'usr/sbin/nginx': { program: 'nginx', size: 1_548_168 },
    'usr/sbin/nginx-debug': { program: 'nginx', size: 1_586_216 },
    'usr/lib/nginx/modules/ngx_http_geoip_module.so': { size: 23_648 },
    'usr/lib/nginx/modules/ngx_http_image_filter_module.so': { size: 27_752 },
    'usr/lib/nginx/modules/ngx_http_js_module.so': { size: 2_101_384 },
    'usr/lib/nginx/modules/ngx_http_xslt_filter_module.so': { size: 27_752 },
    'usr/lib/nginx/modules/ngx_stream_geoip_module.so': { size: 19_552 },
    'usr/lib/nginx/modules/ngx_stream_js_module.so': { size: 2_060_424 },
    'usr/share/nginx/html/index.html': INDEX_HTML,
    'usr/share/nginx/html/50x.html': ERROR_50X_HTML,
    'usr/share/doc/nginx/copyright': { size: 1_397 },
    'var/cache/nginx/': {},
    'var/log/nginx/access.log': { link: '/dev/stdout' },
    'var/log/nginx/error.log': { link: '/dev/stderr' },
    'docker-entrypoint.d/': {},
    'usr/bin/curl': { program: 'curl', size: 281_576 },
    'usr/bin/envsubst': { size: 35_344, mode: 0o755 },
    'usr/bin/gpgv': { size: 314_432, mode: 0o755 },
    [`${LIB}/libcurl.so.4.8.0`]: { size: 738_288 },
    [`${LIB}/libcurl.so.4`]: { link: 'libcurl.so.4.8.0' },
    [`${LIB}/libssl.so.3`]: { size: 690_432 },
    [`${LIB}/libcrypto.so.3`]: { size: 4_709_016 },
    [`${LIB}/libxml2.so.2.9.14`]: { size: 1_888_312 },
    [`${LIB}/libxslt.so.1.1.35`]: { size: 256_264 },
    [`${LIB}/libgd.so.3.0.10`]: { size: 440_376 },
    [`${LIB}/libGeoIP.so.1.6.12`]: { size: 137_232 },
    [`${LIB}/libicudata.so.72.1`]: { size: 30_874_752 },
    [`${LIB}/libicuuc.so.72.1`]: { size: 2_086_216 },
    [`${LIB}/libperl.so.5.36.0`]: { size: 3_963_864 },
  }, size, {
    [`${LIB}/libx11-tiff-webp-heif.bundle`]: 16, [`${LIB}/libaom-dav1d-x265.bundle`]: 18, 'usr/share/fonts/truetype/dejavu/fonts.bundle': 7,
    'usr/share/perl/5.36.0/modules.bundle': 17, [`${LIB}/gnutls-ldap-kerberos.bundle`]: 9, 'usr/share/X11/locale.bundle': 3,
    'usr/share/GeoIP/GeoIP.dat': 2, 'var/lib/dpkg/info/info.bundle': 2, [`${LIB}/libs.bundle`]: 6,
  })
}

const executable = (data: string) => ({ data, mode: 0o775 })

const md5hex = (text: string) => bytesToHex(md5(new TextEncoder().encode(text)))

/** dpkg's record of the nginx package: 10-listen-on-ipv6-by-default.sh checks default.conf against its md5 here. */
function dpkgStatus(v: NginxVersion, pid: string): string {
  const conffiles: [string, string][] = [
    ['/etc/logrotate.d/nginx', LOGROTATE.replaceAll('/run/nginx.pid', pid)], ['/etc/nginx/conf.d/default.conf', DEFAULT_CONF],
    ['/etc/nginx/fastcgi_params', FASTCGI_PARAMS], ['/etc/nginx/mime.types', MIME_TYPES], ['/etc/nginx/nginx.conf', NGINX_CONF.replace('/run/nginx.pid', pid)],
    ['/etc/nginx/scgi_params', SCGI_PARAMS], ['/etc/nginx/uwsgi_params', UWSGI_PARAMS],
  ]
  return `Package: nginx
Status: install ok installed
Priority: optional
Section: httpd
Installed-Size: 3497
Maintainer: NGINX Packaging <nginx-packaging@f5.com>
Architecture: amd64
Version: ${v.version}-1~bookworm
Replaces: nginx-common, nginx-core
Provides: httpd, nginx, nginx-r${v.version}
Depends: libc6 (>= 2.34), libcrypt1 (>= 1:4.1.0), libpcre2-8-0 (>= 10.22), libssl3 (>= 3.0.0), zlib1g (>= 1:1.1.4), adduser
Conflicts: nginx-common, nginx-core
Conffiles:
${conffiles.map(([path, text]) => ` ${path} ${md5hex(text)}`).join('\n')}
Description: high performance web server
 nginx [engine x] is an HTTP and reverse proxy server, as well as
 a mail proxy server.
Homepage: https://nginx.org

`
}

function image(v: NginxVersion, tags: string[], created: string, runSize: number, compressed: number): HubImage {
  const layers: HubLayer[] = [
    { files: packages(v, runSize), compressed },
    { files: { 'docker-entrypoint.sh': executable(DOCKER_ENTRYPOINT_SH) }, compressed: 628 },
    { files: { 'docker-entrypoint.d/10-listen-on-ipv6-by-default.sh': executable(LISTEN_ON_IPV6_SH) }, compressed: 956 },
    { files: { 'docker-entrypoint.d/15-local-resolvers.envsh': executable(LOCAL_RESOLVERS_ENVSH) }, compressed: 405 },
    { files: { 'docker-entrypoint.d/20-envsubst-on-templates.sh': executable(ENVSUBST_ON_TEMPLATES_SH) }, compressed: 1_209 },
    { files: { 'docker-entrypoint.d/30-tune-worker-processes.sh': executable(TUNE_WORKER_PROCESSES_SH) }, compressed: 1_402 },
  ]
  return { repository: 'library/nginx', tags, created, ...build(bookwormSlim, nginxDockerfile(v), layers) }
}

const ILLUSTRATIVE_SHA512 = '973690e64fa47e3704e817a3b08205b9e3f8c0cbe31825d9d62a81c11eb3aa186df015f27fdfd48c8799ffc528e38a9168c592ae665e4835c2d28638ec5f7845'

export const nginxImages: HubImage[] = [
  image({ version: '1.27.5', njs: '0.8.10', dynpkg: '1~bookworm', channel: 'mainline/', pkgOssSha512: ILLUSTRATIVE_SHA512 },
    ['1.27.5', 'mainline', '1', '1.27', 'latest', '1.27.5-bookworm', 'mainline-bookworm', '1-bookworm', '1.27-bookworm', 'bookworm'],
    '2025-06-10T17:46:37Z', 117_596_541, 40_654_382),
  image({ version: '1.28.0', njs: '0.8.10', dynpkg: '1~bookworm', channel: '', pkgOssSha512: ILLUSTRATIVE_SHA512 },
    ['1.28.0', 'stable', '1.28', '1.28.0-bookworm', 'stable-bookworm', '1.28-bookworm'],
    '2025-06-10T17:46:31Z', 117_551_330, 40_637_119),
  image({ version: '1.26.3', njs: '0.8.9', dynpkg: '2~bookworm', channel: '', pkgOssSha512: '3a4e869eded0c71e92f522e94edffea7fbfb5e78886ea7e484342fa2e028c62099a67d08860c249bf93776da97b924225e0d849dbb4697b298afe5421d7d6fea' },
    ['1.26.3', '1.26', '1.26.3-bookworm', '1.26-bookworm'],
    '2025-04-16T01:47:36Z', 117_129_843, 40_512_906),
]

/** The seed's container flow in a real browser: nginx in the background with a published port, a request from the
 *  host with curl, and the request in the container's log. */

export const tests = [
  async function nginxServesThePublishedPortAndLogsTheRequest({ page, baseUrl, helpers: h }) {
    await h.open(page, baseUrl)
    const id = await h.run(page, 'docker run -d --name mynginx -p 8080:80 nginx', { timeout: 60_000 })
    h.expectContains(id, /^[0-9a-f]{64}$/m, 'docker run -d prints the full container ID')
    const page1 = await h.run(page, 'curl localhost:8080')
    h.expectContains(page1, '<title>Welcome to nginx!</title>', 'curl output')
    const ps = await h.run(page, 'docker ps')
    h.expectContains(ps, /nginx +"\/docker-entrypoint\.…" .* Up .* 0\.0\.0\.0:8080->80\/tcp, \[::\]:8080->80\/tcp +mynginx$/m, 'docker ps')
    const logs = await h.run(page, 'docker logs mynginx')
    h.expectContains(logs, /"GET \/ HTTP\/1\.1" 200 \d+ "-" "curl\/[\d.]+" "-"/, 'docker logs shows the request')
    h.expectNoJsLeak(await h.screen(page))
  },
]

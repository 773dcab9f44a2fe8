/** renderFormatted against what the real docker CLI 28.2.2 printed. Captured through ../shared/oracle (the CLI
 *  talking to podman): three containers named gt-exited, gt-created and gt-web (labels com.example.x=hello and
 *  plain=1, port 127.0.0.1:18081->8080), and the image localhost/busybox. The contexts below are rebuilt from
 *  `--format json` of the same moment, so every other output is docker's own rendering of the same values. */
import { describe, expect, it } from 'vitest'
import { formatterContext, headerLabel, parseInspectFormat, preFormat, renderFormatted } from './format-output'
import { goNil, goStruct } from './go-template'

const PS_JSON = [
  {"Command":"\"sh -c exit 3\"","CreatedAt":"2026-11-27 23:10:00 +0000 UTC","ID":"587a9db23928","Image":"localhost/busybox:latest","Labels":"","LocalVolumes":"0","Mounts":"","Names":"gt-exited","Networks":"podman","Platform":null,"Ports":"","RunningFor":"About a minute ago","Size":"0B","State":"exited","Status":"Exited (3) About a minute ago"},
  {"Command":"\"echo hello world\"","CreatedAt":"2026-11-27 23:10:01 +0000 UTC","ID":"b8ced8db656d","Image":"localhost/busybox:latest","Labels":"","LocalVolumes":"0","Mounts":"","Names":"gt-created","Networks":"podman","Platform":null,"Ports":"","RunningFor":"About a minute ago","Size":"0B","State":"created","Status":"Created"},
  {"Command":"\"httpd -f -p 8080 -h…\"","CreatedAt":"2026-11-27 23:10:00 +0000 UTC","ID":"f441261bd55b","Image":"localhost/busybox:latest","Labels":"com.example.x=hello,plain=1","LocalVolumes":"0","Mounts":"","Names":"gt-web","Networks":"podman","Platform":null,"Ports":"127.0.0.1:18081-\u003e8080/tcp","RunningFor":"About a minute ago","Size":"0B","State":"running","Status":"Up About a minute"},
]

const PS_OUTPUTS: [string, string][] = [
  ["table", "CONTAINER ID   IMAGE                      COMMAND                  CREATED              STATUS                          PORTS                       NAMES\n587a9db23928   localhost/busybox:latest   \"sh -c exit 3\"           About a minute ago   Exited (3) About a minute ago                               gt-exited\nb8ced8db656d   localhost/busybox:latest   \"echo hello world\"       About a minute ago   Created                                                     gt-created\nf441261bd55b   localhost/busybox:latest   \"httpd -f -p 8080 -h…\"   About a minute ago   Up About a minute               127.0.0.1:18081->8080/tcp   gt-web\n"],
  ["json", "{\"Command\":\"\\\"sh -c exit 3\\\"\",\"CreatedAt\":\"2026-11-27 23:10:00 +0000 UTC\",\"ID\":\"587a9db23928\",\"Image\":\"localhost/busybox:latest\",\"Labels\":\"\",\"LocalVolumes\":\"0\",\"Mounts\":\"\",\"Names\":\"gt-exited\",\"Networks\":\"podman\",\"Platform\":null,\"Ports\":\"\",\"RunningFor\":\"About a minute ago\",\"Size\":\"0B\",\"State\":\"exited\",\"Status\":\"Exited (3) About a minute ago\"}\n{\"Command\":\"\\\"echo hello world\\\"\",\"CreatedAt\":\"2026-11-27 23:10:01 +0000 UTC\",\"ID\":\"b8ced8db656d\",\"Image\":\"localhost/busybox:latest\",\"Labels\":\"\",\"LocalVolumes\":\"0\",\"Mounts\":\"\",\"Names\":\"gt-created\",\"Networks\":\"podman\",\"Platform\":null,\"Ports\":\"\",\"RunningFor\":\"About a minute ago\",\"Size\":\"0B\",\"State\":\"created\",\"Status\":\"Created\"}\n{\"Command\":\"\\\"httpd -f -p 8080 -h…\\\"\",\"CreatedAt\":\"2026-11-27 23:10:00 +0000 UTC\",\"ID\":\"f441261bd55b\",\"Image\":\"localhost/busybox:latest\",\"Labels\":\"com.example.x=hello,plain=1\",\"LocalVolumes\":\"0\",\"Mounts\":\"\",\"Names\":\"gt-web\",\"Networks\":\"podman\",\"Platform\":null,\"Ports\":\"127.0.0.1:18081-\\u003e8080/tcp\",\"RunningFor\":\"About a minute ago\",\"Size\":\"0B\",\"State\":\"running\",\"Status\":\"Up About a minute\"}\n"],
  ["table {{.ID}}\\t{{.Image}}\\t{{.Status}}", "CONTAINER ID   IMAGE                      STATUS\n587a9db23928   localhost/busybox:latest   Exited (3) About a minute ago\nb8ced8db656d   localhost/busybox:latest   Created\nf441261bd55b   localhost/busybox:latest   Up About a minute\n"],
  ["{{.ID}}: {{.Names}}", "587a9db23928: gt-exited\nb8ced8db656d: gt-created\nf441261bd55b: gt-web\n"],
  ["table {{.Names}}\\t{{.Label \"com.example.x\"}}\\t{{.Labels}}", "NAMES        x         LABELS\ngt-exited              \ngt-created             \ngt-web       hello     com.example.x=hello,plain=1\n"],
  ["{{.Names}}\\t{{.State}}", "gt-exited\texited\ngt-created\tcreated\ngt-web\trunning\n"],
  ["table {{.Names}}\\t{{.Image}}\\n{{.ID}}", "NAMES     IMAGE\nCONTAINER ID\ngt-exited   localhost/busybox:latest\n587a9db23928\ngt-created   localhost/busybox:latest\nb8ced8db656d\ngt-web    localhost/busybox:latest\nf441261bd55b\n"],
  ["table {{upper .Names}}\\t{{json .State}}\\t{{pad .Ports 1 1}}|", "NAMES        STATE        PORTS |\nGT-EXITED    \"exited\"    |\nGT-CREATED   \"created\"   |\nGT-WEB       \"running\"    127.0.0.1:18081->8080/tcp |\n"],
  ["table {{.Names}}\\t{{if eq .State \"running\"}}{{.Ports}}\\t{{end}}x", "NAMES        x\ngt-exited    x\ngt-created   x\ngt-web       127.0.0.1:18081->8080/tcp   x\n"],
  ["  {{.Names}}  ", "gt-exited\ngt-created\ngt-web\n"],
  ["  table {{.Names}}", "table gt-exited\ntable gt-created\ntable gt-web\n"],
  ["table {{range split .Labels \",\"}}{{.}} {{end}}\\t{{.Names}}", "\n                               gt-exited\n                               gt-created\ncom.example.x=hello plain=1    gt-web\n"],
  ["tablex{{.Names}}", "xNAMES\nxgt-exited\nxgt-created\nxgt-web\n"],
  ["{{.Names}}{{/* comment */}}", "gt-exited\ngt-created\ngt-web\n"],
  ["{{- .Names -}}\\n", "gt-exited\ngt-created\ngt-web\n"],
  ["{{.Names}}\\n", "gt-exited\n\ngt-created\n\ngt-web\n\n"],
  ["table {{.Names}}\\t\\t{{.State}}", "NAMES                  STATE\ngt-exited              exited\ngt-created             created\ngt-web                 running\n"],
  ["table {{.State}}\\t{{.Names}}\\t", "STATE     NAMES        \nexited    gt-exited    \ncreated   gt-created   \nrunning   gt-web       \n"],
  ["{{printf \"%-12s|%5.2s|\" .Names .State}}", "gt-exited   |   ex|\ngt-created  |   cr|\ngt-web      |   ru|\n"],
]

const PS_ERRORS: [string, string][] = [
  ["table {{.Names | truncate 4}}\\t{{title .State}}\\t{{.Label \"plain\"}}", "failed to execute template: template: :1:26: executing \"\" at <4>: expected string; found 4"],
  ["table {{.Foo}}", "failed to execute template: template: :1:8: executing \"\" at <.Foo>: can't evaluate field Foo in type *formatter.ContainerContext"],
  ["{{.Names", "failed to parse template: template: :1: unclosed action"],
  ["{{index .Names 5}}", "failed to execute template: template: :1:2: executing \"\" at <index .Names 5>: error calling index: index out of range: 5"],
  ["table {{.ID}}\\t{{.Label}}", "failed to execute template: template: :1:17: executing \"\" at <.Label>: wrong number of args for Label: want 1 got 0"],
  ["{{if .Names}}{{.Names.x}}{{end}}", "template parsing error: template: :1:21: executing \"\" at <.Names.x>: can't evaluate field x in type string"],
  ["{{foo .Names}}", "failed to parse template: template: :1: function \"foo\" not defined"],
]

const PS_EMPTY_OUTPUTS: [string, string][] = [
  ["table", "CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n"],
  ["table {{.Foo}}\\t{{.ID}}", "ERR failed to execute template: template: :1:8: executing \"\" at <.Foo>: can't evaluate field Foo in type *formatter.ContainerContext"],
  ["{{.ID}}", ""],
  ["table {{.ID}}\\t{{.Label \"com.example.my-label\"}}\\t{{json .Names}}\\t{{.Names | printf \"%.3s\"}}", "CONTAINER ID   my label   NAMES     NAM\n"],
]

const IMAGES_JSON = [
  {"Containers":"4","CreatedAt":"2026-11-27 22:50:57 +0000 UTC","CreatedSince":"20 minutes ago","Digest":"\u003cnone\u003e","ID":"7eaebfe99bf4","Repository":"localhost/busybox","SharedSize":"0B","Size":"2.13MB","Tag":"latest","UniqueSize":"2.131MB","VirtualSize":"2.131MB"},
]

const IMAGES_OUTPUTS: [string, string][] = [
  ["table", "REPOSITORY          TAG       IMAGE ID       CREATED          SIZE\nlocalhost/busybox   latest    7eaebfe99bf4   20 minutes ago   2.13MB\n"],
  ["json", "{\"Containers\":\"4\",\"CreatedAt\":\"2026-11-27 22:50:57 +0000 UTC\",\"CreatedSince\":\"20 minutes ago\",\"Digest\":\"\\u003cnone\\u003e\",\"ID\":\"7eaebfe99bf4\",\"Repository\":\"localhost/busybox\",\"SharedSize\":\"0B\",\"Size\":\"2.13MB\",\"Tag\":\"latest\",\"UniqueSize\":\"2.131MB\",\"VirtualSize\":\"2.131MB\"}\n"],
  ["{{.Repository}}:{{.Tag}} {{.Size}}", "localhost/busybox:latest 2.13MB\n"],
  ["table {{.ID}}\\t{{.Repository}}\\t{{.Containers}}", "IMAGE ID       REPOSITORY          CONTAINERS\n7eaebfe99bf4   localhost/busybox   4\n"],
  ["{{.Foo}}", "ERR template parsing error: template: :1:2: executing \"\" at <.Foo>: can't evaluate field Foo in type *formatter.imageContext"],
  ["table {{.Repository}}\\t{{.Digest}}\\t{{.SharedSize}}", "REPOSITORY          DIGEST                                                                    SHARED SIZE\nlocalhost/busybox   sha256:1d43fd30c09c6b461655c49953f8604d1e27c022e7d48f8e79d25408c69f34e5   0B\n"],
  ["{{.Tag", "ERR template parsing error: template: :1: unclosed action"],
]

const IMAGES_EMPTY_OUTPUTS: [string, string][] = [
  ["{{.Foo}}", ""],
  ["table {{.Foo}}\\t{{.ID}}", "<no value>   IMAGE ID\n"],
  ["table", "REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n"],
  ["json", ""],
]

// {{json .}} requests sizes (it calls every method, .Size among them), so its rows differ from --format json's
const PS_JSON_DOT = "{\"Command\":\"\\\"sh -c exit 3\\\"\",\"CreatedAt\":\"2026-11-27 23:10:00 +0000 UTC\",\"ID\":\"587a9db23928\",\"Image\":\"localhost/busybox:latest\",\"Labels\":\"\",\"LocalVolumes\":\"0\",\"Mounts\":\"\",\"Names\":\"gt-exited\",\"Networks\":\"podman\",\"Platform\":null,\"Ports\":\"\",\"RunningFor\":\"About a minute ago\",\"Size\":\"12B (virtual 1.98MB)\",\"State\":\"exited\",\"Status\":\"Exited (3) About a minute ago\"}\n{\"Command\":\"\\\"echo hello world\\\"\",\"CreatedAt\":\"2026-11-27 23:10:01 +0000 UTC\",\"ID\":\"b8ced8db656d\",\"Image\":\"localhost/busybox:latest\",\"Labels\":\"\",\"LocalVolumes\":\"0\",\"Mounts\":\"\",\"Names\":\"gt-created\",\"Networks\":\"podman\",\"Platform\":null,\"Ports\":\"\",\"RunningFor\":\"About a minute ago\",\"Size\":\"0B (virtual 1.98MB)\",\"State\":\"created\",\"Status\":\"Created\"}\n{\"Command\":\"\\\"httpd -f -p 8080 -h…\\\"\",\"CreatedAt\":\"2026-11-27 23:10:00 +0000 UTC\",\"ID\":\"f441261bd55b\",\"Image\":\"localhost/busybox:latest\",\"Labels\":\"com.example.x=hello,plain=1\",\"LocalVolumes\":\"0\",\"Mounts\":\"\",\"Names\":\"gt-web\",\"Networks\":\"podman\",\"Platform\":null,\"Ports\":\"127.0.0.1:18081-\\u003e8080/tcp\",\"RunningFor\":\"About a minute ago\",\"Size\":\"12B (virtual 1.98MB)\",\"State\":\"running\",\"Status\":\"Up About a minute\"}\n"

/** formatter.NewContainerContext's header map. */
const PS_HEADER = {
  ID: 'CONTAINER ID', Names: 'NAMES', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED',
  Ports: 'PORTS', State: 'STATE', Status: 'STATUS', Size: 'SIZE', Labels: 'LABELS', Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES', Networks: 'NETWORKS', Platform: 'PLATFORM',
}
const PS_DEFAULT_TABLE = 'table {{.ID}}\\t{{.Image}}\\t{{.Command}}\\t{{.RunningFor}}\\t{{.Status}}\\t{{.Ports}}\\t{{.Names}}'

/** newImageContext's header map. */
const IMAGES_HEADER = {
  ID: 'IMAGE ID', Repository: 'REPOSITORY', Tag: 'TAG', Digest: 'DIGEST', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT',
  Size: 'SIZE', Containers: 'CONTAINERS', VirtualSize: 'SIZE', SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE',
}
const IMAGES_DEFAULT_TABLE = 'table {{.Repository}}\\t{{.Tag}}\\t{{.ID}}\\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\\t{{.Size}}'
const BUSYBOX_DIGEST = 'sha256:1d43fd30c09c6b461655c49953f8604d1e27c022e7d48f8e79d25408c69f34e5'

type Row = Record<string, string | null>

function containerContext(row: Row) {
  const labels = new Map((row.Labels ?? '').split(',').filter(Boolean).map((kv) => kv.split('=') as [string, string]))
  return formatterContext('*formatter.ContainerContext', {
    ...row,
    Platform: goNil('*formatter.Platform'),
    Label: (name: string) => labels.get(name) ?? '',
  })
}

/** What docker ps executes a --format against before listing: a context over an empty container. */
const emptyContainer = containerContext({
  Command: '""', CreatedAt: '1970-01-01 00:00:00 +0000 UTC', ID: '', Image: '<no image>', Labels: '', LocalVolumes: '0',
  Mounts: '', Names: '', Networks: '', Ports: '', RunningFor: '56 years ago', Size: '0B', State: '', Status: '',
})

const imageContext = (row: Row) => formatterContext('*formatter.imageContext', row)

const ps = (format: string, rows: readonly Row[] = PS_JSON) =>
  renderFormatted(rows.map(containerContext), format === 'table' ? PS_DEFAULT_TABLE : format, { header: PS_HEADER, precheck: emptyContainer })

const images = (format: string, rows: readonly Row[] = IMAGES_JSON) =>
  renderFormatted(rows.map(imageContext), format === 'table' ? IMAGES_DEFAULT_TABLE : format, { header: IMAGES_HEADER })

/** The captured line: stdout, or "ERR " and stderr. */
const asCaptured = (r: ReturnType<typeof ps>) => (r.ok ? r.output : `ERR ${r.error}`)

describe('docker ps --format', () => {
  it.each(PS_OUTPUTS)('%j prints what docker printed', (format, stdout) => {
    expect(ps(format)).toEqual({ ok: true, output: stdout })
  })

  it.each(PS_ERRORS)('%j fails as docker failed', (format, stderr) => {
    expect(ps(format)).toEqual({ ok: false, error: stderr })
  })

  it.each(PS_EMPTY_OUTPUTS)('%j with no containers prints what docker printed', (format, captured) => {
    expect(asCaptured(ps(format, []))).toBe(captured)
  })

  it('marshals every method of the context for {{json .}}, keys sorted and HTML-escaped', () => {
    const rows = PS_JSON_DOT.trim().split('\n').map((l) => JSON.parse(l) as Row)
    expect(ps('{{json .}}', rows)).toEqual({ ok: true, output: PS_JSON_DOT })
  })

  it('treats .Platform as the nil *formatter.Platform it is for these containers', () => {
    const web = PS_JSON.filter((r) => r.Names === 'gt-web')
    expect(ps('{{.Platform}}|{{if .Platform}}y{{else}}n{{end}}|{{json .Platform}}|{{printf "%v" .Platform}}', web)).toEqual({
      ok: true,
      output: '<nil>|n|null|<nil>\n',
    })
    expect(ps('{{.Platform.OS}}', web)).toEqual({
      ok: false,
      error: 'failed to execute template: template: :1:11: executing "" at <.Platform.OS>: nil pointer evaluating *formatter.Platform.OS',
    })
    expect(ps('{{range .Names}}{{end}}', web)).toEqual({
      ok: false,
      error: 'failed to execute template: template: :1:8: executing "" at <.Names>: range can\'t iterate over ',
    })
  })

  it('checks the raw format before listing, so an error names its place in the text as typed', () => {
    expect(ps('table {{.ID}}\\t{{.Foo}}')).toEqual({
      ok: false,
      error: 'failed to execute template: template: :1:17: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext',
    })
  })

  it('reports a row that fails only with real data as a template parsing error, and prints nothing', () => {
    expect(ps('{{.Names}} {{if eq .State "running"}}{{.Ports.x}}{{end}}')).toEqual({
      ok: false,
      error: 'template parsing error: template: :1:45: executing "" at <.Ports.x>: can\'t evaluate field x in type string',
    })
  })

  it('aligns rows with different numbers of cells block by block, as Go’s tabwriter does', () => {
    expect(ps('table {{.Names}}{{if eq .State "running"}}\\t{{.Ports}}\\t{{end}}.')).toEqual({
      ok: true,
      output: 'NAMES.\ngt-exited.\ngt-created.\ngt-web    127.0.0.1:18081->8080/tcp   .\n',
    })
    expect(ps('table {{if eq .State "created"}}{{.Names}}\\t{{.ID}}\\t{{end}}{{.State}}\\t|')).toEqual({
      ok: true,
      output: 'STATE        |\nexited       |\ngt-created   b8ced8db656d   created   |\nrunning      |\n',
    })
  })
})

describe('docker images --format', () => {
  it.each(IMAGES_OUTPUTS.filter(([f]) => !f.includes('.Digest')))('%j prints what docker printed', (format, captured) => {
    expect(asCaptured(images(format))).toBe(captured)
  })

  it('shows the digest when the format asks for it (the caller fills .Digest then)', () => {
    const [format, captured] = IMAGES_OUTPUTS.find(([f]) => f.includes('.Digest'))!
    expect(asCaptured(images(format, [{ ...IMAGES_JSON[0], Digest: BUSYBOX_DIGEST }]))).toBe(captured)
  })

  it.each(IMAGES_EMPTY_OUTPUTS)('%j with no images prints what docker printed', (format, captured) => {
    expect(asCaptured(images(format, []))).toBe(captured)
  })
})

describe('preFormat', () => {
  it('drops the table prefix before trimming spaces, and turns \\t and \\n into tab and newline', () => {
    expect(preFormat('table  {{.ID}}\\t{{.Names}}\\n  ')).toBe('{{.ID}}\t{{.Names}}\n')
    expect(preFormat('  table {{.ID}}')).toBe('table {{.ID}}')
    expect(preFormat('json')).toBe('{{json .}}')
    expect(preFormat(' json')).toBe('json')
  })
})

describe('table header rows', () => {
  it('names a label column after the label key, as SubHeaderContext.Label does', () => {
    expect(headerLabel('com.example.my-label')).toBe('my label')
    expect(headerLabel('build_id')).toBe('build id')
  })
})

describe('docker inspect -f', () => {
  const container = { Id: '5eaeca20', State: { Status: 'running', Pid: 4242 }, Config: { Labels: { 'com.x': '1' }, Cmd: ['nginx', '-g', 'daemon off;'] } }

  it('renders each element through the template as typed, without turning \\t into a tab', () => {
    const t = parseInspectFormat('{{.State.Status}}\\t{{json .Config.Cmd}} {{.State.Pid}} {{index .Config.Labels "com.x"}}')
    expect(t.ok && t.template.render(container)).toEqual({ ok: true, output: 'running\\t["nginx","-g","daemon off;"] 4242 1' })
  })

  it('falls back to the raw JSON with missingkey=error when the typed view fails', () => {
    const typed = goStruct('*types.ContainerJSON', container)
    const t = parseInspectFormat('{{.Foo}}')
    expect(t.ok && t.template.render(typed, container)).toEqual({
      ok: false,
      error: 'template parsing error: template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"',
    })
    expect(t.ok && t.template.render(typed)).toEqual({
      ok: false,
      error: 'template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *types.ContainerJSON',
    })
  })

  it('reports a parse error as a template parsing error', () => {
    expect(parseInspectFormat('{{.Id')).toEqual({ ok: false, error: 'template parsing error: template: :1: unclosed action' })
  })
})

/** inspect's -f/--format, as docker/cli's TemplateInspector: the template runs over the typed response (Go field
 *  names: `.ID`, `.Config.Cmd`); if that fails, over the raw JSON as maps with missingkey=error (`.Id` works there,
 *  and a missing key is `map has no entry for key "Foo"`). A failure of both is `template parsing error: …`.
 *  Each element's output ends with "\n"; nothing at all prints one empty line. `--format json` prints the raw
 *  bodies as one compact array.
 *  Typed views are built per kind (images here); a kind without one uses the raw maps for both passes. */
import { goNil, goStruct, executeTemplate, parseDockerTemplate, type GoTemplate } from '../format/go-template'
import { goJson } from '../format/go-template-json'

export type TypedView = (raw: Record<string, unknown>) => unknown

/** The zero time as Go prints a time.Time, else RFC 3339 → "2006-01-02 15:04:05.999999999 +0000 UTC". */
function goTimeString(rfc3339: unknown): string {
  const m = typeof rfc3339 === 'string' ? /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d(?:\.\d+)?)Z$/.exec(rfc3339) : null
  return m ? `${m[1]} ${m[2]} +0000 UTC` : '0001-01-01 00:00:00 +0000 UTC'
}

const list = (v: unknown) => (Array.isArray(v) ? v : [])
const map = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {})
const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** image.InspectResponse (API 1.50) with every Go field, nil slices and maps as empty ones. */
export const imageInspectView: TypedView = (raw) => {
  const c = map(raw.Config) as Record<string, unknown>
  const g = map(raw.GraphDriver) as Record<string, unknown>
  const r = map(raw.RootFS) as Record<string, unknown>
  const m = map(raw.Metadata) as Record<string, unknown>
  return goStruct('image.InspectResponse', {
    ID: raw.Id, RepoTags: list(raw.RepoTags), RepoDigests: list(raw.RepoDigests), Parent: str(raw.Parent), Comment: str(raw.Comment),
    Created: str(raw.Created), Container: '', ContainerConfig: goNil('*container.Config'), DockerVersion: str(raw.DockerVersion), Author: str(raw.Author),
    Config: goStruct('v1.DockerOCIImageConfig', {
      User: str(c.User), ExposedPorts: map(c.ExposedPorts), Env: list(c.Env), Entrypoint: list(c.Entrypoint), Cmd: list(c.Cmd),
      Volumes: map(c.Volumes), WorkingDir: str(c.WorkingDir), Labels: map(c.Labels), StopSignal: str(c.StopSignal),
      ArgsEscaped: c.ArgsEscaped === true, Healthcheck: c.Healthcheck ?? goNil('*v1.HealthcheckConfig'), OnBuild: list(c.OnBuild), Shell: list(c.Shell),
    }, () => goJson(c)),
    Architecture: str(raw.Architecture), Variant: str(raw.Variant), Os: str(raw.Os), OsVersion: str(raw.OsVersion),
    Size: raw.Size, VirtualSize: 0,
    GraphDriver: goStruct('storage.DriverData', { Data: map(g.Data), Name: str(g.Name) }, () => goJson(g)),
    RootFS: goStruct('image.RootFS', { Type: str(r.Type), Layers: list(r.Layers) }, () => goJson(r)),
    Metadata: goStruct('image.Metadata', { LastTagTime: goTimeString(m.LastTagTime) }, () => goJson(m)),
    Descriptor: goNil('*v1.Descriptor'), Manifests: [],
  }, () => goJson(raw))
}

export type Formatter =
  | { kind: 'indented' }
  | { kind: 'json' }
  | { kind: 'template'; template: GoTemplate }
  | { kind: 'error'; message: string }

export function inspectFormatter(format: string): Formatter {
  if (format === '') return { kind: 'indented' }
  if (format === 'json') return { kind: 'json' }
  const t = parseDockerTemplate(format)
  return t.ok ? { kind: 'template', template: t.template } : { kind: 'error', message: `template parsing error: ${t.error}` }
}

/** One element through a template: its output line, or the error text. */
export function formatElement(template: GoTemplate, raw: string, view?: TypedView): { output: string } | { error: string } {
  const data = JSON.parse(raw) as Record<string, unknown>
  if (view) {
    const typed = executeTemplate(template, view(data))
    if (typed.error === undefined) return { output: `${typed.output}\n` }
  }
  const r = executeTemplate(template, data, { missingKey: 'error' })
  return r.error === undefined ? { output: `${r.output}\n` } : { error: `template parsing error: ${r.error}` }
}

/** Replays a Dockerfile the way BuildKit records it, so an image's history and config come from its real Dockerfile
 *  text instead of being written twice. BuildKit's parser (moby/buildkit frontend/dockerfile/parser): comment lines and
 *  blank lines inside a continuation are dropped; `\` at a line end (trailing blanks allowed) joins the next line as
 *  is, keeping its indentation. History lines, as dispatch.go writes them:
 *    RUN /bin/sh -c <cmd> # buildkit        COPY <src…> <dest> # buildkit       ENV K=V [K=V…] (values expanded)
 *    CMD ["a" "b"] / ENTRYPOINT ["a"] (Go %q)  EXPOSE map[80/tcp:{}]             VOLUME [/data]
 *    LABEL k=v   WORKDIR /data   STOPSIGNAL SIGQUIT   USER node                  (ARG and FROM record nothing)
 *  RUN, COPY, ADD and WORKDIR make a layer (WORKDIR's is the empty one). Invariant: `build` consumes exactly one given
 *  layer per layer-making instruction, in order, and throws otherwise, so a Dockerfile and its layers cannot drift. */
import type { HubStep, ImageConfigSpec } from '../hub-image'
import type { TreeSpec } from '../../layer/file-tree'

export interface HubLayer { files: TreeSpec; /** gzip size shown while pulling */ compressed: number }
/** An image under construction: what a FROM line starts from. */
export interface Built { config: ImageConfigSpec; steps: readonly HubStep[] }

export const BUILDKIT = 'buildkit.dockerfile.v0'
/** An empty layer (the 32-byte gzip `4f4fb700ef54…` that WORKDIR leaves). */
export const emptyLayer = (): HubLayer => ({ files: {}, compressed: 32 })

/** Tagged template for Dockerfile text: backslashes stay exactly as written; write `\${` for a literal `${`. */
export function dockerfile(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.raw.map((s) => s.replace(/\\(\$\{|`)/g, '$1'))
  return String.raw({ raw }, ...values)
}

const isComment = (line: string) => /^[ \t]*#/.test(line)
const isBlank = (line: string) => /^[ \t]*$/.test(line)
const continues = (line: string) => /\\[ \t]*$/.test(line)
const dropContinuation = (line: string) => line.replace(/\\[ \t]*$/, '')

/** Logical instructions: [KEYWORD, rest] with continuations joined and comments dropped. */
export function instructions(text: string): Array<[string, string]> {
  const lines = text.split('\n')
  const out: Array<[string, string]> = []
  for (let i = 0; i < lines.length; i++) {
    if (isComment(lines[i]) || isBlank(lines[i])) continue
    let line = lines[i].trimStart()
    while (continues(line) && i + 1 < lines.length) {
      line = dropContinuation(line)
      const next = lines[++i]
      if (isComment(next) || isBlank(next)) { line += '\\'; continue }
      line += next
    }
    const keyword = line.trim().split(/[ \t]+/)[0]
    out.push([keyword.toUpperCase(), line.trim().slice(keyword.length).trim()])
  }
  return out
}

function expand(word: string, env: ReadonlyMap<string, string>): string {
  return word.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_m, braced: string | undefined, dflt: string | undefined, bare: string | undefined) =>
      env.get(braced ?? bare ?? '') || (dflt ?? ''))
}

/** Shell-like words: quotes removed, `\x` escapes kept as x, variables expanded outside single quotes. */
function words(text: string, env: ReadonlyMap<string, string>): string[] {
  const out: string[] = []
  let cur = ''
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === ' ' || c === '\t') { if (inWord) out.push(cur); cur = ''; inWord = false; continue }
    inWord = true
    if (c === "'") { const j = text.indexOf("'", i + 1); cur += text.slice(i + 1, j); i = j }
    else if (c === '"') { const j = text.indexOf('"', i + 1); cur += expand(text.slice(i + 1, j), env); i = j }
    else if (c === '\\' && i + 1 < text.length) cur += text[++i]
    else { const m = /^[^ \t'"\\]+/.exec(text.slice(i))![0]; cur += expand(m, env); i += m.length - 1 }
  }
  if (inWord) out.push(cur)
  return out
}

/** KEY=VALUE pairs (or the legacy `KEY value with spaces` form). */
function pairs(rest: string, env: ReadonlyMap<string, string>): Array<[string, string]> {
  const legacy = /^([^\s=]+)[ \t]+(.*)$/.exec(rest)
  if (legacy && !legacy[1].includes('=')) return [[legacy[1], words(legacy[2], env).join(' ')]]
  return words(rest, env).map((w) => { const at = w.indexOf('='); return [w.slice(0, at), w.slice(at + 1)] as [string, string] })
}

const execForm = (rest: string): string[] => (rest.startsWith('[') ? (JSON.parse(rest) as string[]) : ['/bin/sh', '-c', rest])
const goQuote = (list: readonly string[]) => `[${list.map((s) => JSON.stringify(s)).join(' ')}]`

/** Builds `text` (everything after its FROM line) on top of `base`, attaching `layers` to the layer-making steps. */
export function build(base: Built, text: string, layers: readonly HubLayer[]): Built {
  const config: ImageConfigSpec = structuredClone(base.config)
  const env = new Map<string, string>((config.Env ?? []).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]))
  const steps: HubStep[] = [...base.steps]
  let next = 0
  let cmdSet = false
  const step = (createdBy: string, withLayer = false) => {
    if (withLayer && next >= layers.length) throw new Error(`Dockerfile needs more layers than given: ${createdBy.slice(0, 60)}`)
    steps.push(withLayer ? { createdBy, comment: BUILDKIT, layer: layers[next++] } : { createdBy, comment: BUILDKIT })
  }
  for (const [keyword, rest] of instructions(text)) {
    switch (keyword) {
      case 'FROM': case 'ARG': break
      case 'RUN': step(`RUN ${execForm(rest).join(' ')} # buildkit`, true); break
      case 'COPY': case 'ADD': step(`${keyword} ${rest.split(/[ \t]+/).filter((w) => !w.startsWith('--')).join(' ')} # buildkit`, true); break
      case 'ENV': {
        const kv = pairs(rest, env)
        for (const [k, v] of kv) env.set(k, v)
        config.Env = [...env].map(([k, v]) => `${k}=${v}`)
        step(`ENV ${kv.map(([k, v]) => `${k}=${v}`).join(' ')}`)
        break
      }
      case 'LABEL': {
        const kv = pairs(rest, env)
        config.Labels = { ...config.Labels, ...Object.fromEntries(kv) }
        step(`LABEL ${kv.map(([k, v]) => `${k}=${v}`).join(' ')}`)
        break
      }
      case 'WORKDIR': {
        const dir = expand(rest, env)
        config.WorkingDir = dir.startsWith('/') ? dir : `${config.WorkingDir ?? ''}/${dir}`
        step(`WORKDIR ${config.WorkingDir}`, config.WorkingDir !== '/')
        break
      }
      case 'EXPOSE': {
        const ports = words(rest, env).map((p) => (p.includes('/') ? p : `${p}/tcp`))
        config.ExposedPorts = { ...config.ExposedPorts, ...Object.fromEntries(ports.map((p) => [p, {}])) }
        step(`EXPOSE map[${[...new Set(ports)].sort().map((p) => `${p}:{}`).join(' ')}]`)
        break
      }
      case 'VOLUME': {
        const vols = rest.startsWith('[') ? (JSON.parse(rest) as string[]) : words(rest, env)
        config.Volumes = { ...config.Volumes, ...Object.fromEntries(vols.map((v) => [v, {}])) }
        step(`VOLUME [${vols.join(' ')}]`)
        break
      }
      case 'ENTRYPOINT':
        config.Entrypoint = execForm(rest)
        if (!cmdSet) config.Cmd = null
        step(`ENTRYPOINT ${goQuote(config.Entrypoint)}`)
        break
      case 'CMD': config.Cmd = execForm(rest); cmdSet = true; step(`CMD ${goQuote(config.Cmd)}`); break
      case 'STOPSIGNAL': config.StopSignal = expand(rest, env); step(`STOPSIGNAL ${config.StopSignal}`); break
      case 'USER': config.User = expand(rest, env); step(`USER ${config.User}`); break
      default: throw new Error(`unsupported Dockerfile instruction ${keyword}`)
    }
  }
  if (next !== layers.length) throw new Error(`Dockerfile made ${next} layers but ${layers.length} were given`)
  return { config, steps }
}

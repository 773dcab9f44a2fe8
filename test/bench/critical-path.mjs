/** What a built Vite site loads before any dynamic import, read the way the browser reads it: index.html's module
 *  scripts, modulepreloads and stylesheets, then the static imports (`import … from`, `export … from`) of those
 *  scripts, transitively. `import()` and Vite's preload lists for it are not followed. */
import { existsSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { parseAst } from 'vite'

/** The JS and CSS files index.html loads before any dynamic import: module scripts, modulepreloads and
 *  stylesheets it names, then the static imports of those scripts, transitively. Paths are relative to `dir`. */
export function criticalPath(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const files = new Set()
  const queue = []
  const local = (url) => !/^([a-z]+:)?\/\//i.test(url) && !url.startsWith('data:')
  const add = (rel) => {
    const clean = posix.normalize(rel.split(/[?#]/)[0]).replace(/^\.?\//, '')
    if (files.has(clean) || !existsSync(join(dir, clean))) return
    files.add(clean)
    if (/\.m?js$/.test(clean)) queue.push(clean)
  }
  const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(2).find((v) => v !== undefined)
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src')
    if (src && /type\s*=\s*["']?module/i.test(tag) && local(src)) add(src)
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/)
    const href = attr(tag, 'href')
    if (href && local(href) && (rel.includes('stylesheet') || rel.includes('modulepreload'))) add(href)
  }
  while (queue.length > 0) {
    const file = queue.shift()
    const ast = parseAst(readFileSync(join(dir, file), 'utf8'))
    for (const node of ast.body) {
      const isStatic = node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || (node.type === 'ExportNamedDeclaration' && node.source)
      if (!isStatic || node.importKind === 'type') continue
      const spec = node.source.value
      if (local(spec) && (spec.startsWith('.') || spec.startsWith('/'))) {
        add(spec.startsWith('/') ? spec : posix.join(posix.dirname(file), spec))
      }
    }
  }
  return [...files].filter((f) => /\.(m?js|css)$/.test(f)).sort()
}


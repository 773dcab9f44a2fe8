/** Clusters: a character of non-zero width plus the zero-width characters after it (e + U+0301 → é). The editor
 *  moves its cursor and deletes by cluster, so it never splits an accent from its letter. Offsets are UTF-16
 *  indexes into the text; every function here returns an offset on a cluster boundary, within [0, text.length]. */
import { charWidth } from './char-width'

/** Splits text into clusters. A zero-width character at the very start is a cluster of its own. */
export function clusters(text: string): string[] {
  const out: string[] = []
  for (const ch of text) {
    if (out.length > 0 && charWidth(ch.codePointAt(0) ?? 0) === 0) out[out.length - 1] += ch
    else out.push(ch)
  }
  return out
}

/** The nearest cluster boundary at or before `index`, so a cursor never sits inside a cluster. */
export function clusterStart(text: string, index: number): number {
  const target = Math.max(0, Math.min(text.length, Math.floor(index) || 0))
  let offset = 0
  for (const c of clusters(text)) {
    if (offset + c.length > target) return offset
    offset += c.length
  }
  return offset
}

/** The offset just after the cluster that starts at `index`; text.length at the end. */
export function nextClusterEnd(text: string, index: number): number {
  let offset = 0
  for (const c of clusters(text)) {
    offset += c.length
    if (offset > index) return offset
  }
  return text.length
}

/** The offset where the cluster before `index` starts; 0 at the start. */
export function previousClusterStart(text: string, index: number): number {
  let start = 0
  let offset = 0
  for (const c of clusters(text)) {
    if (offset >= index) break
    start = offset
    offset += c.length
  }
  return start
}

export interface ClusterSpan {
  readonly text: string
  readonly start: number
  readonly end: number
}

/** The clusters with their offsets. */
export function clusterSpans(text: string): ClusterSpan[] {
  const spans: ClusterSpan[] = []
  let offset = 0
  for (const c of clusters(text)) {
    spans.push({ text: c, start: offset, end: offset + c.length })
    offset += c.length
  }
  return spans
}

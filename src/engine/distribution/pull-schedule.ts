/** The timeline of a pull, as dockerd's distribution module produces it: up to 3 layers download at once (the
 *  daemon's max-concurrent-downloads), the rest wait; a downloaded layer is verified, then layers are extracted
 *  strictly bottom first. Pure: it turns layer sizes and a bandwidth into timed progress messages, which the
 *  daemon plays on its Clock (so a virtual clock plays them instantly). Layers under 512 kB show no progress. */
export interface ProgressMessage {
  /** 12-hex layer ID (or the tag for the "Pulling from" line); absent for lines like Digest: and Status:. */
  id?: string
  status: string
  /** Present on per-layer lines (total 0 when the status has no counter), as dockerd's progressDetail. */
  progress?: { current: number; total: number }
}

export interface ScheduledMessage extends ProgressMessage {
  at: number
  /** Set on the message that completes a layer's download / extraction. */
  done?: 'download' | 'extract'
  layer?: number
}

export interface ScheduleLayer {
  id: string
  compressed: number
  present: boolean
}

const TICK = 120
const MAX_CONCURRENT = 3
const SMALL = 512 * 1024

/** bytesPerMs: download speed; extraction runs 4× faster. */
export function schedulePull(layers: readonly ScheduleLayer[], bytesPerMs: number): ScheduledMessage[] {
  const out: ScheduledMessage[] = []
  const todo = layers.map((l, i) => ({ ...l, i })).filter((l) => !l.present)
  for (const l of layers) out.push({ at: 0, id: l.id, status: l.present ? 'Already exists' : 'Pulling fs layer' })
  todo.slice(MAX_CONCURRENT).forEach((l) => out.push({ at: 1, id: l.id, status: 'Waiting' }))

  const slots: number[] = Array(MAX_CONCURRENT).fill(2)
  const downloaded = new Map<number, number>()
  for (const l of todo) {
    const slot = slots.indexOf(Math.min(...slots))
    const start = slots[slot]
    const duration = Math.max(TICK, Math.round(l.compressed / bytesPerMs))
    let t = start
    if (l.compressed >= SMALL) {
      for (let elapsed = TICK; elapsed < duration; elapsed += TICK) {
        out.push({ at: start + elapsed, id: l.id, status: 'Downloading', progress: { current: Math.round((l.compressed * elapsed) / duration), total: l.compressed } })
      }
    }
    t = start + duration
    out.push({ at: t, id: l.id, status: 'Verifying Checksum' })
    out.push({ at: t + 1, id: l.id, status: 'Download complete', done: 'download', layer: l.i })
    downloaded.set(l.i, t + 1)
    slots[slot] = t + 2
  }

  let t = 0
  for (const l of todo) {
    t = Math.max(t, downloaded.get(l.i)!) + 1
    const duration = Math.max(TICK / 2, Math.round(l.compressed / (bytesPerMs * 4)))
    const steps = l.compressed >= SMALL ? Math.max(1, Math.round(duration / TICK)) : 1
    for (let s = 1; s <= steps; s++) {
      out.push({ at: t + Math.round((duration * s) / steps), id: l.id, status: 'Extracting', progress: { current: Math.round((l.compressed * s) / steps), total: l.compressed } })
    }
    t += duration + 1
    out.push({ at: t, id: l.id, status: 'Pull complete', done: 'extract', layer: l.i })
  }
  return out.sort((a, b) => a.at - b.at)
}

/** A pull takes 1–4 s in the browser: bandwidth scales with the image so small images are not instant and big
 *  ones do not drag; a mirror doubles it. */
export function bandwidthFor(totalCompressed: number, mirror: boolean): number {
  const targetMs = Math.min(3500, 900 + totalCompressed / 40_000)
  return (Math.max(totalCompressed, 1) / targetMs) * (mirror ? 2 : 1)
}

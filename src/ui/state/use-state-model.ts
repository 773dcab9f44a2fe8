/** The state views' data, kept current: recomputed at most once per animation frame after engine events (a pull
 *  emits dozens), and after each host command (writes inside containers change RW layers without an event; a cheap
 *  check of the command log's length every couple of seconds notices them). Layer sizes are read once per image
 *  from its history (images never change, so the cache never goes stale) and fill in when they arrive. */
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Engine } from '../../engine/daemon/engine'
import type { Digest, ImageId } from '../../engine/ids'
import { buildStateModel, layerSizesFromHistory, type StateModel } from './state-model'

export interface StateHost {
  readonly engine: Engine
  readonly commandLog?: readonly unknown[]
}

export function useStateModel(host: StateHost): StateModel | null {
  const { engine } = host
  const [version, setVersion] = useState(0)
  const sizes = useRef(new Map<Digest, number>())
  const asked = useRef(new Set<ImageId>())
  const frame = useRef(0)
  const schedule = useRef(() => {
    if (frame.current) return
    frame.current = requestAnimationFrame(() => { frame.current = 0; setVersion((v) => v + 1) })
  })

  useEffect(() => {
    const off = engine.events.subscribe(() => schedule.current())
    let commands = host.commandLog?.length ?? 0
    const check = setInterval(() => {
      const n = host.commandLog?.length ?? 0
      if (n !== commands && !document.hidden) { commands = n; schedule.current() }
    }, 2000)
    return () => { off(); clearInterval(check); cancelAnimationFrame(frame.current); frame.current = 0 }
  }, [engine, host])

  const model = useMemo(() => {
    void version
    if (!engine.isRunning()) return null
    try { return buildStateModel(engine, sizes.current) } catch { return null }
  }, [engine, version])

  useEffect(() => {
    if (!model) return
    const images = engine.images()
    const missing = new Set<ImageId>()
    for (const v of [...model.images, ...model.containers]) if (v.layers.some((l) => l.size === undefined)) missing.add('imageId' in v ? v.imageId : v.id)
    for (const id of missing) {
      if (asked.current.has(id)) continue
      asked.current.add(id)
      const img = images.get(id)
      if (!img) continue
      // The daemon may stop between the render and this call: the guard then throws at once.
      Promise.resolve().then(() => engine.imageHistory(id)).then((h) => {
        for (const [chain, size] of layerSizesFromHistory(img, h)) sizes.current.set(chain, size)
        schedule.current()
      }, () => asked.current.delete(id))
    }
  }, [engine, model])

  return model
}

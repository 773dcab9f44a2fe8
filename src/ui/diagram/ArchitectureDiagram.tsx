/** The live architecture diagram: the client, dockerd with the seed tutorial's modules, the registry (or the
 *  configured mirror) and the running containers. Every engine event lights its module with a caption; a click on
 *  a module explains it. Captions are also announced in a polite live region, the text alternative. Motion is
 *  CSS-only and switched off under prefers-reduced-motion. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Engine } from '../../engine/daemon/engine'
import type { EngineModule } from '../../engine/events'
import { captionOf, type Caption } from './event-caption'
import './diagram.css'

const MODULES: { id: EngineModule; x: number; y: number }[] = [
  { id: 'reference', x: 150, y: 50 },
  { id: 'registry', x: 270, y: 50 },
  { id: 'distribution', x: 390, y: 50 },
  { id: 'image', x: 150, y: 120 },
  { id: 'layer', x: 270, y: 120 },
  { id: 'graphdriver', x: 390, y: 120 },
  { id: 'container', x: 270, y: 190 },
]
const W = 104
const H = 40

interface Lit { module: EngineModule; at: number }

export function ArchitectureDiagram({ engine }: { engine: Engine }) {
  const { t } = useTranslation()
  const [lit, setLit] = useState<Lit[]>([])
  const [captions, setCaptions] = useState<Caption[]>([])
  const [selected, setSelected] = useState<EngineModule | null>(null)
  const [, refresh] = useState(0)

  useEffect(() => engine.events.subscribe((e) => {
    const c = captionOf(e)
    const at = performance.now()
    setLit((l) => [...l.filter((x) => x.module !== c.module), { module: c.module, at }])
    setCaptions((cs) => [...cs.slice(-3), c])
    refresh((n) => n + 1)
    setTimeout(() => setLit((l) => l.filter((x) => x.at !== at)), 1200)
  }), [engine])

  const running = engine.isRunning() ? engine.containers().filter((c) => c.state.status === 'running') : []
  const mirror = engine.isRunning() ? engine.config().registryMirrors[0] : undefined
  const isLit = (m: EngineModule) => lit.some((l) => l.module === m)
  const last = captions[captions.length - 1]

  return (
    <section className="diagram" aria-labelledby="diagram-title"
      onKeyDown={(e) => { if (e.key === 'Escape' && selected) { e.stopPropagation(); setSelected(null) } }}>
      <h2 id="diagram-title">{t('diagram.title')}</h2>
      <svg viewBox="0 0 640 260" role="img" aria-label={t('diagram.title')}>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="arrowhead" />
          </marker>
        </defs>
        <g className="node client">
          <rect x="10" y="110" width="100" height="44" rx="6" />
          <text x="60" y="137">{t('diagram.client')}</text>
        </g>
        <line x1="110" y1="132" x2="138" y2="132" markerEnd="url(#arrow)" className="link" />
        <g className={`node daemon${isLit('daemon') ? ' lit' : ''}`}>
          <rect x="140" y="10" width="364" height="240" rx="10" />
          <text x="322" y="32" className="label">{t('diagram.daemon')}</text>
        </g>
        {MODULES.map((m) => (
          <g key={m.id} className={`node module${isLit(m.id) ? ' lit' : ''}${selected === m.id ? ' selected' : ''}`}
            data-module={m.id} data-active={isLit(m.id) ? 'true' : 'false'}
            role="button" tabIndex={0} aria-pressed={selected === m.id}
            onClick={() => setSelected(selected === m.id ? null : m.id)}
            onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); setSelected(selected === m.id ? null : m.id) } }}>
            <rect x={m.x} y={m.y} width={W} height={H} rx="6" />
            <text x={m.x + W / 2} y={m.y + 25}>{t(`diagram.modules.${m.id}`)}</text>
          </g>
        ))}
        <g className={`node remote${isLit('registry') ? ' lit' : ''}`}>
          <rect x="530" y="40" width="100" height="54" rx="6" />
          <text x="580" y="63">{mirror ? t('diagram.mirror') : t('diagram.hub')}</text>
          {mirror && <text x="580" y="82" className="small">{new URL(mirror).host}</text>}
        </g>
        <line x1="494" y1="70" x2="528" y2="67" markerEnd="url(#arrow)" markerStart="url(#arrow)" className="link" />
        <g className={`node remote${isLit('container') ? ' lit' : ''}`}>
          <rect x="530" y="150" width="100" height="100" rx="6" />
          <text x="580" y="170">{t('diagram.containers')}</text>
          {running.length === 0 && <text x="580" y="195" className="small">{t('diagram.none')}</text>}
          {running.slice(0, 4).map((c, i) => <text key={c.id} x="580" y={192 + i * 15} className="small">{c.name}</text>)}
        </g>
        <line x1="374" y1="210" x2="528" y2="200" markerEnd="url(#arrow)" className="link" />
      </svg>
      <p className="caption" aria-live="polite">{last ? t(last.key, last.values) : t('diagram.idle')}</p>
      {selected
        ? <div className="about"><p>{t(`diagram.about.${selected}`)}</p><button type="button" onClick={() => setSelected(null)}>{t('diagram.close')}</button></div>
        : <p className="hint">{t('diagram.hint')}</p>}
    </section>
  )
}

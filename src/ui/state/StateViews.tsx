/** The daemon's state, live, under the architecture diagram: images as stacks of layers (base at the bottom), each
 *  layer with its short diff ID and size; containers as a thin RW layer on their image's stack; tags pointing at
 *  image IDs. A layer several images share has the same colour in every stack and a "shared by N" mark; hovering
 *  or focusing one outlines its twins. Lists and headings carry the content (the stacks are CSS, not a picture), and
 *  the tabs follow the WAI-ARIA tabs pattern (arrow keys move between them). Loaded lazily after the first prompt. */
import { memo, useId, useState, type CSSProperties, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Digest } from '../../engine/ids'
import { humanSize } from '../../programs/docker/format/units'
import { shortRef, type ContainerView, type ImageView, type LayerView, type StateModel } from './state-model'
import { useStateModel, type StateHost } from './use-state-model'
import './state.css'

type Tab = 'images' | 'containers' | 'tags'
const TABS: Tab[] = ['images', 'containers', 'tags']
/** References listed per image ID before "+N more" (a script can put hundreds of tags on one image). */
const REFS_SHOWN = 8

export default function StateViews({ host }: { host: StateHost }) {
  const { t } = useTranslation()
  const model = useStateModel(host)
  const [tab, setTab] = useState<Tab>('images')
  const [hot, setHot] = useState<Digest | null>(null)
  const uid = useId()
  const tabId = (x: Tab) => `${uid}-tab-${x}`
  const panelId = (x: Tab) => `${uid}-panel-${x}`

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab)
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length]
      : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length]
        : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : null
    if (!next) return
    e.preventDefault()
    setTab(next)
    document.getElementById(tabId(next))?.focus()
  }
  const count = (x: Tab) => !model ? 0 : x === 'images' ? model.totals.images : x === 'containers' ? model.totals.containers : model.tags.length + model.moreTags

  return (
    <section className="state-views" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t('state.title')}</h2>
      {!model
        ? <p className="state-empty" role="status">{t('state.daemonDown')}</p>
        : (
          <>
            <div className="state-tabs" role="tablist" aria-labelledby={`${uid}-title`}>
              {TABS.map((x) => (
                <button key={x} type="button" role="tab" id={tabId(x)} aria-controls={panelId(x)} aria-selected={tab === x}
                  tabIndex={tab === x ? 0 : -1} onClick={() => setTab(x)} onKeyDown={onTabKey} data-tab={x}>
                  {t(`state.tabs.${x}`)} <span className="count">{count(x)}</span>
                </button>
              ))}
            </div>
            <div className="state-panel" role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} data-panel={tab}>
              {tab === 'images' && <ImagesPanel model={model} hot={hot} setHot={setHot} />}
              {tab === 'containers' && <ContainersPanel model={model} hot={hot} setHot={setHot} />}
              {tab === 'tags' && <TagsPanel model={model} />}
            </div>
          </>
        )}
    </section>
  )
}

interface HotProps { hot: Digest | null; setHot(d: Digest | null): void }

function More({ n }: { n: number }) {
  const { t } = useTranslation()
  return n > 0 ? <p className="state-more">{t('state.more', { count: n })}</p> : null
}

function ImagesPanel({ model, hot, setHot }: { model: StateModel } & HotProps) {
  const { t } = useTranslation()
  if (model.totals.images === 0) return <p className="state-empty">{t('state.images.none')}</p>
  return (
    <>
      <p className="state-summary">{t('state.images.summary', { count: model.totals.images, images: model.totals.images, layers: model.totals.layers, shared: model.totals.sharedLayers })}</p>
      <ul className="stacks">
        {model.images.map((img) => <ImageStack key={img.id} img={img} hot={hot} setHot={setHot} />)}
      </ul>
      <More n={model.moreImages} />
    </>
  )
}

const ImageStack = memo(function ImageStack({ img, hot, setHot }: { img: ImageView } & HotProps) {
  const { t } = useTranslation()
  const name = img.name
  return (
    <li className="stack" data-image={img.short}>
      <h3><span className="name">{name}</span> <code className="id">{img.short}</code></h3>
      {img.tags.length > 1 && <p className="also">{t('state.images.alsoTagged', { tags: img.tags.slice(1, 4).join(', ') })}{img.tags.length > 4 ? ` ${t('state.more', { count: img.tags.length - 4 })}` : ''}</p>}
      <ol className="layers" aria-label={t('state.images.layersOf', { name, count: img.layers.length })}>
        {img.layers.map((l, i) => <Layer key={`${l.chainId}-${i}`} layer={l} base={i === 0} hot={hot} setHot={setHot} />)}
      </ol>
      <p className="total">{humanSize(img.size)}</p>
    </li>
  )
}, (a, b) => a.img === b.img && (a.hot === b.hot || !a.img.layers.some((l) => l.chainId === a.hot || l.chainId === b.hot)))

function Layer({ layer: l, base, hot, setHot }: { layer: LayerView; base: boolean } & HotProps) {
  const { t } = useTranslation()
  const shared = l.sharedBy > 1
  const size = l.size === undefined ? '…' : humanSize(l.size)
  const label = [
    t(base ? 'state.layer.base' : 'state.layer.layer', { id: l.short, size }),
    shared ? t('state.layer.shared', { count: l.sharedBy }) : '',
  ].filter(Boolean).join(', ')
  return (
    <li className={`layer${shared ? ' shared' : ''}${hot === l.chainId ? ' twin' : ''}`} style={{ '--hue': l.hue } as CSSProperties}
      tabIndex={0} aria-label={label} title={l.diffId ?? l.chainId} data-chain={l.chainId} data-shared-by={l.sharedBy}
      onMouseEnter={() => setHot(l.chainId)} onMouseLeave={() => setHot(null)} onFocus={() => setHot(l.chainId)} onBlur={() => setHot(null)}>
      <code className="diff">{l.short}</code>
      <span className="size">{size}</span>
      {shared && <span className="shared-mark" aria-hidden="true">{t('state.layer.sharedShort', { count: l.sharedBy })}</span>}
    </li>
  )
}

function ContainersPanel({ model, hot, setHot }: { model: StateModel } & HotProps) {
  const { t } = useTranslation()
  if (model.totals.containers === 0) return <p className="state-empty">{t('state.containers.none')}</p>
  return (
    <>
      <ul className="containers">
        {model.containers.map((c) => <ContainerItem key={c.id} c={c} hot={hot} setHot={setHot} />)}
      </ul>
      <More n={model.moreContainers} />
    </>
  )
}

function ContainerItem({ c, hot, setHot }: { c: ContainerView } & HotProps) {
  const { t } = useTranslation()
  const status = t(`state.status.${c.shown}`)
  return (
    <li className="container" data-status={c.shown} data-name={c.name} tabIndex={0}
      aria-label={t('state.containers.label', { name: c.name, status, image: c.image, count: c.changes })}>
      <div className="head">
        <strong className="name">{c.name}</strong>
        <span className={`status ${c.shown}`}>{status}</span>
        <code className="id">{c.short}</code>
      </div>
      <ol className="mini-stack" aria-hidden="true">
        {c.layers.map((l, i) => (
          <li key={`${l.chainId}-${i}`} className={`layer${l.sharedBy > 1 ? ' shared' : ''}${hot === l.chainId ? ' twin' : ''}`}
            style={{ '--hue': l.hue } as CSSProperties} title={l.short}
            onMouseEnter={() => setHot(l.chainId)} onMouseLeave={() => setHot(null)} />
        ))}
        <li className="rw">{t('state.containers.rw', { count: c.changes })}</li>
      </ol>
      <p className="image">{t('state.containers.from', { image: c.image })}</p>
    </li>
  )
}

function TagsPanel({ model }: { model: StateModel }) {
  const { t } = useTranslation()
  if (model.tags.length === 0) return <p className="state-empty">{t('state.images.none')}</p>
  return (
    <>
      <ul className="tags">
        {model.tags.map((g) => (
          <li key={g.id} tabIndex={0} data-image={g.short} className={g.refs.length === 0 ? 'dangling' : undefined}>
            <ul className="refs">
              {g.refs.length === 0
                ? <li><code>&lt;none&gt;:&lt;none&gt;</code> <span className="note">{t('state.tags.dangling')}</span></li>
                : g.refs.slice(0, REFS_SHOWN).map((r) => <li key={r}><code title={r}>{shortRef(r)}</code></li>)}
              {g.refs.length > REFS_SHOWN && <li className="note">{t('state.more', { count: g.refs.length - REFS_SHOWN })}</li>}
            </ul>
            <span className="arrow" aria-label={t('state.tags.pointsAt')}>→</span>
            <code className="id">{g.short}</code>
            {g.refs.length > 1 && <span className="note">{t('state.tags.several', { count: g.refs.length })}</span>}
          </li>
        ))}
      </ul>
      <More n={model.moreTags} />
    </>
  )
}

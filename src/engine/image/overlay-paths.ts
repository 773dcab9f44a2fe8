/** Where overlay2 keeps a layer on a real host: /var/lib/docker/overlay2/<cache ID>/{diff,work,merged}. dockerd
 *  picks each layer's cache ID at random when it registers the layer; here it is derived from the chain ID, so the
 *  same layer has the same directory on every reload (and for every engineer's view of it: containers' GraphDriver
 *  data should use layerDir too).
 *  GraphDriver.Data for an image (overlay2's GetMetadata on its top layer): UpperDir/WorkDir/MergedDir of the top
 *  layer, and LowerDir = the diff dirs of the layers below, nearest first, joined by ":" (absent for one layer). */
import { digestOf } from '../digest'
import type { Digest } from '../ids'
import { sortedKeys } from './go-json'

export const OVERLAY_ROOT = '/var/lib/docker/overlay2'

export const layerCacheId = (chainId: Digest): string => digestOf(`overlay2:${chainId}`).slice(7)

export const layerDir = (chainId: Digest): string => `${OVERLAY_ROOT}/${layerCacheId(chainId)}`

/** GraphDriver.Data of an image whose chain is `layers` (bottom first). */
export function imageGraphDriverData(layers: readonly Digest[]): Record<string, string> {
  if (layers.length === 0) return {}
  const top = layerDir(layers[layers.length - 1])
  const data: Record<string, string> = { MergedDir: `${top}/merged`, UpperDir: `${top}/diff`, WorkDir: `${top}/work` }
  const lowers = layers.slice(0, -1).reverse().map((l) => `${layerDir(l)}/diff`)
  if (lowers.length) data.LowerDir = lowers.join(':')
  return sortedKeys(data)
}

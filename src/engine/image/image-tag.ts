/** docker tag, the daemon side (moby's postImagesTag + ImageService.TagImage): find the source image, point the
 *  target tag at it (replacing whatever it named), and stamp the image's LastTagTime.
 *  The client has already checked both names' grammar (actions/tag.ts); the daemon repeats what it must. */
import { EngineError } from '../engine-error'
import type { DaemonContext } from '../daemon/daemon-context'
import { familiarName, familiarString, withDefaultTag } from '../reference/reference'
import { getImage, parseAnyReference } from './get-image'
import { imageMeta } from './image-meta'
import { randomInt } from '../random'
import { goTimeOf } from './go-json'
import { commitTx, createTx, setReference } from './image-tx'

export async function tagImage(ctx: DaemonContext, source: string, target: string): Promise<void> {
  const parsed = parseAnyReference(target)
  if (!('ref' in parsed)) throw new EngineError('invalid_argument', `invalid repository name (${target}), cannot specify 64-byte hexadecimal strings`)
  if (parsed.ref.digest) throw new EngineError('invalid_argument', 'refusing to create a tag with a digest reference')
  if (familiarName(parsed.ref) === 'sha256') throw new EngineError('invalid_argument', 'refusing to create an ambiguous tag using digest algorithm as name')
  const img = getImage(ctx.images, source)
  const tx = createTx(await imageMeta(ctx))
  const key = familiarString(withDefaultTag(parsed.ref))
  setReference(ctx, tx, key, img.id)
  // dockerd stamps nanoseconds; the clock has milliseconds, chance fills the rest.
  tx.meta.lastTagTime.set(img.id, goTimeOf(ctx.clock.now(), randomInt(ctx.random, 1_000_000)))
  tx.lastTagChanged = true
  await commitTx(ctx, tx)
}

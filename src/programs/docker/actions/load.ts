/** docker load: the archive comes from -i FILE or stdin (refused when stdin is a terminal). On a terminal, and
 *  without -q, each layer not already stored shows `<12 hex>: Loading layer [==>  ] 1.2MB/7.8MB` first (the same
 *  display as pull); then `Loaded image: <ref>` per tag (`Loaded image ID: sha256:…` for untagged images), after
 *  `The image <ref> already exists, renaming the old one with ID … to empty string` when a tag moves.
 *  The daemon streams its answer, so its errors print bare (no "Error response from daemon:"). */
import { FsError } from '../../../os/fs'
import { readAll } from '../../../os/stream'
import type { ActionContext } from './action-context'
import { createProgressDisplay } from '../format/progress-display'
import { imageErrorText, streamErrorText } from './image-errors'
import { isEngineError } from '../../../engine/engine-error'

export interface LoadFlags { input: string; quiet: boolean }

const absolute = (cwd: string, path: string) => (path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`)

export async function loadAction(ctx: ActionContext, flags: LoadFlags): Promise<number> {
  const p = ctx.process
  let archive: Uint8Array
  if (flags.input === '') {
    if (p.isatty(0)) {
      ctx.stderr.write('requested load from stdin, but stdin is empty\n')
      return 1
    }
    archive = await p.wait(readAll(p.stdin))
  } else {
    const path = absolute(p.cwd, flags.input)
    const st = p.fs.stat(path)
    if (!st) {
      ctx.stderr.write(`open ${flags.input}: no such file or directory\n`)
      return 1
    }
    if (st.type === 'dir') {
      ctx.stderr.write(`read ${flags.input}: is a directory\n`)
      return 1
    }
    try {
      archive = p.fs.readFile(path)
    } catch (e) {
      if (!(e instanceof FsError)) throw e
      ctx.stderr.write(`open ${flags.input}: permission denied\n`)
      return 1
    }
  }
  // The bar's width comes from the terminal on stdout, even when stdin is a file (`docker load < x.tar`).
  const display = createProgressDisplay(ctx.stdout, ctx.isTty, ctx.isTty && p.tty ? p.tty.cols : ctx.cols)
  try {
    await p.wait(ctx.api.loadImages(archive, {
      quiet: flags.quiet || !ctx.isTty,
      onMessage: (m) => {
        switch (m.kind) {
          case 'progress': display.message({ id: m.id, status: 'Loading layer', progress: { current: m.current, total: m.total } }); break
          case 'renamed': display.message({ status: `The image ${m.ref} already exists, renaming the old one with ID ${m.previous} to empty string` }); break
          case 'loaded': display.message({ status: `Loaded image: ${m.ref}` }); break
          case 'loadedId': display.message({ status: `Loaded image ID: ${m.id}` }); break
        }
      },
    }))
  } catch (e) {
    // A closed socket fails the request itself; anything else arrives in the stream.
    ctx.stderr.write(`${isEngineError(e) && e.code === 'unavailable' ? imageErrorText(e) : streamErrorText(e)}\n`)
    return 1
  }
  return 0
}

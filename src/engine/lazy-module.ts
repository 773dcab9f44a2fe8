/** A module loaded on first use and then kept: `const list = lazyModule(() => import('./image-list'))`.
 *  A dynamic import of a module already loaded still resolves its specifier again (under a loader hook, in another
 *  thread) and costs promise hops on every call; the API's hot paths (images, pull) call it each time.
 *  Invariant: a failed load is forgotten, so the next call tries again (a chunk that failed to fetch). */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined
  return () => {
    if (!loading) {
      loading = load()
      loading.catch(() => { loading = undefined })
    }
    return loading
  }
}

/** A Map that counts its changes, so views derived from it (containers newest first, an image's references) can be
 *  kept until the map changes instead of being rebuilt on every API call.
 *  Invariant: every set/delete/clear bumps `version`; a derived view is valid while the version it was built at is
 *  the current one. Plain Maps (tests may build their own state) have no version, and views are rebuilt each time. */
export class VersionedMap<K, V> extends Map<K, V> {
  version = 0
  override set(key: K, value: V): this {
    this.version++
    return super.set(key, value)
  }
  override delete(key: K): boolean {
    this.version++
    return super.delete(key)
  }
  override clear(): void {
    this.version++
    super.clear()
  }
}

/** A value derived from maps, recomputed only when one of them changed (or always, for maps without a version). */
export function derived<T>(sources: () => readonly ReadonlyMap<unknown, unknown>[], compute: () => T): () => T {
  let stamp: number[] | undefined
  let value: T
  return () => {
    const maps = sources()
    const now: number[] = []
    for (const m of maps) {
      if (!(m instanceof VersionedMap)) return compute()
      now.push(m.version)
    }
    if (stamp && stamp.length === now.length && stamp.every((v, i) => v === now[i])) return value
    value = compute()
    stamp = now
    return value
  }
}

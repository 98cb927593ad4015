/** A small map whose entries expire after `ttlMs` of the injected clock. */
export class TtlCache<K, V> {
  readonly #entries = new Map<K, { value: V; until: number }>()
  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}
  get(key: K): V | undefined {
    const hit = this.#entries.get(key)
    if (!hit) return undefined
    if (hit.until < this.now()) {
      this.#entries.delete(key)
      return undefined
    }
    return hit.value
  }
  set(key: K, value: V): V {
    if (this.#entries.size > 20_000) this.#entries.clear()
    this.#entries.set(key, { value, until: this.now() + this.ttlMs })
    return value
  }
  delete(key: K): void {
    this.#entries.delete(key)
  }
  clear(): void {
    this.#entries.clear()
  }
}

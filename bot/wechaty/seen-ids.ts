/** Remembers the last `capacity` ids; `add` returns false for an id seen before. */
export class SeenIds {
  readonly #ids = new Set<string>()
  constructor(private readonly capacity = 5000) {}
  add(id: string): boolean {
    if (this.#ids.has(id)) return false
    this.#ids.add(id)
    if (this.#ids.size <= this.capacity) return true
    const oldest = this.#ids.values().next()
    if (!oldest.done) this.#ids.delete(oldest.value)
    return true
  }
}

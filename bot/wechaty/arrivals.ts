// Puts messages back in the order the gateway delivered them. Wechaty loads each message (payload, talker,
// room) before emitting it, and those loads finish in any order: in a burst, a secretary's 结束 whose
// talker is cached overtakes sign-ins sent before it. The puppet's own event fires in stream order, so each
// id gets its place there, and messages are released to the dispatcher in that order.
export interface ArrivalOptions {
  /** How long a message that has not loaded yet may hold up the ones behind it. */
  holdMs: number
  /** Called for a message given up on while holding others up (it is still handled when it loads). */
  onGiveUp: (messageId: string) => void
}

export class Arrivals {
  readonly #order: string[] = []
  readonly #waiting = new Map<string, (() => void) | null>()
  readonly #idle: Array<() => void> = []
  #timer: NodeJS.Timeout | null = null
  #timerFor: string | null = null

  constructor(private readonly o: ArrivalOptions) {}

  /** The gateway announced a message: it takes the next place in line. */
  announced(messageId: string): void {
    if (this.#waiting.has(messageId)) return
    this.#waiting.set(messageId, null)
    this.#order.push(messageId)
    this.#armTimer()
  }

  /** A message finished loading: `release` runs once every message announced before it has been released. */
  loaded(messageId: string, release: () => void): void {
    if (!this.#waiting.has(messageId)) return release()
    this.#waiting.set(messageId, release)
    this.#drain()
  }

  get pending(): number {
    return this.#order.length
  }

  /** Resolves when every announced message has been released (or given up on). */
  idle(): Promise<void> {
    if (!this.#order.length) return Promise.resolve()
    return new Promise((resolve) => this.#idle.push(resolve))
  }

  #drain(): void {
    while (this.#order.length) {
      const head = this.#order[0] ?? ''
      const release = this.#waiting.get(head)
      if (!release) break
      this.#order.shift()
      this.#waiting.delete(head)
      release()
    }
    this.#armTimer()
    if (!this.#order.length) this.#idle.splice(0).forEach((resolve) => resolve())
  }

  /** One timer, for the message at the head of the line (re-armed only when the head changes). */
  #armTimer(): void {
    const head = this.#order[0] ?? null
    if (head === this.#timerFor) return
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    this.#timerFor = head
    if (head === null) return
    this.#timer = setTimeout(() => this.#giveUp(head), this.o.holdMs)
    this.#timer.unref()
  }

  #giveUp(head: string): void {
    if (this.#order[0] !== head) return
    this.#order.shift()
    this.#waiting.delete(head)
    this.o.onGiveUp(head)
    this.#drain()
  }
}

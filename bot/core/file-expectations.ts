import type { Incoming } from '../../handlers/types.js'

const WINDOW_MS = 10 * 60_000

/** After "导入名册" the next file from the same person in the same chat goes to the roster importer. */
export class FileExpectations {
  readonly #pending = new Map<string, { handlerId: string; until: number }>()

  expect(msg: Incoming, handlerId: string, now: Date): void {
    this.#pending.set(keyOf(msg), { handlerId, until: now.getTime() + WINDOW_MS })
  }

  take(msg: Incoming, now: Date): string | null {
    const key = keyOf(msg)
    const hit = this.#pending.get(key)
    this.#pending.delete(key)
    return hit && hit.until >= now.getTime() ? hit.handlerId : null
  }
}

const keyOf = (msg: Incoming) => `${msg.roomId ?? 'private'}:${msg.talkerId}`

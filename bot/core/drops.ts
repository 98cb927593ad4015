// Messages the bot decided not to act on, counted by reason and logged once a minute when there were any,
// so nothing disappears without a trace.
import type { Logger } from '../../handlers/types.js'

export type DropReason =
  | 'self'
  | 'duplicate'
  | 'stale'
  | 'at-all'
  | 'unsupported'
  | 'not-for-bot'
  | 'unexpected-file'
  | 'refused'
  | 'not-owner'
  | 'standby'
  | 'load-failed'
  | 'failed'

export class DropCounter {
  #counts = new Map<DropReason, number>()

  count(reason: DropReason): void {
    this.#counts.set(reason, (this.#counts.get(reason) ?? 0) + 1)
  }

  /** The counts since the last report, as a plain object. */
  peek(): Partial<Record<DropReason, number>> {
    return Object.fromEntries(this.#counts)
  }

  /** Logs and resets the counts; silent when nothing was dropped. */
  report(log: Logger): void {
    if (!this.#counts.size) return
    log.info({ dropped: this.peek() }, '未处理的消息（按原因计数）')
    this.#counts = new Map()
  }
}

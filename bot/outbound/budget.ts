// The account's daily cap, shared by everything it sends. Near the cap, routine replies wait for tomorrow so
// summaries, roll-call openings and reminders still go out; the admins are told once a day.
import type { Clock, Config, Logger } from '../../handlers/types.js'
import type { Db } from '../../prisma/client.js'
import { countSentSince } from '../../prisma/repos/outbound/messages.js'
import { startOfShanghaiDay } from '../../handlers/shanghai.js'

export type Allowance = 'all' | 'important-only' | 'none'

/** The share of the cap kept for what matters. */
const RESERVE_SHARE = 0.2

export class DailyBudget {
  #toldFor = ''
  #loggedFor = ''

  constructor(
    private readonly o: {
      db: Db
      clock: Clock
      log: Logger
      limits: Config['outbound']
      /** Tells the admins privately that routine replies are held until tomorrow (stale after `until`). */
      tellAdmins: (text: string, until: Date) => Promise<void>
    },
  ) {}

  async allowance(): Promise<Allowance> {
    const { dailyCap } = this.o.limits
    const dayStart = startOfShanghaiDay(this.o.clock.now())
    const sent = await countSentSince(this.o.db, dayStart)
    if (sent >= dailyCap) {
      this.#logCapped(dayStart, sent)
      return 'none'
    }
    return sent >= dailyCap - Math.ceil(dailyCap * RESERVE_SHARE) ? 'important-only' : 'all'
  }

  /** Routine messages are waiting behind the reserve: say so once a day. */
  async routineHeld(): Promise<void> {
    const dayStart = startOfShanghaiDay(this.o.clock.now())
    const day = dayStart.toISOString()
    if (this.#toldFor === day) return
    this.#toldFor = day
    const { dailyCap } = this.o.limits
    this.o.log.warn({ dailyCap }, '今日消息接近上限：普通回复暂停到明天 0:00，点名、小结和提醒照常发送')
    await this.o.tellAdmins(
      `今天机器人已发出的消息接近每日上限（${dailyCap}条）。为防止微信限制账号，普通回复暂停，明天0:00恢复；点名、小结和提醒照常发送。如需调整，请设置 OUTBOUND_DAILY_CAP。`,
      new Date(dayStart.getTime() + 24 * 3_600_000),
    )
  }

  #logCapped(dayStart: Date, sent: number): void {
    const day = dayStart.toISOString()
    if (this.#loggedFor === day) return
    this.#loggedFor = day
    this.o.log.error(
      { dailyCap: this.o.limits.dailyCap, sent },
      '今日发送已达上限，其余消息明天 0:00 起继续发送（防止微信限制账号）。如需调整请设置 OUTBOUND_DAILY_CAP',
    )
  }
}

// Fires schedules exactly once: each (schedule, nominal minute) is claimed through a unique row before acting.
// node-cron only says "now"; everything else (which minute, skip dates, catch-up) is decided here, testably.
import { hostname } from 'node:os'
import type { Logger } from 'pino'
import type { Clock, Db, RoomPort } from '../../handlers/types.js'
import type { ActionResult, ScheduleActions, ScheduleRegistry } from '../../handlers/schedule/ports.js'
import {
  cronForNodeCron,
  fireTimesBetween,
  ruleFiresAt,
  ruleOf,
  TIME_ZONE,
  type Rule,
} from '../../handlers/schedule/rule.js'
import { formatShanghai, shanghaiDateKey, shanghaiParts, truncateToMinute } from '../../handlers/shanghai.js'
import { describeSchedule } from '../../handlers/schedule/describe.js'
import {
  claimFire,
  finishFire,
  findSchedule,
  fireTimesSince,
  listActiveSchedules,
  skipReason,
  type Schedule,
} from '../../prisma/repos/schedule/schedules.js'
import { nodeCronDriver, type CronDriver, type CronHandle } from './cron-driver.js'

export interface SchedulerOptions {
  db: Db
  clock: Clock
  actions: ScheduleActions
  out: Pick<RoomPort, 'sendToRoom'>
  log: Logger
  /** Recorded as claimedBy; defaults to host-pid. */
  instanceId?: string
  /** A fire missed by at most this much is still run at start. Default 10. */
  graceMinutes?: number
  /** How far back start-up looks for missed fires. Default 7 days. */
  lookbackHours?: number
  /** null: register nothing (tests call fireDue themselves). Default node-cron. */
  driver?: CronDriver | null
  /**
   * Every this many minutes, run catch-up again: a tick node-cron skipped (blocked event loop) or a schedule
   * created by another process on the same database still fires within grace. 0 disables. Default 5.
   */
  sweepEveryMinutes?: number
  /**
   * Whether the account can reach its groups now. While it cannot, fires are left unclaimed; the catch-up that
   * runs when the connection is back runs them, or reports them as missed when their time has passed.
   */
  isOnline?: () => boolean
}

export type FireOutcome = 'done' | 'failed' | 'skipped' | 'taken' | 'not-due' | 'inactive' | 'offline'

export interface CatchUpReport {
  ran: { scheduleId: number; fireAt: Date; outcome: FireOutcome }[]
  missed: { scheduleId: number; fireAt: Date }[]
}

const MAX_MISSED_LINES = 20
const SWEEP_LOOKBACK_MS = 60 * 60_000

export class ScheduleEngine implements ScheduleRegistry {
  readonly #o: Required<Omit<SchedulerOptions, 'driver'>> & { driver: CronDriver | null }
  #offlineLogged = false
  readonly #tasks = new Map<number, CronHandle>()
  #sweep: CronHandle | null = null
  #running = false

  constructor(options: SchedulerOptions) {
    this.#o = {
      instanceId: `${hostname()}-${process.pid}`,
      graceMinutes: 10,
      lookbackHours: 7 * 24,
      sweepEveryMinutes: 5,
      ...options,
      isOnline: options.isOnline ?? (() => true),
      driver: options.driver === undefined ? nodeCronDriver : options.driver,
    }
  }

  /** Catches up on fires missed while down, then registers every active schedule. */
  async start(): Promise<CatchUpReport> {
    this.#running = true
    const report = await this.catchUp(this.#o.clock.now())
    for (const schedule of await listActiveSchedules(this.#o.db)) this.#register(schedule)
    this.#startSweep()
    this.#o.log.info({ schedules: this.#tasks.size, instance: this.#o.instanceId }, '定时任务已注册')
    return report
  }

  async stop(): Promise<void> {
    this.#running = false
    this.#sweep?.stop()
    this.#sweep = null
    for (const task of this.#tasks.values()) task.stop()
    this.#tasks.clear()
  }

  /** Re-reads one schedule after a change (create, cancel, pause, resume) and re-registers it. */
  async refresh(scheduleId: number): Promise<void> {
    this.#unregister(scheduleId)
    if (!this.#running) return
    const schedule = await findSchedule(this.#o.db, scheduleId)
    if (schedule && isActive(schedule)) this.#register(schedule)
  }

  registeredScheduleIds(): number[] {
    return [...this.#tasks.keys()].sort((a, b) => a - b)
  }

  /** Fires every active schedule due at this minute (what the cron ticks amount to). */
  async fireDue(now: Date): Promise<Map<number, FireOutcome>> {
    const outcomes = new Map<number, FireOutcome>()
    for (const schedule of await listActiveSchedules(this.#o.db))
      outcomes.set(schedule.id, await this.fire(schedule, truncateToMinute(now)))
    return outcomes
  }

  async fireSchedule(scheduleId: number, at: Date): Promise<FireOutcome> {
    const schedule = await findSchedule(this.#o.db, scheduleId)
    return schedule ? this.fire(schedule, truncateToMinute(at)) : 'inactive'
  }

  /**
   * Runs the latest missed fire if within grace; records older ones as missed and tells each group once.
   * Looks back lookbackHours (at start) or `lookbackMs` (the periodic sweep uses an hour).
   */
  async catchUp(now: Date, lookbackMs = this.#o.lookbackHours * 3_600_000): Promise<CatchUpReport> {
    const report: CatchUpReport = { ran: [], missed: [] }
    const missedByRoom = new Map<string, string[]>()
    for (const schedule of await listActiveSchedules(this.#o.db)) {
      const pending = await this.#unclaimedFireTimes(schedule, now, lookbackMs)
      const latest = pending.at(-1)
      const inGrace = latest !== undefined && this.#worthRunningLate(schedule, latest, now)
      for (const fireAt of inGrace ? pending.slice(0, -1) : pending) {
        if (!(await this.#recordMissed(schedule, fireAt, now))) continue
        report.missed.push({ scheduleId: schedule.id, fireAt })
        const lines = missedByRoom.get(schedule.roomId) ?? []
        lines.push(`编号${schedule.id} ${describeSchedule(schedule)}：${formatShanghai(fireAt)}`)
        missedByRoom.set(schedule.roomId, lines)
      }
      if (inGrace && latest)
        report.ran.push({
          scheduleId: schedule.id,
          fireAt: latest,
          outcome: await this.fire(schedule, latest),
        })
    }
    for (const [roomId, lines] of missedByRoom) await this.#tellMissed(roomId, lines)
    return report
  }

  /** Within grace, and (for a roll call) its window not yet over: a roll call is never opened after it ended. */
  #worthRunningLate(schedule: Schedule, fireAt: Date, now: Date): boolean {
    const late = now.getTime() - fireAt.getTime()
    if (late > this.#o.graceMinutes * 60_000) return false
    return schedule.kind !== 'rollcall' || late < schedule.durationMinutes * 60_000
  }

  /** The one path every trigger takes: check, claim, act, record. */
  async fire(schedule: Schedule, fireAt: Date): Promise<FireOutcome> {
    const rule = ruleOf(schedule)
    if (!rule || !isActive(schedule)) return 'inactive'
    if (!ruleFiresAt(rule, fireAt)) return 'not-due'
    if (!this.#o.isOnline()) {
      if (!this.#offlineLogged) this.#o.log.warn('机器人离线：定时任务等重新连上后补做或报告错过')
      this.#offlineLogged = true
      return 'offline'
    }
    this.#offlineLogged = false
    const key = { scheduleId: schedule.id, fireAt }
    const claim = { ...key, claimedBy: this.#o.instanceId, now: this.#o.clock.now() }
    const skip = await skipReason(this.#o.db, schedule.branchId, shanghaiDateKey(fireAt))
    if (skip !== null) {
      const claimed = await claimFire(this.#o.db, { ...claim, status: 'skipped', detail: skip })
      if (claimed) this.#o.log.info({ ...key, skip }, '跳过日期，定时任务不执行')
      return claimed ? 'skipped' : 'taken'
    }
    if (!(await claimFire(this.#o.db, { ...claim, status: 'claimed' }))) return 'taken'
    if (rule.type === 'once') this.#unregister(schedule.id)
    const result = await this.#act(schedule, fireAt)
    await finishFire(this.#o.db, key, result.ok ? 'done' : 'failed', result.ok ? '' : result.reason)
    this.#o.log.info({ ...key, ok: result.ok, instance: this.#o.instanceId }, '定时任务已触发')
    if (!result.ok)
      await this.#o.out.sendToRoom(schedule.roomId, `定时任务编号${schedule.id}没有执行：${result.reason}`, {
        important: true,
      })
    return result.ok ? 'done' : 'failed'
  }

  async #act(schedule: Schedule, fireAt: Date): Promise<ActionResult> {
    const base = { branchId: schedule.branchId, roomId: schedule.roomId, scheduleId: schedule.id }
    const { actions } = this.#o
    try {
      if (schedule.kind === 'rollcall')
        return await actions.openRollCall({
          ...base,
          topic: schedule.topic,
          minutes: schedule.durationMinutes,
          fireAt,
        })
      if (schedule.kind === 'class') {
        const startsAt = new Date(fireAt.getTime() + schedule.leadMinutes * 60_000)
        return await actions.remindClass({
          ...base,
          topic: schedule.topic,
          startsAt,
          leadMinutes: schedule.leadMinutes,
        })
      }
      if (schedule.kind === 'makeup-reminder') return await actions.remindMakeups(base)
      return { ok: false, reason: `不认识的任务类型 ${schedule.kind}` }
    } catch (error) {
      this.#o.log.error({ err: error, scheduleId: schedule.id }, '定时任务执行出错')
      return { ok: false, reason: '执行出错，已记录日志' }
    }
  }

  async #unclaimedFireTimes(schedule: Schedule, now: Date, lookbackMs: number): Promise<Date[]> {
    const rule = ruleOf(schedule)
    if (!rule) return []
    const since = (schedule.activeSince ?? schedule.createdAt).getTime()
    const from = new Date(Math.max(since, now.getTime() - lookbackMs))
    const claimed = await fireTimesSince(this.#o.db, schedule.id, from)
    return fireTimesBetween(rule, from, now).filter((t) => !claimed.has(t.getTime()))
  }

  /** Records a fire that will not run; false when another process recorded it first or it fell on a skip date. */
  async #recordMissed(schedule: Schedule, fireAt: Date, now: Date): Promise<boolean> {
    const claim = { scheduleId: schedule.id, fireAt, claimedBy: this.#o.instanceId, now }
    const skip = await skipReason(this.#o.db, schedule.branchId, shanghaiDateKey(fireAt))
    if (skip !== null) {
      await claimFire(this.#o.db, { ...claim, status: 'skipped', detail: skip })
      return false
    }
    return claimFire(this.#o.db, { ...claim, status: 'missed', detail: '机器人离线，超过补发时限' })
  }

  async #tellMissed(roomId: string, lines: string[]): Promise<void> {
    const shown = lines.slice(0, MAX_MISSED_LINES)
    const more = lines.length > shown.length ? `\n……另有 ${lines.length - shown.length} 次` : ''
    const text = `机器人离线期间错过了 ${lines.length} 次定时任务，没有补做：\n${shown.join('\n')}${more}\n需要的话请管理员手动发起。`
    await this.#o.out.sendToRoom(roomId, text, { important: true })
  }

  #unregister(scheduleId: number): void {
    this.#tasks.get(scheduleId)?.stop()
    this.#tasks.delete(scheduleId)
  }

  #startSweep(): void {
    const { driver, sweepEveryMinutes, clock, log } = this.#o
    if (!driver || sweepEveryMinutes <= 0) return
    const onTick = () => {
      this.catchUp(clock.now(), SWEEP_LOOKBACK_MS).catch((err: unknown) =>
        log.error({ err }, '定时任务补查失败'),
      )
    }
    this.#sweep = driver.register(`*/${sweepEveryMinutes} * * * *`, TIME_ZONE, onTick, 'schedule-sweep')
  }

  #register(schedule: Schedule): void {
    const { driver, clock, log } = this.#o
    const rule = ruleOf(schedule)
    if (!driver || !rule) return
    const expression = expressionFor(rule, clock.now())
    if (!expression) return
    const onTick = () => {
      this.fireSchedule(schedule.id, clock.now()).catch((err: unknown) =>
        log.error({ err, scheduleId: schedule.id }, '定时任务触发失败'),
      )
    }
    this.#tasks.set(schedule.id, driver.register(expression, TIME_ZONE, onTick, `schedule-${schedule.id}`))
  }
}

const isActive = (s: Schedule): boolean => s.deletedAt === null && !s.paused

/** The node-cron expression for a rule; null for a one-off already past. */
export function expressionFor(rule: Rule, now: Date): string | null {
  if (rule.type === 'cron') return cronForNodeCron(rule.cron)
  if (rule.at.getTime() <= truncateToMinute(now).getTime() - 60_000) return null
  const p = shanghaiParts(rule.at)
  return `${p.minute} ${p.hour} ${p.day} ${p.month} *`
}
